import { ONE, type Decimal } from '../decimal/constructor.js';
import { certifiedQuotient, isShort, shadow, SHORT_SUM_ERROR, SUM_ERROR } from '../decimal/certified.js';
import type { Side } from '../positions/position.js';
import type { CoverageMultiple } from '../risk/coverageMultiple.js';
import type { MaintenanceBasis, PositionTerms } from './priceSolvers.js';
import { safeLinearPrice } from './safeLinearPrice.js';

/**
 * A linear position's liquidation price (the same equation as `SOLVERS.linear`) certified from
 * float64: the price at `scale` places, a long's rounded up and a short's down, when the float
 * estimate and its error bound decide it; `undefined` when only the exact solver can (a price on
 * the grid, too close to one, a non-positive fraction, an input without a shadow).
 * See [docs/decisions/0019-certified-results.md](../../docs/decisions/0019-certified-results.md).
 */
export function certifiedLinearPrice(terms: PositionTerms, r: Decimal, c: Decimal, basis: MaintenanceBasis, side: Side, scale: number): Decimal | undefined {
  const d = terms.marginDenominator === ONE ? 1 : shadow(terms.marginDenominator);
  const error = isShort(terms.quantity) && isShort(terms.entry) && isShort(terms.marginNumerator) && isShort(terms.marginDenominator) && isShort(r) && isShort(c) ? SHORT_SUM_ERROR : SUM_ERROR;
  return certifiedLinearShadows(shadow(terms.quantity), shadow(terms.entry), shadow(terms.marginNumerator), d, shadow(r), shadow(c), error, basis, side, scale);
}

/**
 * `certifiedLinearPrice` on the shadows themselves — quantity Q, entry E, margin M / d, rate r,
 * amount c — and the relative error bound of the sums (`SHORT_SUM_ERROR` when every shadow is
 * short, else `SUM_ERROR`): for callers that read their inputs as shadows without decimals.
 * Ten positional parameters, against the house rule of two: the inner step of a hot path, where an
 * options object per call costs what the caller avoided by not making decimals.
 */
export function certifiedLinearShadows(q: number, e: number, m: number, d: number, rate: number, amount: number, error: number, basis: MaintenanceBasis, side: Side, scale: number): Decimal | undefined {
  const value = q * e;
  const long = side === 'long';
  let n: number;
  let nMagnitude: number;
  let den: number;
  let dMagnitude: number;
  if (basis === 'mark') {
    // long ((Q·E − c)·d − M) / (Q·(1 − r)·d); short ((Q·E + c)·d + M) / (Q·(1 + r)·d)
    n = long ? (value - amount) * d - m : (value + amount) * d + m;
    nMagnitude = (Math.abs(value) + Math.abs(amount)) * Math.abs(d) + Math.abs(m);
    den = q * (long ? 1 - rate : 1 + rate) * d;
    dMagnitude = Math.abs(q) * (1 + Math.abs(rate)) * Math.abs(d);
  } else {
    // long ((Q·E·(1 + r) − c)·d − M) / (Q·d); short ((Q·E·(1 − r) + c)·d + M) / (Q·d)
    n = long ? (value * (1 + rate) - amount) * d - m : (value * (1 - rate) + amount) * d + m;
    nMagnitude = (Math.abs(value) * (1 + Math.abs(rate)) + Math.abs(amount)) * Math.abs(d) + Math.abs(m);
    den = q * d;
    dMagnitude = Math.abs(den);
  }
  return certifiedQuotient(n, nMagnitude * error, den, dMagnitude * error, scale, long ? 'ceil' : 'floor');
}

/**
 * A linear position's price without the big.js solver where possible: certified from float64, else
 * — a price on the grid or next to it, common for round inputs — on exact float64 integers
 * (`safeLinearPrice`); `null` for no positive price, `undefined` when only big.js can answer.
 */
export function fastLinearPrice(terms: PositionTerms, r: Decimal, c: Decimal, basis: MaintenanceBasis, side: Side, scale: number): Decimal | null | undefined {
  return certifiedLinearPrice(terms, r, c, basis, side, scale) ?? safeLinearPrice(terms, r, c, basis, side, scale);
}

/**
 * A pair account's liquidation price — p with p·a = b, a = k_d·held − k_n·debt and
 * b = k_n·otherLiabilities − k_d·otherAssets (`solveSpotPrice`) — certified from float64 at `scale`
 * places (a falling trigger up, a rising one down), or `undefined` when only the exact solver can tell.
 */
export function certifiedSpotPrice(held: Decimal, debt: Decimal, otherAssets: Decimal, otherLiabilities: Decimal, k: CoverageMultiple, scale: number): Decimal | undefined {
  const error = isShort(held) && isShort(debt) && isShort(otherAssets) && isShort(otherLiabilities) && isShort(k.numerator) && isShort(k.denominator) ? SHORT_SUM_ERROR : SUM_ERROR;
  return certifiedSpotShadows(shadow(held), shadow(debt), shadow(otherAssets), shadow(otherLiabilities), shadow(k.numerator), shadow(k.denominator), error, scale);
}

/**
 * `certifiedSpotPrice` on the shadows themselves and the relative error bound of the sums
 * (`SHORT_SUM_ERROR` when every shadow is short): for callers that read their inputs as shadows.
 * Positional, as `certifiedLinearShadows` is, on the same kind of hot path.
 */
export function certifiedSpotShadows(held: number, debt: number, otherAssets: number, otherLiabilities: number, kn: number, kd: number, error: number, scale: number): Decimal | undefined {
  const h = kd * held;
  const owed = kn * debt;
  const others = kn * otherLiabilities;
  const assets = kd * otherAssets;
  const a = h - owed;
  const b = others - assets;
  const aError = (Math.abs(h) + Math.abs(owed)) * error;
  const bError = (Math.abs(others) + Math.abs(assets)) * error;
  if (a > 0) {
    return certifiedQuotient(b, bError, a, aError, scale, 'ceil');
  }
  return certifiedQuotient(-b, bError, -a, aError, scale, 'floor');
}
