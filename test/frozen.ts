import { D } from '../src/decimal/constructor.js';

/** Every record and array reachable is frozen; decimals are immutable values and stay unfrozen (decision 0010). */
export function deepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || value instanceof D) return true;
  return Object.isFrozen(value) && Object.values(value).every(deepFrozen);
}
