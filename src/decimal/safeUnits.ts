import { EXACT_POWERS } from './approximation.js';
import type { Decimal } from './constructor.js';

/*
 * Exact decimal arithmetic on float64 integers, for hot paths whose values are short
 * ([docs/decisions/0021-planner-on-safe-integers.md](../../docs/decisions/0021-planner-on-safe-integers.md)).
 * A value is `units × 10^exponent` with `units` an integer of at most 2^52 in magnitude: every
 * product or sum of such integers that stays below 2^53 is computed exactly by float64, and every
 * result is checked to have stayed there. Anything that would leave that range gives NaN, and the
 * caller computes with big.js instead — the answer is the same either way, only its cost differs.
 */

/** 2^52: operands at most this large keep a quotient's correction step (q·d) exact. */
const LIMIT = 2 ** 52;

/** The digits of a decimal of at most 15 digits as a signed integer (NaN for longer ones): value = unitsOf(value) × 10^exponentOf(value). */
export function unitsOf(value: Decimal): number {
  const digits = value.c;
  if (digits.length > 15) return NaN;
  let units = 0;
  for (let i = 0; i < digits.length; i++) units = units * 10 + digits[i]!;
  return value.s === -1 ? -units : units;
}

/** a × b, or NaN when the exact product is beyond 2^52 (or an operand is NaN); never −0. */
export function timesUnits(a: number, b: number): number {
  const product = a * b + 0;
  return product <= LIMIT && product >= -LIMIT ? product : NaN;
}

/** units × 10^shift for shift ≥ 0 (NaN beyond 2^52). */
export function shiftUnits(units: number, shift: number): number {
  return shift > 15 ? (units === 0 ? 0 : NaN) : timesUnits(units, EXACT_POWERS[shift]!);
}

/** The integer n / d rounded the named way, for integers |n|, d ≤ 2^52 and d > 0: exact (NaN otherwise). */
export function quotientUnits(n: number, d: number, rounding: 'floor' | 'ceil'): number {
  if (!(d > 0 && d <= LIMIT && n <= LIMIT && n >= -LIMIT)) return NaN;
  // the float quotient can be one off after its rounding; the remainder, exact here, corrects it
  let q = Math.floor(n / d);
  let r = n - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  return rounding === 'ceil' && r !== 0 ? q + 1 : q;
}

/**
 * The integer (n × 10^nExponent) / (d × 10^dExponent) in units of 10^exponent, rounded the named
 * way — exact, or NaN when an operand or an intermediate would pass 2^52 (d > 0).
 */
export function divideUnits(n: number, nExponent: number, d: number, dExponent: number, exponent: number, rounding: 'floor' | 'ceil'): number {
  const shift = nExponent - dExponent - exponent;
  return shift >= 0 ? quotientUnits(shiftUnits(n, shift), d, rounding) : quotientUnits(n, shiftUnits(d, -shift), rounding);
}

/** a × 10^aExponent − b × 10^bExponent in units of 10^min(aExponent, bExponent) (NaN beyond 2^52). */
export function minusUnits(a: number, aExponent: number, b: number, bExponent: number): number {
  const exponent = Math.min(aExponent, bExponent);
  const difference = shiftUnits(a, aExponent - exponent) - shiftUnits(b, bExponent - exponent);
  return difference <= LIMIT && difference >= -LIMIT ? difference : NaN;
}

/** −1, 0 or 1 as a × 10^aExponent is below, equal to or above b × 10^bExponent (NaN when it cannot say exactly). */
export function compareUnits(a: number, aExponent: number, b: number, bExponent: number): number {
  const exponent = Math.min(aExponent, bExponent);
  const x = shiftUnits(a, aExponent - exponent);
  const y = shiftUnits(b, bExponent - exponent);
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
}
