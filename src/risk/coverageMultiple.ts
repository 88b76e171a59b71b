import { one, type Decimal } from '../decimal/constructor.js';
import { isZero } from '../decimal/compare.js';
import { compareProducts } from '../decimal/compareProducts.js';
import { plus } from '../decimal/addition.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toRiskModel, type ResolvedRiskModel, type RiskModel } from './model.js';
import { toThreshold } from './thresholds.js';
import { deepFreeze } from '../freeze.js';
import { readShape, type Shape } from '../input/shape.js';

/**
 * The coverage multiple k = numerator / denominator of a model at a threshold: the account is at
 * or beyond the threshold exactly when it has debt and `assets ≤ k × liabilities`. Kept as a
 * fraction so deciding it is two multiplications and a comparison — no division ([docs/risk.md](../../docs/risk.md)).
 */
export interface CoverageMultiple {
  /** k's numerator. */
  readonly numerator: Decimal;
  /** k's denominator, positive. */
  readonly denominator: Decimal;
}

/** Input of `coverageMultiple`: a model and one threshold in its measure. */
export interface CoverageMultipleInput {
  /** Default `{ kind: 'debtRatio' }`. */
  readonly model?: RiskModel;
  /** The threshold in the model's own measure (a risk rate, or a margin level). */
  readonly threshold: DecimalInput;
}

const SHAPE: Shape<CoverageMultipleInput> = { model: true, threshold: true };

/**
 * k for a model at a threshold: debtRatio at θ → 1/θ; maintenance at θ with MMR m → (θ + m)/θ;
 * marginLevel at ℓ → ℓ. Formula page: [docs/risk.md](../../docs/risk.md) ("Coverage multiple").
 *
 * @example
 * coverageMultiple({ model: { kind: 'maintenance', maintenanceMarginRate: '0.1' }, threshold: 1 })
 * // → { numerator: Big('1.1'), denominator: Big('1') }: liquidated when assets ≤ 1.1 × liabilities
 */
export function coverageMultiple(given: CoverageMultipleInput): CoverageMultiple {
  const input = readShape(given, '', SHAPE);
  return deepFreeze(coverageOf(toRiskModel(input.model), toThreshold(input.threshold, 'threshold')));
}

/** k from validated values. Fresh values each call, not frozen: callers that keep it freeze it deeply. */
export function coverageOf(model: ResolvedRiskModel, threshold: Decimal): CoverageMultiple {
  switch (model.kind) {
    case 'debtRatio':
      return { numerator: one(), denominator: threshold };
    case 'maintenance':
      return { numerator: plus(threshold, model.maintenanceMarginRate), denominator: threshold };
    case 'marginLevel':
      return { numerator: threshold, denominator: one() };
  }
}

/** Whether an account with these assets and liabilities is at or beyond the threshold k stands for. */
export function isBeyond(assets: Decimal, liabilities: Decimal, k: CoverageMultiple): boolean {
  return !isZero(liabilities) && compareProducts(assets, k.denominator, liabilities, k.numerator) <= 0;
}

/** Strictly past the boundary: assets < k·liabilities (with debt). Landing exactly on it is not past it. */
export function isPast(assets: Decimal, liabilities: Decimal, k: CoverageMultiple): boolean {
  return !isZero(liabilities) && compareProducts(assets, k.denominator, liabilities, k.numerator) < 0;
}
