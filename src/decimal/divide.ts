import type { Decimal } from './constructor.js';
import { bigRoundingMode, type Rounding } from './round.js';
import { digitsOf, exponentOf, fromScaledInteger, powerOfTen } from './scaledInteger.js';

const ROUND_DOWN = 0;
const ROUND_HALF_UP = 1;
const ROUND_HALF_EVEN = 2;

/**
 * The library's only division: `numerator / denominator` correctly rounded to `scale` decimal
 * places the named way. Exact: the remainder decides the rounding, so a directed rounding is never
 * a rounding of a truncation. Callers multiply first and divide once, so a quotient that
 * terminates within `scale` is exact (60 × 0.00025 × 25 / 24 = 0.015625).
 *
 * Done on the operands' digits as native integers (`BigInt`), not with big.js's digit-by-digit
 * long division, which costs about seven multiplications ([docs/performance.md](../../docs/performance.md)); the result is the
 * value big.js's `div` would give at that scale and rounding (a property test checks it).
 *
 * The denominator must be non-zero; callers check that at the public edge.
 * Four positional parameters, against the house rule of two: this mirrors big.js's own
 * `round(dp, rm)` and sits on hot paths where an options object per call costs.
 */
export function divide(numerator: Decimal, denominator: Decimal, scale: number, rounding: Rounding): Decimal {
  if (denominator.c[0] === 0) throw new RangeError('divide: the denominator is zero');
  if (numerator.c[0] === 0) return fromScaledInteger(0n, scale, false);
  const negative = numerator.s !== denominator.s;
  // |n/d| × 10^scale = (digits_n × 10^shift) / digits_d, shift = exp_n − exp_d + scale
  const shift = exponentOf(numerator) - exponentOf(denominator) + scale;
  let top = digitsOf(numerator);
  let bottom = digitsOf(denominator);
  if (shift >= 0) top *= powerOfTen(shift);
  else bottom *= powerOfTen(-shift);
  let quotient = top / bottom;
  const remainder = top - quotient * bottom;
  if (remainder !== 0n && roundsUp(bigRoundingMode(rounding, negative), remainder * 2n, bottom, quotient)) quotient += 1n;
  return fromScaledInteger(quotient, scale, negative);
}

/** Whether a truncated magnitude moves one unit away from zero, given twice the remainder (non-zero) and the divisor. */
function roundsUp(mode: number, twiceRemainder: bigint, divisor: bigint, quotient: bigint): boolean {
  switch (mode) {
    case ROUND_DOWN:
      return false;
    case ROUND_HALF_UP:
      return twiceRemainder >= divisor;
    case ROUND_HALF_EVEN:
      return twiceRemainder > divisor || (twiceRemainder === divisor && (quotient & 1n) === 1n);
    default:
      return true;
  }
}
