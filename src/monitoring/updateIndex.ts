import { MarginError } from '../errors.js';
import { assemble, indexContentsOf, requirePrices, type LiquidationIndex } from './liquidationIndex.js';
import { withChanges } from './indexChanges.js';
import { idPosition, withId } from './idMap.js';
import type { MonitoredAccount } from './monitoredAccount.js';
import { tickOf } from './tickPrices.js';
import { trackOne } from './tracked.js';
import type { Chunk } from './accountColumns.js';

/**
 * A new index in which each given account replaces the one with its id (or joins, if the id is
 * new) — after a trade, a borrow, a repayment or interest changed its holdings. An account with no
 * holdings stays listed and never crosses. The old index is unchanged. Cost, at any size: each
 * account is written into its chunk of the columns (a copy of at most 1,024 accounts), a new id into
 * the id map (a path of at most seven small nodes), and its earlier triggers leave — and its new ones
 * join — the leaves of the sorted trigger lists they fall in (a copy of a leaf of about 1,000
 * entries each, and of the list of leaves); nothing is ever merged or copied whole. Docs: [docs/performance.md](../../docs/performance.md).
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
  let positions = contents.positions;
  let count = contents.columns.count;
  const replacements = new Map<number, Chunk>();
  list.forEach((account, i) => {
    const tracked = trackOne(account, 'changed', i, universe);
    const id = tracked.ids[0]!;
    let position = idPosition(positions, id);
    if (position === undefined) {
      position = count++;
      positions = withId(positions, id, position);
    } else if (replacements.has(position)) {
      throw new MarginError('INVALID_OPTION', `account id ${id} appears twice`, { field: `changed[${i}].id`, value: id });
    }
    replacements.set(position, tracked);
  });
  const tick = universe.size === contents.universe.size ? contents.tick : tickOf(contents.tick.exact, universe);
  requirePrices(universe, tick);
  return assemble(withChanges(contents, replacements, [], tick, { positions, universe }));
}
