import type { DecimalInput } from '../decimal/toDecimal.js';
import { MarginError, shown } from '../errors.js';
import { requireMovable } from '../liquidation/solveSpotPrice.js';
import { toPrice } from '../positions/position.js';
import { approximate } from '../decimal/approximation.js';
import { indexContentsOf, type Crossing, type LiquidationIndex } from './liquidationIndex.js';
import { chunkOf, localOf } from './accountColumns.js';
import { statusAt } from './status.js';
import { tickOf } from './tickPrices.js';
import { ownersBetween } from './triggerList.js';

// Trigger keys are within 1e-13 (relative) of the exact trigger; the search window is widened by
// far more, and every candidate is then classified exactly at both prices.
const WINDOW = 1e-9;

/**
 * The accounts whose status changes when `asset` moves from the index's price to `newPrice`, every
 * other price unchanged: exactly those for which `riskStatus` at the new prices differs from
 * `riskStatus` at the index's prices, found by binary search over the sorted trigger prices —
 * O(log n + k), not a pass over every account. In index order. The index itself is unchanged;
 * move it with `repriceIndex`. Docs: [docs/performance.md](../../docs/performance.md).
 *
 * @example
 * // index of one 3x long: 0.05 BTC held, 2,000 USDT owed, at BTC 60,000 (see createLiquidationIndex)
 * crossedBy(index, 'BTC', '39000') // → [{ id: 'a1', from: 'normal', to: 'liquidation' }]
 * crossedBy(index, 'BTC', '59000') // → []
 */
export function crossedBy(index: LiquidationIndex, asset: string, newPrice: DecimalInput): readonly Crossing[] {
  const contents = indexContentsOf(index);
  const { universe, rules, tick, triggers, columns } = contents;
  requireMovable(asset, rules.valuationAsset, 'asset');
  const before = tick.exact.get(asset);
  if (before === undefined) throw new MarginError('UNKNOWN_ASSET', `the index has no price for ${shown(asset)}`, { field: 'asset', asset: shown(asset) });
  const after = toPrice(newPrice, 'newPrice');
  if (before.eq(after)) return Object.freeze([]);

  const [low, high] = before.lt(after) ? [approximate(before), approximate(after)] : [approximate(after), approximate(before)];
  const candidates = new Set<number>();
  const list = triggers.get(asset);
  // Without shadows for the prices (beyond 1e±100), every trigger is a candidate.
  if (list !== undefined) ownersBetween(list, Number.isNaN(low) ? 0 : low * (1 - WINDOW), Number.isNaN(high) ? Infinity : high * (1 + WINDOW), (owner) => candidates.add(owner));
  if (candidates.size === 0) return Object.freeze([]);

  const moved = tickOf(new Map(tick.exact).set(asset, after), universe);
  const crossings: Crossing[] = [];
  for (const position of [...candidates].sort((x, y) => x - y)) {
    const chunk = chunkOf(columns, position);
    const local = localOf(position);
    const was = statusAt(chunk, local, tick, rules);
    const is = statusAt(chunk, local, moved, rules);
    if (was !== is) crossings.push(Object.freeze({ id: chunk.ids[local]!, from: was, to: is }));
  }
  return Object.freeze(crossings);
}
