import { approximate, EXACT_POWERS } from './approximation.js';
import type { Decimal } from './constructor.js';
import { fromScaledNumber } from './scaledInteger.js';

/*
 * Results certified from float64 ([docs/decisions/0019-certified-results.md](../../docs/decisions/0019-certified-results.md)).
 * A hot formula (a liquidation price, a charge of interest) is first computed on float shadows of its
 * exact inputs together with a bound on its error; when every value within the bound rounds to the
 * same grid point the named way, that point is the exact result — it is returned, built from its
 * integer digits. Otherwise (a value on or next to a grid point, a tie, an input without a shadow)
 * the caller computes exactly with big.js. The answer is the same either way; only its cost differs.
 *
 * Error bound. Let u = 2^-53. Each shadow is within 22u of its value (`approximate`). A product of
 * n ≤ 4 shadows is within (23n)u of its exact value, relatively; a signed sum of such products,
 * formed in float64, is within (23·4 + terms)u < 128u of the exact sum, relative to the sum of the
 * terms' magnitudes (`magnitude` below). A quotient of two such sums lies between
 * (n − eₙ)/(d + e_d) and (n + eₙ)/(d − e_d), with one more rounding each side — which the 4u margin
 * of `certifiedGrid` covers.
 */

/** The relative error bound for a signed sum of at most four products of four shadows (see above). */
export const SUM_ERROR = 128 * 2 ** -53;
/**
 * The same bound when every shadow is *short* (`isShort`): at most 15 digits scaled by at most
 * 10^±22 — an exact integer and one correctly rounded scaling, within u of the value. A product of
 * n ≤ 4 such shadows is then within (2n − 1)u, and a sum of four within 12u: 16u with margin.
 */
export const SHORT_SUM_ERROR = 16 * 2 ** -53;

/** Whether a decimal's shadow is within u of it: at most 15 digits, scaled by at most 10^±22. */
export function isShort(value: Decimal): boolean {
  const length = value.c.length;
  const exponent = value.e - length + 1;
  return length <= 15 && exponent <= 22 && exponent >= -22;
}
const U4 = 4 * 2 ** -53;
/** The largest integer a float64 represents together with every smaller one, halved for margin. */
const SAFE = 2 ** 52;

/** A float shadow of a decimal (within 22u), or NaN when it has none. */
export const shadow: (value: Decimal) => number = approximate;

/**
 * The grid point (`certifiedGrid`) of an exact quotient n/d known from float estimates of n and d
 * with absolute error bounds — the quotient lies in [(n − eₙ)/(d + e_d), (n + eₙ)/(d − e_d)] — or
 * `undefined` when a sign is not certain (n or d within its bound of 0, or a NaN) or the interval
 * reaches a grid point. No bounds object is made: this runs once per certified result.
 */
export function certifiedQuotient(n: number, nError: number, d: number, dError: number, scale: number, rounding: 'ceil' | 'floor'): Decimal | undefined {
  if (!(n - nError > 0) || !(d - dError > 0)) return undefined;
  return certifiedGrid((n - nError) / (d + dError), (n + nError) / (d - dError), scale, rounding);
}

/**
 * The grid point every value in [lo, hi] rounds to — at `scale` places (≤ 22), the named way — when
 * it is the same for all of them, as an exact decimal; `undefined` when the interval reaches a grid
 * point (a tie, or too close to tell) or the scaled value is beyond 2^52.
 */
export function certifiedGrid(lo: number, hi: number, scale: number, rounding: 'ceil' | 'floor'): Decimal | undefined {
  if (!(lo >= 0) || !(hi >= lo) || scale > 22 || !Number.isInteger(scale) || scale < 0) return undefined;
  const unit = EXACT_POWERS[scale]!;
  const a = lo * unit * (1 - U4);
  const b = hi * unit * (1 + U4);
  if (!(b < SAFE)) return undefined;
  const k = rounding === 'floor' ? Math.floor(a) : Math.ceil(a);
  if ((rounding === 'floor' ? Math.floor(b) : Math.ceil(b)) !== k) return undefined;
  return fromScaledNumber(k, scale);
}
