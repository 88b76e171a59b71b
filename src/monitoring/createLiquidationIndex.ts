import type { DecimalInput } from '../decimal/toDecimal.js';
import { toPrice } from '../positions/position.js';
import { assemble, groupTriggers, isCoupled, requirePrices, type LiquidationIndex } from './liquidationIndex.js';
import type { MonitoredAccount, MonitorRules } from './monitoredAccount.js';
import { toTickPrices } from './tickPrices.js';
import { trackAll } from './tracked.js';
import { toTrackingRules } from './trackingRules.js';
import { addTriggers, type TriggerLists } from './triggers.js';

/** Options of `createLiquidationIndex`: the reference prices and the rules. */
export interface LiquidationIndexOptions extends MonitorRules {
  /** A positive price for every asset an account holds or owes (the valuation asset defaults to 1). */
  readonly prices: Readonly<Record<string, DecimalInput>>;
}

/**
 * Indexes accounts by their trigger prices: for every asset an account holds or owes and each of
 * the two thresholds, the price of that asset (others fixed at `prices`) where the account's
 * status changes — the closed form of [docs/liquidation-price.md](../../docs/liquidation-price.md) "Spot margin", found from the coverage multiple ([docs/risk.md](../../docs/risk.md)) without
 * dividing; the trigger is kept as a float key only to sort, every answer is checked exactly.
 * Prices must be positive. Docs: [docs/performance.md](../../docs/performance.md).
 *
 * @example
 * const index = createLiquidationIndex(
 *   [{ id: 'a1', holdings: { BTC: { held: '0.05' }, USDT: { debt: '2000' } } }],
 *   { prices: { BTC: '60000' } },
 * );
 * crossedBy(index, 'BTC', '45000') // → [{ id: 'a1', from: 'normal', to: 'marginCall' }] (2000 / 2250 ≈ 0.89)
 */
export function createLiquidationIndex(accounts: readonly MonitoredAccount[], options: LiquidationIndexOptions): LiquidationIndex {
  const rules = toTrackingRules(options, true);
  const { tracked, universe, ids } = trackAll(accounts, rules.valuationAsset);
  const tick = toTickPrices(options.prices, rules.valuationAsset, universe, toPrice);
  requirePrices(universe, tick);
  const lists: TriggerLists = new Map();
  tracked.forEach((account, i) => addTriggers(lists, account, i, tick, rules));
  return assemble({
    ids,
    newIds: [],
    base: tracked,
    changed: new Map(),
    extra: new Map(),
    positions: new Map(ids.map((id, i) => [id, i])),
    newPositions: new Map(),
    universe,
    rules,
    tick,
    triggers: groupTriggers(undefined, new Set(), lists),
    coupled: tracked.filter((account) => isCoupled(account, rules)).length,
  });
}
