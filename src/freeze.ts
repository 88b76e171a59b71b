import { D } from './decimal/constructor.js';

/**
 * Freezes a value and everything reachable from it. An object that is already frozen is not walked
 * again, so unchanged parts of a state are shared for free; that is sound because whatever enters a
 * state is either frozen through this function or frozen with no mutable children. A decimal is
 * frozen with its digit array directly (its only mutable child), without listing the digits' keys.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof D) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
