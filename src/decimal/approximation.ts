import type { Decimal } from './constructor.js';

/*
 * Float64 shadows of exact values, used only to *certify* the sign of an exact expression
 * ([docs/decisions/0010-performance.md](../../docs/decisions/0010-performance.md)). Nothing computed here is ever returned as an amount: a
 * comparison whose float result lies within the error bound below is decided again with big.js.
 *
 * Error bound. Let u = 2^-53. `approximate` builds at most 30 digits into a float (exact for the
 * first 15, one rounding per further digit) and scales by powers of ten (exact up to 10^22, then
 * one rounding per 10^22 step, at most 6 steps in the accepted range) — within 22u of the value.
 * A sum of at most MAX_TERMS non-negative products of three shadows (k × amount × price) is then
 * within (3·22 + MAX_TERMS + 3)u < 1.5e-14 of its exact value, relative to the sum of the
 * magnitudes. A sign is trusted only when |difference| > TOLERANCE × magnitude, 1e-10: four
 * orders of magnitude above that bound.
 *
 * Range: every non-zero shadow lies in [1e-100, 1e100], so products of three lie in
 * [1e-300, 1e300] — normal floats, never overflow or subnormal — and the relative bound holds.
 * Values outside the range, or with more than 30 digits, have no shadow (NaN) and their account
 * is decided exactly.
 */

export const TOLERANCE = 1e-10;
export const MAX_TERMS = 64;
const MAX_DIGITS = 30;
const LOW = 1e-100;
const HIGH = 1e100;
/** 10^0 … 10^22: every one exact in float64. */
export const EXACT_POWERS: readonly number[] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** A float within 22u of `value`, or NaN when it has no shadow (too many digits, or out of range). */
export function approximate(value: Decimal): number {
  const digits = value.c;
  if (digits[0] === 0) return 0;
  if (digits.length > MAX_DIGITS) return NaN;
  let units = 0;
  for (let i = 0; i < digits.length; i++) units = units * 10 + digits[i]!;
  return shadowOf(units, digits.length, value.e, value.s === -1);
}

/**
 * `approximate` of the non-zero decimal whose `count` digits (at most 30) make `units` (built digit
 * by digit, as `approximate` builds it) and whose first digit has exponent `e`.
 */
export function shadowOf(units: number, count: number, e: number, negative: boolean): number {
  if (e > 100 || e < -101) return NaN;
  let exponent = e - count + 1;
  while (exponent > 22) {
    units *= 1e22;
    exponent -= 22;
  }
  while (exponent < -22) {
    units /= 1e22;
    exponent += 22;
  }
  units = exponent >= 0 ? units * EXACT_POWERS[exponent]! : units / EXACT_POWERS[-exponent]!;
  if (!(units >= LOW && units <= HIGH)) return NaN;
  return negative ? -units : units;
}

/**
 * A float within 22u of `units × 10^exponent` — an exact integer of a planner's ledger: one
 * rounding to a float, then `shadowOf`'s scaling — or NaN when `exponent` or the value is out of range.
 */
export function approximateUnits(units: bigint, exponent: number): number {
  if (units === 0n) return 0;
  const negative = units < 0n;
  // a count of one "digit" makes shadowOf's leading exponent the units' own
  return shadowOf(Number(negative ? -units : units), 1, exponent, negative);
}

/**
 * The certain sign of k_d·A − k_n·L for float shadows of assets A (whose terms' magnitudes sum to
 * `assetMagnitude`), liabilities L ≥ 0 and a level k = k_n/k_d: negative or zero means at or beyond
 * the level, 0 also when only the exact computation can tell (`certainSign`).
 */
export function levelSign(assets: number, assetMagnitude: number, liabilities: number, kn: number, kd: number): number {
  return certainSign(kd * assets - kn * liabilities, Math.abs(kd) * assetMagnitude + Math.abs(kn * liabilities));
}

/**
 * The sign of an exact difference whose float estimate is `difference` and whose terms have total
 * magnitude `magnitude`: 1 or −1 when certain, 0 when only the exact computation can tell (a tie
 * included). NaN estimates give 0.
 */
export function certainSign(difference: number, magnitude: number): number {
  const margin = TOLERANCE * magnitude;
  if (difference > margin) return 1;
  if (difference < -margin) return -1;
  return 0;
}
