import type { DecimalInput } from '../decimal/toDecimal.js';
import { toPrice } from '../positions/position.js';
import { assemble, requirePrices, type LiquidationIndex } from './liquidationIndex.js';
import { toAssetTriggers } from './triggerList.js';
import { CHUNK, isCoupledAt } from './accountColumns.js';
import { idMapOf } from './idMap.js';
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
  const { columns, universe, ids, sorted } = trackAll(accounts, rules.valuationAsset);
  const tick = toTickPrices(options.prices, rules.valuationAsset, universe, toPrice);
  requirePrices(universe, tick);
  const lists: TriggerLists = new Map();
  let coupled = 0;
  columns.chunks.forEach((chunk, c) => {
    for (let local = 0; local < chunk.ids.length; local++) {
      addTriggers(lists, chunk, local, c * CHUNK + local, tick, rules);
      if (isCoupledAt(chunk, local)) coupled++;
    }
  });
  return assemble({
    columns,
    positions: idMapOf(ids, sorted),
    universe,
    rules,
    tick,
    triggers: new Map([...lists].map(([asset, collected]) => [asset, toAssetTriggers(collected)])),
    coupled,
  });
}
