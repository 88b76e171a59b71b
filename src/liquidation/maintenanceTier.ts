import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { tierIndexOf, toTiers, type Tier } from './tiers.js';

/** The bracket a notional falls in, with its rate, maintenance amount and leverage cap. */
export interface MaintenanceTier {
  /** 0-based index into the table. */
  readonly index: number;
  /** The smallest notional the tier covers. */
  readonly notionalFloor: Decimal;
  /** The tier's maintenance rate. */
  readonly maintenanceMarginRate: Decimal;
  /** Derived by continuity when the table does not state it. */
  readonly maintenanceAmount: Decimal;
  /** The tier's highest leverage, or `undefined` when the table gives none. */
  readonly maxLeverage: Decimal | undefined;
  /** notional × rate − amount: the maintenance margin this notional requires. */
  readonly maintenanceMargin: Decimal;
}

/**
 * The tier whose range holds `notional` (floor inclusive, next floor exclusive) and the
 * maintenance margin it requires. Above a last tier's `notionalCap` throws `NOTIONAL_ABOVE_TIERS`.
 * Formula page: [docs/tiers.md](../../docs/tiers.md).
 *
 * @example
 * maintenanceTier(binanceBtcusdCoinM, '40') // → index 3 (30–50 BTC, 2.5%), maintenanceMargin 40 × 0.025 − 0.56 = 0.44
 */
export function maintenanceTier(tiers: readonly Tier[], notional: DecimalInput): MaintenanceTier {
  const table = toTiers(tiers);
  const value = toAmount(notional, 'notional');
  if (table.notionalCap !== undefined && value.gt(table.notionalCap)) {
    throw new MarginError('NOTIONAL_ABOVE_TIERS', `notional ${value.toString()} is above the table's cap ${table.notionalCap.toString()}`, {
      field: 'notional',
      value: value.toString(),
      cap: table.notionalCap.toString(),
    });
  }
  const index = tierIndexOf(table.tiers, value);
  const tier = table.tiers[index]!;
  return Object.freeze({ index, ...tier, maintenanceMargin: value.times(tier.maintenanceMarginRate).minus(tier.maintenanceAmount) });
}
