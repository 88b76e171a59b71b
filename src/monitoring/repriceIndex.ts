import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { MarginError } from '../errors.js';
import { requireMovable } from '../liquidation/solveSpotPrice.js';
import { toPrice } from '../positions/position.js';
import { assemble, indexContentsOf, type LiquidationIndex } from './liquidationIndex.js';
import { withChanges } from './indexChanges.js';
import { tickOf } from './tickPrices.js';
import { CHUNK, isCoupledAt } from './accountColumns.js';
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
  const tick = tickOf(exact, contents.universe);
  // Accounts of one priced asset keep their triggers; the others holding a moved asset are retaken.
  const moved = new Uint8Array(contents.universe.size);
  for (const asset of movedAssets) {
    const slot = contents.universe.get(asset);
    if (slot !== undefined) moved[slot] = 1;
  }
  const retaken: number[] = [];
  if (contents.coupled > 0) {
    contents.columns.chunks.forEach((chunk, c) => {
      for (let local = 0; local < chunk.ids.length; local++) {
        if (!isCoupledAt(chunk, local)) continue;
        for (let t = chunk.start[local]!; t < chunk.start[local + 1]!; t++) {
          if (moved[chunk.slots[t]!] === 1) {
            retaken.push(c * CHUNK + local);
            break;
          }
        }
      }
    });
  }
  return assemble(withChanges(contents, new Map(), retaken, tick, contents));
}
