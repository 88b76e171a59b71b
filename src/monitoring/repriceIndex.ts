import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { MarginError } from '../errors.js';
import { requireMovable } from '../liquidation/solveSpotPrice.js';
import { toPrice } from '../positions/position.js';
import { accountAt, accountCount, assemble, indexContentsOf, isCoupled, type LiquidationIndex } from './liquidationIndex.js';
import { withChanges } from './indexChanges.js';
import { shadowsOf } from './tickPrices.js';
import type { TrackedAccount } from './tracked.js';
import { assetEntries } from '../input/assetName.js';

/**
 * A new index whose reference prices are moved to `prices` (the others kept) — call it after
 * handling a tick's crossings, so the next `crossedBy` starts from there. Accounts of one priced
 * asset (isolated pairs) keep their triggers, which do not depend on that asset's price, so this is
 * cheap; accounts of several priced assets holding a moved one have their other triggers
 * recomputed. Docs: [docs/performance.md](../../docs/performance.md).
 *
 * @example
 * let index = createLiquidationIndex(accounts, { prices: { BTC: '60000' } });
 * const crossings = crossedBy(index, 'BTC', '52000'); // notify, queue liquidations…
 * index = repriceIndex(index, { BTC: '52000' });
 */
export function repriceIndex(index: LiquidationIndex, prices: Readonly<Record<string, DecimalInput>>): LiquidationIndex {
  const contents = indexContentsOf(index);
  const { rules } = contents;
  if (typeof prices !== 'object' || prices === null || Array.isArray(prices)) throw new MarginError('MISSING_INPUT', 'prices must be an object of price per asset', { field: 'prices' });
  const exact = new Map<string, Decimal>(contents.tick.exact);
  const movedAssets = new Set<string>();
  for (const [asset, value] of assetEntries(prices, 'prices')) {
    requireMovable(asset, rules.valuationAsset, `prices.${asset}`);
    exact.set(asset, toPrice(value, `prices.${asset}`));
    movedAssets.add(asset);
  }
  const tick = { exact, shadows: shadowsOf(exact, contents.universe) };
  // Accounts of one priced asset keep their triggers; the others holding a moved asset are retaken.
  const retaken = new Map<number, TrackedAccount>();
  if (contents.coupled > 0) {
    for (let position = 0, count = accountCount(contents); position < count; position++) {
      const account = accountAt(contents, position);
      if (isCoupled(account, rules) && account.assets.some((asset) => movedAssets.has(asset))) retaken.set(position, account);
    }
  }
  return assemble(withChanges(contents, retaken, tick, contents));
}
