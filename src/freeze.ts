import { D } from './decimal/constructor.js';

/**
 * Freezes a value and everything reachable from it. An object that is already frozen is not walked
 * again, so unchanged parts of a state are shared for free; that is sound because whatever enters a
 * state is either frozen through this function or frozen with no mutable children. Decimals are
 * left as they are: big.js values are immutable by contract, and freezing them slows every later
 * operation on them ([docs/decisions/0010-performance.md](../docs/decisions/0010-performance.md) §3); the records holding them are frozen.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof D) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
