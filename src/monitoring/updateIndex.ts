import { MarginError } from '../errors.js';
import { accountCount, assemble, indexContentsOf, requirePrices, type LiquidationIndex } from './liquidationIndex.js';
import { withChanges } from './indexChanges.js';
import type { MonitoredAccount } from './monitoredAccount.js';
import { shadowsOf } from './tickPrices.js';
import { track, type TrackedAccount } from './tracked.js';

/**
 * A new index in which each given account replaces the one with its id (or joins, if the id is
 * new) — after a trade, a borrow, a repayment or interest changed its holdings. An account with no
 * holdings stays listed and never crosses. The old index is unchanged. Cost: the trigger lists of
 * the changed accounts — and the ids of new ones — go to a small overlay (O(r log r) for the r
 * accounts changed since the last merge), and every √n changes the overlay is merged into the
 * sorted base (O(n)). Docs: [docs/performance.md](../../docs/performance.md).
 *
 * @example
 * // a1 repaid half its loan
 * const next = updateIndex(index, { id: 'a1', holdings: { BTC: { held: '0.05' }, USDT: { debt: '1000' } } });
 * crossedBy(next, 'BTC', '39000') // → [] (liquidated only at 20,000 now)
 */
export function updateIndex(index: LiquidationIndex, changed: MonitoredAccount | readonly MonitoredAccount[]): LiquidationIndex {
  const contents = indexContentsOf(index);
  const list = Array.isArray(changed) ? (changed as readonly MonitoredAccount[]) : [changed as MonitoredAccount];
  const universe = new Map(contents.universe);
  // New ids go to the small overlay of ids added since the last merge: a million-entry map or list
  // is not copied for them (nor for a trade).
  let newPositions = contents.newPositions;
  const appended: string[] = [];
  const replacements = new Map<number, TrackedAccount>();
  list.forEach((account, i) => {
    const tracked = track(account, `changed[${i}]`, universe);
    let position = contents.positions.get(tracked.id) ?? newPositions.get(tracked.id);
    if (position === undefined) {
      position = accountCount(contents) + appended.length;
      if (newPositions === contents.newPositions) newPositions = new Map(newPositions);
      (newPositions as Map<string, number>).set(tracked.id, position);
      appended.push(tracked.id);
    } else if (replacements.has(position)) {
      throw new MarginError('INVALID_OPTION', `account id ${tracked.id} appears twice`, { field: `changed[${i}].id`, value: tracked.id });
    }
    replacements.set(position, tracked);
  });
  const tick = universe.size === contents.universe.size ? contents.tick : { exact: contents.tick.exact, shadows: shadowsOf(contents.tick.exact, universe) };
  requirePrices(universe, tick);
  const newIds = appended.length === 0 ? contents.newIds : Object.freeze([...contents.newIds, ...appended]);
  return assemble(withChanges(contents, replacements, tick, { newIds, newPositions, universe }));
}
