import { D, type Decimal } from '../decimal/constructor.js';
import { isPositive } from '../decimal/compare.js';
import { toDecimal, type DecimalInput } from '../decimal/toDecimal.js';
import { MarginError } from '../errors.js';
import { readShape, type Shape } from '../input/shape.js';
import { isHigherRiskier, type ResolvedRiskModel } from './model.js';

/** The two levels a venue acts on, in the model's own measure. */
export interface RiskThresholds {
  /** At or beyond it the user is warned (Bitget 0.8; Binance cross classic 1.3). */
  readonly marginCall: DecimalInput;
  /** At or beyond it the account is liquidated (Bitget 1.0; Binance cross classic 1.1). */
  readonly liquidation: DecimalInput;
}

export interface ResolvedThresholds {
  readonly marginCall: Decimal;
  readonly liquidation: Decimal;
}

/**
 * Defaults: Bitget's 0.8 / 1.0 for the risk-rate models, Binance's cross-classic 1.3 / 1.1 for
 * `marginLevel` (docs/decisions/0003-risk-model-defaults.md).
 */
const DEFAULTS: { readonly [K in ResolvedRiskModel['kind']]: ResolvedThresholds } = {
  debtRatio: { marginCall: /* @__PURE__ */ new D('0.8'), liquidation: /* @__PURE__ */ new D('1') },
  maintenance: { marginCall: /* @__PURE__ */ new D('0.8'), liquidation: /* @__PURE__ */ new D('1') },
  marginLevel: { marginCall: /* @__PURE__ */ new D('1.3'), liquidation: /* @__PURE__ */ new D('1.1') },
};

/** Parses one threshold: positive (`INVALID_THRESHOLD`). */
export function toThreshold(value: DecimalInput, field: string): Decimal {
  const threshold = toDecimal(value, field);
  if (!isPositive(threshold)) {
    throw new MarginError('INVALID_THRESHOLD', `${field} must be positive, got ${threshold.toString()}`, {
      field,
      value: threshold.toString(),
    });
  }
  return threshold;
}

const SHAPE: Shape<RiskThresholds> = { marginCall: true, liquidation: true };

/** Validates thresholds for a model: each positive, and the margin call reached before liquidation. */
export function toThresholds(given: RiskThresholds | undefined, model: ResolvedRiskModel, field = 'thresholds'): ResolvedThresholds {
  if (given === undefined) return DEFAULTS[model.kind];
  const thresholds = readShape(given, field, SHAPE, 'INVALID_THRESHOLD', 'INVALID_THRESHOLD');
  const marginCall = toThreshold(thresholds.marginCall, `${field}.marginCall`);
  const liquidation = toThreshold(thresholds.liquidation, `${field}.liquidation`);
  const ordered = isHigherRiskier(model) ? marginCall.lte(liquidation) : marginCall.gte(liquidation);
  if (!ordered) {
    throw new MarginError(
      'INVALID_THRESHOLD',
      `thresholds.marginCall (${marginCall.toString()}) must be reached before thresholds.liquidation (${liquidation.toString()}) under ${model.kind}`,
      { field, marginCall: marginCall.toString(), liquidation: liquidation.toString(), model: model.kind },
    );
  }
  return { marginCall, liquidation };
}
