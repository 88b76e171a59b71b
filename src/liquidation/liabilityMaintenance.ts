import { zero, type Decimal } from '../decimal/constructor.js';
import { isPositive, isZero } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import type { CoverageMultiple } from '../risk/coverageMultiple.js';
import { tierIndexOf, tieredMaintenance, type ResolvedTiers } from './tiers.js';

/**
 * An account's maintenance margin summed over its debts, each debt's own tier table applied to the
 * value owed of it (Binance Cross Margin Pro "Position Tiers": "Liability token Maintenance Margin =
 * Token Liability in USDT × Maintenance Margin Rate − Maintenance Amount", summed over liability
 * tokens). Risk = Σ maintenance / (assets − liabilities): the maintenance model with a rate that
 * depends on the debts, so each level's coverage multiple is computed from the debts of the moment.
 */
export interface LiabilityMaintenance {
  /** Per liability asset: its tiers, by the value owed of it (principal + interest) in the valuation asset. */
  readonly tiers: Readonly<Record<string, ResolvedTiers>>;
  /** The maintenance rate of a debt in an asset without tiers (the model's rate). */
  readonly rate: Decimal;
  /** The levels, in the maintenance measure, the account's coverage multiples stand for. */
  readonly marginCall: Decimal;
  /** The liquidation level, in the maintenance measure. */
  readonly liquidation: Decimal;
  /** Where a partial liquidation stops, in the maintenance measure; `undefined`: the margin call. */
  readonly partialTarget: Decimal | undefined;
  /** `undefined` when the transfer-out limit is a fixed margin level rather than a risk level. */
  readonly transferOut: Decimal | undefined;
}

/** The maintenance margin one debt requires, `value` being what is owed of `asset` in the valuation asset. */
export function debtMaintenance(rules: LiabilityMaintenance, asset: string, value: Decimal): Decimal {
  const table = Object.prototype.hasOwnProperty.call(rules.tiers, asset) ? rules.tiers[asset] : undefined;
  if (table === undefined) return value.times(rules.rate);
  if (isZero(value)) return zero();
  return tieredMaintenance(table.tiers[tierIndexOf(table.tiers, value)]!, value);
}

/**
 * The coverage multiple of maintenance level θ for debts worth L needing maintenance MM:
 * k = (θ·L + MM)/(θ·L), so `assets ≤ k × L` is exactly θ·(A − L) ≤ MM, i.e. risk MM/(A − L) ≥ θ.
 * With MM = m·L it is the fixed-rate model's (θ + m)/θ. Kept as a fraction: nothing divides.
 */
export function coverageWith(threshold: Decimal, liabilities: Decimal, maintenance: Decimal): CoverageMultiple {
  const scaled = threshold.times(liabilities);
  return { numerator: scaled.plus(maintenance), denominator: scaled };
}

/** Risk MM / (A − L) at `scale` places toward risk (`ceil`): 0 without debt, `null` when equity A − L ≤ 0. */
export function maintenanceRiskOf(assets: Decimal, liabilities: Decimal, maintenance: Decimal, scale: number): Decimal | null {
  if (isZero(liabilities)) return zero();
  const equity = assets.minus(liabilities);
  return isPositive(equity) ? divide(maintenance, equity, scale, 'ceil') : null;
}
