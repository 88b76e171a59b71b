import type { DecimalInput } from '../decimal/toDecimal.js';
import { MarginError, shown } from '../errors.js';
import { requireMovable } from '../liquidation/solveSpotPrice.js';
import { toPrice } from '../positions/position.js';
import { approximate } from '../decimal/approximation.js';
import { accountAt, indexContentsOf, type Crossing, type LiquidationIndex } from './liquidationIndex.js';
import { statusAt } from './status.js';
import type { TickPrices } from './tickPrices.js';
import { lowerBound, type AssetTriggers } from './triggers.js';

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
  const { universe, rules, tick, triggers, extra, changed } = contents;
  requireMovable(asset, rules.valuationAsset, 'asset');
  const before = tick.exact.get(asset);
  if (before === undefined) throw new MarginError('UNKNOWN_ASSET', `the index has no price for ${shown(asset)}`, { field: 'asset', asset: shown(asset) });
  const after = toPrice(newPrice, 'newPrice');
  if (before.eq(after)) return Object.freeze([]);

  const [low, high] = before.lt(after) ? [approximate(before), approximate(after)] : [approximate(after), approximate(before)];
  const candidates = new Set<number>();
  // Base triggers of accounts changed since are stale: their current ones are in the overlay.
  collect(candidates, triggers.get(asset), low, high, changed);
  collect(candidates, extra.get(asset), low, high, undefined);
  if (candidates.size === 0) return Object.freeze([]);

  const shadows = Float64Array.from(tick.shadows);
  const slot = universe.get(asset);
  if (slot !== undefined) shadows[slot] = approximate(after);
  const moved: TickPrices = { exact: new Map(tick.exact).set(asset, after), shadows };
  const crossings: Crossing[] = [];
  for (const position of [...candidates].sort((x, y) => x - y)) {
    const account = accountAt(contents, position);
    const was = statusAt(account, tick, rules);
    const is = statusAt(account, moved, rules);
    if (was !== is) crossings.push(Object.freeze({ id: account.id, from: was, to: is }));
  }
  return Object.freeze(crossings);
}

/** Adds the owners of a list's triggers in [low, high] (widened) and its loose ones, skipping `skip`. */
function collect(candidates: Set<number>, list: AssetTriggers | undefined, low: number, high: number, skip: ReadonlyMap<number, unknown> | undefined): void {
  if (list === undefined) return;
  const add = (owner: number) => {
    if (skip === undefined || !skip.has(owner)) candidates.add(owner);
  };
  for (const owner of list.loose) add(owner);
  // Without shadows for the prices (beyond 1e±100), every trigger is a candidate.
  const from = Number.isNaN(low) ? 0 : lowerBound(list.keys, low * (1 - WINDOW));
  const to = Number.isNaN(high) ? list.keys.length : lowerBound(list.keys, high * (1 + WINDOW) + Number.MIN_VALUE);
  for (let i = from; i < to; i++) add(list.owners[i]!);
}
