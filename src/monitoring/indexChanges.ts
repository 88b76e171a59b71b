import { accountAt, accountCount, groupTriggers, isCoupled, type IndexContents } from './liquidationIndex.js';
import type { TickPrices } from './tickPrices.js';
import type { TrackingRules } from './trackingRules.js';
import type { TrackedAccount } from './tracked.js';
import { addTriggers, type AssetTriggers, type TriggerLists } from './triggers.js';

/** New ids kept apart from the base's until there are this many (see `withChanges`). */
const ID_MERGE = 4096;

/** What a change replaces besides the accounts: the fields that grow when ids are new. */
export interface Growth {
  readonly newIds: readonly string[];
  readonly newPositions: ReadonlyMap<string, number>;
  readonly universe: ReadonlyMap<string, number>;
}

/**
 * The contents with new versions of some accounts (by position; a position past the last id is a
 * new account) whose triggers are taken at `tick`. They join the overlay — O(r log r) for an
 * overlay of r accounts, the base shared as it is — unless the overlay would then outgrow
 * √(accounts), when overlay and base are merged into a new base: O(n), once per √n changes.
 */
export function withChanges(contents: IndexContents, replacements: ReadonlyMap<number, TrackedAccount>, tick: TickPrices, growth: Growth): IndexContents {
  const { rules } = contents;
  const known = accountCount(contents);
  const changed = new Map(contents.changed);
  let coupled = contents.coupled;
  for (const [position, account] of replacements) {
    if (position < known && isCoupled(accountAt(contents, position), rules)) coupled--;
    if (isCoupled(account, rules)) coupled++;
    changed.set(position, account);
  }
  const next = { ...contents, ...growth, tick, coupled };

  if (changed.size > Math.max(4, Math.sqrt(contents.ids.length + growth.newIds.length))) {
    // Merge: the changed accounts leave the base lists and join them with their current triggers.
    // The new ids join the base's only once there are ID_MERGE of them: copying a million-entry id
    // map is most of a merge's cost, so it is paid once per ID_MERGE new ids, not at every merge.
    const base = [...contents.base];
    for (const [position, account] of changed) base[position] = account;
    const triggers = regrouped(contents.triggers, changed, (position) => contents.base[position], tick, rules);
    let merged = {};
    if (growth.newIds.length >= ID_MERGE) {
      const positions = new Map(contents.positions);
      for (const [id, position] of growth.newPositions) positions.set(id, position);
      merged = { ids: Object.freeze([...contents.ids, ...growth.newIds]), positions, newIds: [], newPositions: new Map<string, number>() };
    }
    return { ...next, ...merged, base: Object.freeze(base), changed: new Map(), extra: new Map(), triggers };
  }
  // Overlay: replaced accounts already in the overlay leave its lists; every replacement joins.
  return { ...next, changed, extra: regrouped(contents.extra, replacements, (position) => contents.changed.get(position), tick, rules) };
}

/**
 * Trigger lists with `accounts` in them at `tick`: each one's earlier version (`previous`, if any)
 * leaves the lists of the assets it held, and its current triggers join.
 */
function regrouped(
  kept: ReadonlyMap<string, AssetTriggers>,
  accounts: ReadonlyMap<number, TrackedAccount>,
  previous: (position: number) => TrackedAccount | undefined,
  tick: TickPrices,
  rules: TrackingRules,
): ReadonlyMap<string, AssetTriggers> {
  const dropped = new Set<number>();
  const leaving = new Set<string>();
  const added: TriggerLists = new Map();
  for (const [position, account] of accounts) {
    const old = previous(position);
    if (old !== undefined) {
      dropped.add(position);
      for (const asset of old.assets) leaving.add(asset);
    }
    addTriggers(added, account, position, tick, rules);
  }
  return groupTriggers(kept, dropped, added, leaving);
}
