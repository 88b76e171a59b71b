import type { Decimal } from '../decimal/constructor.js';
import { isNegative, isPositive } from '../decimal/compare.js';
import { product } from '../decimal/multiply.js';
import { MarginError } from '../errors.js';
import type { CoverageMultiple } from '../risk/coverageMultiple.js';
import { divideOnGrid, type PriceGrid } from './priceGrid.js';
import { certifiedSpotPrice } from './certifiedPrice.js';

/**
 * Solves B·p + Qt = k·(Db·p + Dq) for p ([docs/liquidation-price.md](../../docs/liquidation-price.md) "Spot margin"), k = numerator/denominator, without dividing
 * until the end: liquidated iff p·(k_d·B − k_n·Db) ≤ k_n·Dq − k_d·Qt.
 * - net long the asset (a > 0): liquidated as p falls to b/a, which rounds `ceil` (to the grid);
 * - net short (a < 0): liquidated as p rises to b/a, which rounds `floor`;
 * - otherwise (a = 0, or b/a ≤ 0) no positive price is a boundary: `null`.
 */
export function solveSpotPrice(held: Decimal, debt: Decimal, otherAssets: Decimal, otherLiabilities: Decimal, k: CoverageMultiple, grid: PriceGrid): Decimal | null {
  // The common case certified from float64 first; the exact solution decides whatever that cannot.
  const fast = grid.tick === undefined ? certifiedSpotPrice(held, debt, otherAssets, otherLiabilities, k, grid.scale) : undefined;
  if (fast !== undefined) return fast;
  const { a, b } = spotBoundary(held, debt, otherAssets, otherLiabilities, k);
  if (isPositive(a)) return isPositive(b) ? divideOnGrid(b, a, grid, 'ceil') : null;
  if (isNegative(a)) return isNegative(b) ? divideOnGrid(b, a, grid, 'floor') : null;
  return null;
}

/**
 * The boundary as a linear condition in the price p of one asset: the account is at or beyond k
 * exactly when p·a ≤ b (and it has debt), with a = k_d·held − k_n·debt and
 * b = k_n·otherLiabilities − k_d·otherAssets.
 */
export function spotBoundary(held: Decimal, debt: Decimal, otherAssets: Decimal, otherLiabilities: Decimal, k: CoverageMultiple): { a: Decimal; b: Decimal } {
  return {
    a: product(k.denominator, held).minus(product(k.numerator, debt)),
    b: product(k.numerator, otherLiabilities).minus(product(k.denominator, otherAssets)),
  };
}

/** The price solved for (or moved) cannot be the valuation asset's: it is 1 by definition (`INVALID_PRICE` naming `field`). */
export function requireMovable(asset: string, valuationAsset: string, field: string): void {
  if (asset === valuationAsset) throw new MarginError('INVALID_PRICE', `${asset} is the valuation asset: its price is fixed at 1`, { field, value: asset });
}
