import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toRate } from '../decimal/validate.js';
import { MarginError } from '../errors.js';

/**
 * How a venue measures an account's risk (docs/risk.md):
 * - `debtRatio`: liabilities / assets, higher is riskier (Bitget's risk rate, KuCoin's debt ratio);
 * - `maintenance`: liabilities × MMR / (assets − liabilities), higher is riskier (Bitget's blog);
 * - `marginLevel`: assets / liabilities, lower is riskier (Binance, Gate).
 */
export type RiskModel =
  | { readonly kind: 'debtRatio' }
  | { readonly kind: 'maintenance'; readonly maintenanceMarginRate: DecimalInput }
  | { readonly kind: 'marginLevel' };

/** A validated `RiskModel`: the maintenance rate parsed to a decimal. */
export type ResolvedRiskModel =
  | { readonly kind: 'debtRatio' }
  | { readonly kind: 'maintenance'; readonly maintenanceMarginRate: Decimal }
  | { readonly kind: 'marginLevel' };

export const DEBT_RATIO: ResolvedRiskModel = Object.freeze({ kind: 'debtRatio' });

/** Validates a risk model at the public edge (`INVALID_MODEL`, or `INVALID_RATE` for the MMR). */
export function toRiskModel(model: RiskModel | undefined): ResolvedRiskModel {
  if (model === undefined) return DEBT_RATIO;
  const kind: unknown = (model as { kind?: unknown }).kind;
  switch (kind) {
    case 'debtRatio':
      return DEBT_RATIO;
    case 'marginLevel':
      return { kind: 'marginLevel' };
    case 'maintenance': {
      const rate = (model as Extract<RiskModel, { kind: 'maintenance' }>).maintenanceMarginRate;
      return { kind: 'maintenance', maintenanceMarginRate: toRate(rate, 'model.maintenanceMarginRate') };
    }
    default:
      throw new MarginError('INVALID_MODEL', `model.kind must be debtRatio, maintenance or marginLevel, got ${String(kind)}`, {
        field: 'model.kind',
        value: String(kind),
      });
  }
}

/** Whether a larger value of the model's measure is riskier (false for `marginLevel`). */
export function isHigherRiskier(model: ResolvedRiskModel): boolean {
  return model.kind !== 'marginLevel';
}
