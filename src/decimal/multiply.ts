import { zero, type Decimal } from './constructor.js';
import { digitsOf, exponentOf, fromScaledInteger } from './scaledInteger.js';

/** Beyond this many digits in the two operands together, native integers multiply faster than big.js. */
const NATIVE_DIGITS = 40;

/**
 * `a × b`, exactly — what big.js's `times` gives. big.js multiplies digit by digit in JavaScript
 * (30 µs for a 180-digit balance times a 48-digit price); long operands are multiplied as native
 * integers (`BigInt`) instead, which keeps a state holding values at the stored budget as cheap to
 * value as the input contract promises. A property test checks it against `times`.
 */
export function multiply(a: Decimal, b: Decimal): Decimal {
  if (a.c.length + b.c.length <= NATIVE_DIGITS) return a.times(b);
  if (a.c[0] === 0 || b.c[0] === 0) return zero();
  return fromScaledInteger(digitsOf(a) * digitsOf(b), -(exponentOf(a) + exponentOf(b)), a.s !== b.s);
}

/** Whether a decimal is exactly 1. */
export function isOne(value: Decimal): boolean {
  return value.e === 0 && value.s === 1 && value.c.length === 1 && value.c[0] === 1;
}

/**
 * `a × b` for internal terms: an operand of 1 or 0 costs no multiplication (a coverage multiple's
 * denominator is often 1, a pair account's debt in one asset often 0). May return `a` or `b`
 * itself, so it is for values that are not returned as they are.
 */
export function product(a: Decimal, b: Decimal): Decimal {
  if (b.c[0] === 0 || isOne(a)) return b;
  if (a.c[0] === 0 || isOne(b)) return a;
  return multiply(a, b);
}
