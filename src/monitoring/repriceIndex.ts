import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { MarginError } from '../errors.js';
import { toPrice } from '../positions/position.js';
import { assemble, groupTriggers, indexContentsOf, isCoupled, type LiquidationIndex } from './liquidationIndex.js';
import { shadowsOf } from './tracked.js';
import { addTriggers, type TriggerLists } from './triggers.js';

/**
 * A new index whose reference prices are moved to `prices` (the others kept) — call it after
 * handling a tick's crossings, so the next `crossedBy` starts from there. Accounts of one priced
 * asset (isolated pairs) keep their triggers, which do not depend on that asset's price, so this is
 * cheap; accounts of several priced assets holding a moved one have their other triggers
 * recomputed. Docs: docs/performance.md.
 *
 * @example
 * let index = createLiquidationIndex(accounts, { prices: { BTC: '60000' } });
 * const crossings = crossedBy(index, 'BTC', '52000'); // notify, queue liquidations…
 * index = repriceIndex(index, { BTC: '52000' });
 */
export function repriceIndex(index: LiquidationIndex, prices: Readonly<Record<string, DecimalInput>>): LiquidationIndex {
  const contents = indexContentsOf(index);
  const { rules } = contents;
  if (typeof prices !== 'object' || prices === null) throw new MarginError('MISSING_INPUT', 'prices must be an object of price per asset', { field: 'prices' });
  const exact = new Map<string, Decimal>(contents.tick.exact);
  const movedAssets = new Set<string>();
  for (const asset of Object.keys(prices)) {
    if (asset === rules.valuationAsset) {
      throw new MarginError('INVALID_PRICE', `${asset} is the valuation asset: its price is fixed at 1`, { field: `prices.${asset}`, value: asset });
    }
    exact.set(asset, toPrice(prices[asset]!, `prices.${asset}`));
    movedAssets.add(asset);
  }
  const tick = { exact, shadows: shadowsOf(exact, contents.universe) };
  if (contents.coupled === 0) return assemble({ ...contents, tick });

  const dropped = new Set<number>();
  const leaving = new Set<string>();
  const added: TriggerLists = new Map();
  contents.accounts.forEach((account, position) => {
    if (!isCoupled(account, rules) || !account.assets.some((asset) => movedAssets.has(asset))) return;
    dropped.add(position);
    for (const asset of account.assets) leaving.add(asset);
    addTriggers(added, account, position, tick, rules);
  });
  return assemble({ ...contents, tick, triggers: groupTriggers(contents.triggers, dropped, added, leaving) });
}
