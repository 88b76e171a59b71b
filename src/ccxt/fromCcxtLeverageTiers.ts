import type { Tier } from '../liquidation/tiers.js';
import { toTiers } from '../liquidation/tiers.js';
import type { CcxtLeverageTier } from './structures.js';
import { entries, field, needed, structure } from './read.js';

/**
 * A maintenance table from ccxt's leverage tiers structure (`fetchMarketLeverageTiers`, one market's
 * list): each tier's `minNotional` is its `notionalFloor`, its `maintenanceMarginRate` and
 * `maxLeverage` carried over, and the last tier's `maxNotional` the table's `notionalCap`; the
 * maintenance amounts follow by continuity (docs/tiers.md). The table is checked as `tiers` is
 * (`INVALID_TIERS`: the first floor 0, floors rising); a tier without `minNotional` or
 * `maintenanceMarginRate` is `MISSING_INPUT`. Docs: [docs/ccxt.md](../../docs/ccxt.md).
 *
 * @example
 * fromCcxtLeverageTiers([
 *   { tier: 1, minNotional: 0, maxNotional: 10000, maintenanceMarginRate: 0.0065, maxLeverage: 75 },
 *   { tier: 2, minNotional: 10000, maxNotional: 50000, maintenanceMarginRate: 0.01, maxLeverage: 50 },
 * ])
 * // → [{ notionalFloor: '0', maintenanceMarginRate: '0.0065', maxLeverage: '75' }, { notionalFloor: '10000', …, notionalCap: '50000' }]
 */
export function fromCcxtLeverageTiers(tiers: readonly CcxtLeverageTier[]): Tier[] {
  const list = entries(tiers, 'tiers');
  const table: Tier[] = list.map((value, i) => {
    const where = `tiers[${i}]`;
    const t = structure(value, where);
    const last = i === list.length - 1;
    return {
      notionalFloor: needed(t, 'minNotional', where),
      maintenanceMarginRate: needed(t, 'maintenanceMarginRate', where),
      ...(field(t, 'maxLeverage') !== undefined && { maxLeverage: needed(t, 'maxLeverage', where) }),
      ...(last && field(t, 'maxNotional') !== undefined && { notionalCap: needed(t, 'maxNotional', where) }),
    };
  });
  toTiers(table, 'tiers');
  return table;
}
