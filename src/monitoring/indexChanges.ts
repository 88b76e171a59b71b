import type { IndexContents } from './liquidationIndex.js';
import type { TickPrices } from './tickPrices.js';
import { chunkOf, isCoupledAt, localOf, withAccounts, type AccountColumns, type Chunk } from './accountColumns.js';
import type { IdMap } from './idMap.js';
import { changedTriggers, NO_TRIGGERS, type AssetTriggers } from './triggerList.js';
import { addTriggers, type TriggerLists } from './triggers.js';
import type { TrackingRules } from './trackingRules.js';

/** What a change replaces besides the accounts: the fields that grow when ids are new. */
export interface Growth {
  readonly positions: IdMap;
  readonly universe: ReadonlyMap<string, number>;
}

/**
 * The contents with new versions of some accounts (by position; a position past the last one
 * appends) and with the triggers of those and of the `retaken` ones taken at `tick`. Each account
 * is written into its chunk; its earlier triggers — recomputed from its earlier holdings at the
 * earlier tick, which is what they were taken from — leave the lists, its new ones join, and only
 * the leaves they fall in are copied: O(r · (chunk + leaf + directory)) for r accounts.
 */
export function withChanges(
  contents: IndexContents,
  replacements: ReadonlyMap<number, Chunk>,
  retaken: readonly number[],
  tick: TickPrices,
  growth: Growth,
): IndexContents {
  const { rules } = contents;
  const before = contents.columns;
  const columns = replacements.size === 0 ? before : withAccounts(before, replacements);
  let coupled = contents.coupled;
  for (const position of replacements.keys()) {
    if (position < before.count && isCoupledAt(chunkOf(before, position), localOf(position))) coupled--;
    if (isCoupledAt(chunkOf(columns, position), localOf(position))) coupled++;
  }
  // In position order: a list is sorted by key, then owner, and long batches rely on it.
  const changed = [...new Set([...replacements.keys(), ...retaken])].sort((x, y) => x - y);
  const removed = collected(changed.filter((position) => position < before.count), before, contents.tick, rules);
  const added = collected(changed, columns, tick, rules);
  const owners = new Set(changed);
  const triggers = new Map<string, AssetTriggers>(contents.triggers);
  for (const asset of new Set([...removed.keys(), ...added.keys()])) {
    triggers.set(asset, changedTriggers(contents.triggers.get(asset) ?? NO_TRIGGERS, owners, removed.get(asset), added.get(asset)));
  }
  return { ...contents, ...growth, columns, tick, coupled, triggers };
}

/** The triggers of the accounts at `positions` of `columns`, at `tick`. */
function collected(positions: readonly number[], columns: AccountColumns, tick: TickPrices, rules: TrackingRules): TriggerLists {
  const lists: TriggerLists = new Map();
  for (const position of positions) addTriggers(lists, chunkOf(columns, position), localOf(position), position, tick, rules);
  return lists;
}
