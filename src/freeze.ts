import { D } from './decimal/constructor.js';

/**
 * Freezes a value and everything reachable from it. An object that is already frozen is not walked
 * again, so unchanged parts of a state are shared for free; that is sound because whatever enters a
 * state is either frozen through this function or frozen with no mutable children. Decimals are
 * left as they are: big.js values are immutable by contract, and freezing them slows every later
 * operation on them ([docs/decisions/0010-performance.md](../docs/decisions/0010-performance.md) §3); the records holding them are frozen.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || value instanceof D || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // indexed and `for…in` walks: no array of keys per object (the library's records are plain objects)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  } else {
    for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
