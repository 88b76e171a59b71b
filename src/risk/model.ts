import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toRate } from '../decimal/validate.js';
import { MarginError, shown } from '../errors.js';
import { requireShape, type Shape } from '../input/shape.js';

/**
 * How a venue measures an account's risk ([docs/risk.md](../../docs/risk.md)):
 * - `debtRatio`: liabilities / assets, higher is riskier (KuCoin's debt ratio; Bitget's help-centre reading);
 * - `maintenance`: liabilities × MMR / (assets − liabilities), higher is riskier (Bitget's risk ratio);
 * - `marginLevel`: assets / liabilities, lower is riskier (Binance, Gate).
 */
export type RiskModel =
  | {
      /** Liabilities / assets; higher is riskier. */
      readonly kind: 'debtRatio';
    }
  | {
      /** Liabilities × rate / (assets − liabilities); higher is riskier. */
      readonly kind: 'maintenance';
      /** The maintenance rate on the debt (Bitget: the pair's rate, e.g. 0.04). */
      readonly maintenanceMarginRate: DecimalInput;
    }
  | {
      /** Assets / liabilities; lower is riskier. */
      readonly kind: 'marginLevel';
    };

/** A validated `RiskModel`: the maintenance rate parsed to a decimal. */
export type ResolvedRiskModel =
  | {
      /** Liabilities / assets; higher is riskier. */
      readonly kind: 'debtRatio';
    }
  | {
      /** Liabilities × rate / (assets − liabilities); higher is riskier. */
      readonly kind: 'maintenance';
      /** The maintenance rate on the debt. */
      readonly maintenanceMarginRate: Decimal;
    }
  | {
      /** Assets / liabilities; lower is riskier. */
      readonly kind: 'marginLevel';
    };

export const DEBT_RATIO: ResolvedRiskModel = /* @__PURE__ */ Object.freeze({ kind: 'debtRatio' });
const MARGIN_LEVEL: ResolvedRiskModel = /* @__PURE__ */ Object.freeze({ kind: 'marginLevel' });

const SHAPES: { readonly [K in RiskModel['kind']]: Shape<Extract<RiskModel, { kind: K }>> } = {
  debtRatio: { kind: true },
  maintenance: { kind: true, maintenanceMarginRate: true },
  marginLevel: { kind: true },
};

/** Validates a risk model at the public edge (`INVALID_MODEL`, or `INVALID_RATE` for the MMR). */
export function toRiskModel(model: RiskModel | undefined, field = 'model'): ResolvedRiskModel {
  if (model === undefined) return DEBT_RATIO;
  if (typeof model !== 'object' || model === null) throw new MarginError('INVALID_MODEL', `${field} must be an object with a kind, got ${shown(model)}`, { field, value: shown(model) });
  const kind: unknown = (model as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(SHAPES, kind)) {
    throw new MarginError('INVALID_MODEL', `${field}.kind must be debtRatio, maintenance or marginLevel, got ${shown(kind)}`, { field: `${field}.kind`, value: shown(kind) });
  }
  requireShape(model, field, SHAPES[kind as RiskModel['kind']] as Shape<RiskModel>, 'INVALID_MODEL', 'INVALID_MODEL');
  switch (kind as RiskModel['kind']) {
    case 'debtRatio':
      return DEBT_RATIO;
    case 'marginLevel':
      return MARGIN_LEVEL;
    case 'maintenance': {
      const rate = (model as Extract<RiskModel, { kind: 'maintenance' }>).maintenanceMarginRate;
      return { kind: 'maintenance', maintenanceMarginRate: toRate(rate, `${field}.maintenanceMarginRate`) };
    }
  }
}

/** Whether a larger value of the model's measure is riskier (false for `marginLevel`). */
export function isHigherRiskier(model: ResolvedRiskModel): boolean {
  return model.kind !== 'marginLevel';
}
