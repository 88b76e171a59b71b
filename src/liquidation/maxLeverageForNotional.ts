import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { MarginError } from '../errors.js';
import { maintenanceTier } from './maintenanceTier.js';
import type { Tier } from './tiers.js';

/**
 * The highest leverage a venue allows for a position of this notional: the `maxLeverage` of the
 * tier that holds it. Above the table's `notionalCap` throws `NOTIONAL_ABOVE_TIERS`; a tier
 * without `maxLeverage` throws `INVALID_TIERS`. Formula page: [docs/tiers.md](../../docs/tiers.md).
 *
 * @example
 * maxLeverageForNotional(binanceBtcusdCoinM, '25') // → Big('50')
 */
export function maxLeverageForNotional(tiers: readonly Tier[], notional: DecimalInput): Decimal {
  const tier = maintenanceTier(tiers, notional);
  if (tier.maxLeverage === undefined) {
    throw new MarginError('INVALID_TIERS', `tiers[${tier.index}] has no maxLeverage`, { field: `tiers[${tier.index}].maxLeverage` });
  }
  return tier.maxLeverage;
}
