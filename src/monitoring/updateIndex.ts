import { MarginError } from '../errors.js';
import { indexContentsOf, assemble, groupTriggers, isCoupled, requirePrices, type LiquidationIndex } from './liquidationIndex.js';
import type { MonitoredAccount } from './monitoredAccount.js';
import { shadowsOf, track, type TrackedAccount } from './tracked.js';
import { addTriggers, type TriggerLists } from './triggers.js';

/**
 * A new index in which each given account replaces the one with its id (or joins, if the id is
 * new) — after a trade, a borrow, a repayment or interest changed its holdings. An account with no
 * holdings stays listed and never crosses. The old index is unchanged. Cost: the trigger lists of
 * the assets involved are rebuilt by one merge, O(n + k log k) for k accounts — pass every account
 * that changed since the last tick in one call. Docs: docs/performance.md.
 *
 * @example
 * // a1 repaid half its loan
 * const next = updateIndex(index, { id: 'a1', holdings: { BTC: { held: '0.05' }, USDT: { debt: '1000' } } });
 * crossedBy(next, 'BTC', '39000') // → [] (liquidated only at 20,000 now)
 */
export function updateIndex(index: LiquidationIndex, changed: MonitoredAccount | readonly MonitoredAccount[]): LiquidationIndex {
  const contents = indexContentsOf(index);
  const { rules } = contents;
  const list = Array.isArray(changed) ? (changed as readonly MonitoredAccount[]) : [changed as MonitoredAccount];
  const universe = new Map(contents.universe);
  const accounts = [...contents.accounts];
  // Copied only when an id is new: a million-entry map is not copied for a trade.
  let positions = contents.positions;
  const appended: string[] = [];
  const dropped = new Set<number>();
  const leaving = new Set<string>();
  const replaced: TrackedAccount[] = [];
  const seen = new Set<string>();
  let coupled = contents.coupled;
  list.forEach((account, i) => {
    const tracked = track(account, `changed[${i}]`, universe);
    if (seen.has(tracked.id)) throw new MarginError('INVALID_OPTION', `account id ${tracked.id} appears twice`, { field: `changed[${i}].id`, value: tracked.id });
    seen.add(tracked.id);
    let position = positions.get(tracked.id);
    if (position === undefined) {
      position = accounts.length;
      if (positions === contents.positions) positions = new Map(positions);
      (positions as Map<string, number>).set(tracked.id, position);
      appended.push(tracked.id);
    } else {
      const old = accounts[position]!;
      dropped.add(position);
      for (const asset of old.assets) leaving.add(asset);
      if (isCoupled(old, rules)) coupled--;
    }
    accounts[position] = tracked;
    replaced.push(tracked);
    if (isCoupled(tracked, rules)) coupled++;
  });
  const tick = universe.size === contents.universe.size ? contents.tick : { exact: contents.tick.exact, shadows: shadowsOf(contents.tick.exact, universe) };
  requirePrices(universe, tick);
  const added: TriggerLists = new Map();
  for (const account of replaced) addTriggers(added, account, positions.get(account.id)!, tick, rules);
  return assemble({
    ...contents,
    ids: appended.length === 0 ? contents.ids : Object.freeze([...contents.ids, ...appended]),
    accounts: Object.freeze(accounts),
    positions,
    universe,
    tick,
    triggers: groupTriggers(contents.triggers, dropped, added, leaving),
    coupled,
  });
}
