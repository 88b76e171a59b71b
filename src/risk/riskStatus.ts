import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import type { Decimal } from '../decimal/constructor.js';
import { coverageOf, isBeyond, type CoverageMultiple } from './coverageMultiple.js';
import { toRiskModel, type RiskModel } from './model.js';
import { toThresholds, type RiskThresholds } from './thresholds.js';
import { readShape, type Shape } from '../input/shape.js';

/** Where an account stands: `normal`, `marginCall` (warn the user) or `liquidation` (the engine acts). */
export type RiskStatus = 'normal' | 'marginCall' | 'liquidation';

/** Every status, safest first. */
export const RISK_STATUSES: readonly RiskStatus[] = /* @__PURE__ */ Object.freeze(['normal', 'marginCall', 'liquidation'] as const);

/** Input of `riskStatus`: assets, liabilities, the model and its two thresholds. */
export interface RiskStatusInput {
  /** Everything held, in the valuation asset. */
  readonly assets: DecimalInput;
  /** Everything owed (principal and interest), in the valuation asset. */
  readonly liabilities: DecimalInput;
  /** Default `{ kind: 'debtRatio' }`. */
  readonly model?: RiskModel;
  /** Default 0.8 / 1.0 (1.3 / 1.1 for `marginLevel`). Both bounds are inclusive. */
  readonly thresholds?: RiskThresholds;
}

const SHAPE: Shape<RiskStatusInput> = { assets: true, liabilities: true, model: true, thresholds: true };

/**
 * Where an account stands against its venue's two thresholds. Decided by the coverage multiple
 * (`assets ≤ k × liabilities`, cross-multiplied), never by dividing, so it is exact and agrees
 * with the unrounded risk rate. An account without debt is `normal`; debt without assets is
 * `liquidation`. Formula page: [docs/risk.md](../../docs/risk.md).
 *
 * @example
 * riskStatus({ assets: '1000', liabilities: '850' }) // → 'marginCall' (debt ratio 0.85 ≥ 0.8)
 */
export function riskStatus(given: RiskStatusInput): RiskStatus {
  const input = readShape(given, '', SHAPE);
  const assets = toAmount(input.assets, 'assets');
  const liabilities = toAmount(input.liabilities, 'liabilities');
  const model = toRiskModel(input.model);
  const thresholds = toThresholds(input.thresholds, model);
  return statusOf(assets, liabilities, coverageOf(model, thresholds.liquidation), coverageOf(model, thresholds.marginCall));
}

/** Classification on validated values with precomputed multiples: the hot path. */
export function statusOf(assets: Decimal, liabilities: Decimal, liquidation: CoverageMultiple, marginCall: CoverageMultiple): RiskStatus {
  if (isBeyond(assets, liabilities, liquidation)) return 'liquidation';
  return isBeyond(assets, liabilities, marginCall) ? 'marginCall' : 'normal';
}
