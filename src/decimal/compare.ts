import type { Decimal } from './constructor.js';

export function isZero(value: Decimal): boolean {
  return value.c[0] === 0;
}

export function isNegative(value: Decimal): boolean {
  return value.s === -1 && value.c[0] !== 0;
}

export function isPositive(value: Decimal): boolean {
  return value.s === 1 && value.c[0] !== 0;
}

/**
 * −1, 0 or 1 as `a` is below, equal to or above `b` — what big.js's `cmp` answers, read from the
 * digits directly: big.js copies its argument into a new value on every comparison, and the hot
 * paths (classification, planning) compare a lot. A property test checks it against `cmp`.
 */
export function compare(a: Decimal, b: Decimal): number {
  const aZero = a.c[0] === 0;
  const bZero = b.c[0] === 0;
  if (aZero || bZero) return aZero ? (bZero ? 0 : -b.s) : a.s;
  if (a.s !== b.s) return a.s;
  // Same sign: compare magnitudes, then flip for negatives.
  const sign = a.s;
  if (a.e !== b.e) return a.e > b.e ? sign : -sign;
  const ac = a.c;
  const bc = b.c;
  const length = Math.min(ac.length, bc.length);
  for (let i = 0; i < length; i++) if (ac[i] !== bc[i]) return ac[i]! > bc[i]! ? sign : -sign;
  return ac.length === bc.length ? 0 : ac.length > bc.length ? sign : -sign;
}

export function minOf(a: Decimal, b: Decimal): Decimal {
  return compare(b, a) < 0 ? b : a;
}

export function maxOf(a: Decimal, b: Decimal): Decimal {
  return compare(b, a) > 0 ? b : a;
}
