import type { Decimal } from './constructor.js';
import { bigRoundingMode, type Rounding } from './round.js';
import { quotientUnits, shiftUnits, unitsOf } from './safeUnits.js';
import { digitsOf, exponentOf, fromScaledInteger, fromScaledNumber, powerOfTen } from './scaledInteger.js';

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
  const mode = bigRoundingMode(rounding, negative);
  const short = shortQuotient(numerator, denominator, shift, mode);
  if (short >= 0) return fromScaledNumber(short, scale, negative);
  return integerQuotient(digitsOf(numerator), digitsOf(denominator), shift, scale, mode, negative);
}

/**
 * (top × 10^shift) / bottom for non-negative integers (bottom > 0), rounded in the big.js `mode`
 * to an integer and read as a decimal at `scale` places with the given sign: `divide`'s exact core,
 * for callers that hold their operands as integers already. Positional, as `divide` is, on the
 * same hot paths.
 */
export function integerQuotient(top: bigint, bottom: bigint, shift: number, scale: number, mode: number, negative: boolean): Decimal {
  if (shift >= 0) top *= powerOfTen(shift);
  else bottom *= powerOfTen(-shift);
  let quotient = top / bottom;
  const remainder = top - quotient * bottom;
  if (remainder !== 0n && roundsUp(mode, signOf(remainder * 2n - bottom), (quotient & 1n) === 1n)) quotient += 1n;
  return fromScaledInteger(quotient, scale, negative);
}

/** 2^52: operands at most this large keep the quotient and its remainder exact in float64. */
const LIMIT = 2 ** 52;

/**
 * The rounded magnitude of the quotient on float64 integers, when both operands have at most 15
 * digits and the shifted operand stays within 2^52 (`safeUnits`); −1 when it does not fit.
 */
function shortQuotient(numerator: Decimal, denominator: Decimal, shift: number, mode: number): number {
  const top = shiftUnits(Math.abs(unitsOf(numerator)), shift > 0 ? shift : 0);
  const bottom = shiftUnits(Math.abs(unitsOf(denominator)), shift < 0 ? -shift : 0);
  if (!(top <= LIMIT && bottom <= LIMIT)) return -1;
  const quotient = quotientUnits(top, bottom, 'floor');
  const remainder = top - quotient * bottom;
  return remainder !== 0 && roundsUp(mode, Math.sign(2 * remainder - bottom), quotient % 2 === 1) ? quotient + 1 : quotient;
}

/**
 * Whether a truncated magnitude moves one unit away from zero, given the sign of twice the
 * (non-zero) remainder less the divisor, and whether the truncated quotient is odd.
 */
function roundsUp(mode: number, half: number, odd: boolean): boolean {
  switch (mode) {
    case ROUND_DOWN:
      return false;
    case ROUND_HALF_UP:
      return half >= 0;
    case ROUND_HALF_EVEN:
      return half > 0 || (half === 0 && odd);
    default:
      return true;
  }
}

function signOf(value: bigint): number {
  return value > 0n ? 1 : value < 0n ? -1 : 0;
}
