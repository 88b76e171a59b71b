import { MarginError, shown } from '../errors.js';
import { INPUT } from './bounds.js';
import type { Decimal } from './constructor.js';

/**
 * Rounding names used throughout the library. big.js has no floor or ceil: they are built from
 * the sign (floor of a negative value rounds away from zero).
 * - `floor` toward −∞, `ceil` toward +∞
 * - `towardZero` truncates, `awayFromZero` rounds any remainder up in magnitude
 * - `halfUp` nearest, ties away from zero; `halfEven` nearest, ties to the even neighbour
 */
export type Rounding = 'floor' | 'ceil' | 'towardZero' | 'awayFromZero' | 'halfUp' | 'halfEven';

const ROUND_DOWN = 0;
const ROUND_HALF_UP = 1;
const ROUND_HALF_EVEN = 2;
const ROUND_UP = 3;

type BigRoundingMode = 0 | 1 | 2 | 3;

/** The big.js rounding mode that rounds a value of the given sign the named way. */
export function bigRoundingMode(rounding: Rounding, negative: boolean): BigRoundingMode {
  switch (rounding) {
    case 'floor':
      return negative ? ROUND_UP : ROUND_DOWN;
    case 'ceil':
      return negative ? ROUND_DOWN : ROUND_UP;
    case 'towardZero':
      return ROUND_DOWN;
    case 'awayFromZero':
      return ROUND_UP;
    case 'halfUp':
      return ROUND_HALF_UP;
    case 'halfEven':
      return ROUND_HALF_EVEN;
  }
}

/** Rounds `value` to `scale` decimal places the named way. Returns a new value. */
export function round(value: Decimal, scale: number, rounding: Rounding): Decimal {
  return value.round(scale, bigRoundingMode(rounding, value.s === -1));
}

export const DEFAULT_SCALE = 8;
/** The input budget's decimal places: every rounded result can be passed back in as an input. */
const MAX_SCALE = INPUT.places;

/** Validates an optional `scale` argument: a whole number of decimal places, 0 to 36. */
export function toScale(scale: number | undefined, field = 'scale'): number {
  if (scale === undefined) return DEFAULT_SCALE;
  if (typeof scale !== 'number' || !Number.isInteger(scale) || scale < 0 || scale > MAX_SCALE) {
    throw new MarginError('INVALID_SCALE', `${field} must be a whole number from 0 to ${MAX_SCALE}, got ${shown(scale)}`, {
      field,
      value: shown(scale),
    });
  }
  return scale;
}
