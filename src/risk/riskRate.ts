import { zero, type Decimal } from '../decimal/constructor.js';
import { minus } from '../decimal/addition.js';
import { isPositive, isZero } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import { toScale } from '../decimal/round.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { decimalAt, digitsOf, exponentOf, quotientAt } from '../decimal/scaledInteger.js';
import { toRiskModel, type ResolvedRiskModel, type RiskModel } from './model.js';
import { readShape, type Shape } from '../input/shape.js';

/** Input of `riskRate`: assets and liabilities in one valuation asset, and the venue's model. */
export interface RiskRateInput {
  /** Everything in the margin account, valued at index/mark price (see `accountValuation`). */
  readonly assets: DecimalInput;
  /** Borrowed principal plus unpaid interest, valued the same way. */
  readonly liabilities: DecimalInput;
  /** Default `{ kind: 'debtRatio' }`. */
  readonly model?: RiskModel;
  /** Decimal places, default 8. Rounds toward the riskier side: `ceil`, or `floor` for `marginLevel`. */
  readonly scale?: number;
}

const SHAPE: Shape<RiskRateInput> = { assets: true, liabilities: true, model: true, scale: true };

/**
 * The number a venue compares with its thresholds, under the chosen model:
 * - `debtRatio`: L / A — `0` with no debt, `null` when there is debt and no assets;
 * - `maintenance`: L × MMR / (A − L) — `0` with no debt, `null` when equity A − L ≤ 0 (unbounded);
 * - `marginLevel`: A / L — `null` when there is no debt (unbounded; same as `marginLevel`).
 * Formula page: [docs/risk.md](../../docs/risk.md).
 *
 * @example
 * riskRate({ assets: '1000', liabilities: '800' }) // → Big('0.8'): a margin-call level (KuCoin warns at 0.95)
 */
export function riskRate(given: RiskRateInput): Decimal | null {
  const input = readShape(given, '', SHAPE);
  const assets = toAmount(input.assets, 'assets');
  const liabilities = toAmount(input.liabilities, 'liabilities');
  return riskRateOf(assets, liabilities, toRiskModel(input.model), toScale(input.scale));
}

/** `riskRate` on validated values, for callers inside the library. */
export function riskRateOf(assets: Decimal, liabilities: Decimal, model: ResolvedRiskModel, scale: number): Decimal | null {
  switch (model.kind) {
    case 'debtRatio':
      if (isZero(liabilities)) return zero();
      return isZero(assets) ? null : divide(liabilities, assets, scale, 'ceil');
    case 'maintenance': {
      if (isZero(liabilities)) return zero();
      const equity = minus(assets, liabilities);
      return isPositive(equity) ? divide(liabilities.times(model.maintenanceMarginRate), equity, scale, 'ceil') : null;
    }
    case 'marginLevel':
      return isZero(liabilities) ? null : divide(assets, liabilities, scale, 'floor');
  }
}

/**
 * `riskRateOf` of totals held as integers — assets and liabilities as counts of one unit (the
 * planner's value units): the same decimal, from one `BigInt` quotient with no decimal operands.
 * Assets are not negative (a ledger's are a sum of holdings).
 */
export function riskRateOfUnits(assets: bigint, liabilities: bigint, model: ResolvedRiskModel, scale: number): Decimal | null {
  switch (model.kind) {
    case 'debtRatio':
      if (liabilities === 0n) return zero();
      return assets === 0n ? null : decimalAt(quotientAt(liabilities, assets, scale, 'ceil'), -scale);
    case 'maintenance': {
      if (liabilities === 0n) return zero();
      const equity = assets - liabilities;
      if (equity <= 0n) return null;
      // L × MMR / (A − L), MMR = digits × 10^exponent
      const rate = model.maintenanceMarginRate;
      return decimalAt(quotientAt(liabilities * digitsOf(rate), equity, scale + exponentOf(rate), 'ceil'), -scale);
    }
    case 'marginLevel':
      return liabilities === 0n ? null : decimalAt(quotientAt(assets, liabilities, scale, 'floor'), -scale);
  }
}
