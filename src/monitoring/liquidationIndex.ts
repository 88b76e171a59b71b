import type { Decimal } from '../decimal/constructor.js';
import { MarginError } from '../errors.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import { sortTriggers, type AssetTriggers, type TriggerLists } from './triggers.js';
import type { TickPrices } from './tickPrices.js';
import type { TrackedAccount } from './tracked.js';
import type { TrackingRules } from './trackingRules.js';

const CONTENTS = Symbol('margin-math.liquidationIndex');

/**
 * Accounts indexed by the prices at which they cross a threshold, for answering "whom did this
 * tick move?" in O(log n + k) (`crossedBy`). Immutable: `updateIndex` and `repriceIndex` return
 * new indexes. Its contents are internal.
 */
export interface LiquidationIndex {
  /** The account ids, in the order they were indexed (new ids are appended by `updateIndex`). */
  readonly ids: readonly string[];
  /** The asset prices and values are in. */
  readonly valuationAsset: string;
  /** The reference prices: each account's status in the index is its status at these prices. */
  readonly prices: Readonly<Record<string, Decimal>>;
}

/** An account whose status a tick changed. */
export interface Crossing {
  /** The account's id. */
  readonly id: string;
  /** Its status at the index's prices. */
  readonly from: RiskStatus;
  /** Its status after the tick. */
  readonly to: RiskStatus;
}

/**
 * An index is a large base, sorted once, and a small overlay of the accounts changed since
 * (docs/decisions/0010 §6): `changed` accounts replace their base versions, whose base triggers
 * are skipped; their current triggers are in `extra`. When the overlay outgrows the square root
 * of the index, it is merged into the base.
 */
export interface IndexContents {
  /** The ids of the base, in order. */
  readonly ids: readonly string[];
  /** Ids added since the last merge, after the base's: an overlay, so a new id copies nothing large. */
  readonly newIds: readonly string[];
  readonly base: readonly TrackedAccount[];
  readonly changed: ReadonlyMap<number, TrackedAccount>;
  /** The base ids' positions. */
  readonly positions: ReadonlyMap<string, number>;
  /** The positions of `newIds`. */
  readonly newPositions: ReadonlyMap<string, number>;
  readonly universe: ReadonlyMap<string, number>;
  readonly rules: TrackingRules;
  readonly tick: TickPrices;
  readonly triggers: ReadonlyMap<string, AssetTriggers>;
  readonly extra: ReadonlyMap<string, AssetTriggers>;
  /** Accounts holding two or more priced assets: their triggers move when another price does. */
  readonly coupled: number;
}

/** How many accounts the index holds (the base's and the ones added since the last merge). */
export function accountCount(contents: IndexContents): number {
  return contents.ids.length + contents.newIds.length;
}

/** The current version of the account at `position`. */
export function accountAt(contents: IndexContents, position: number): TrackedAccount {
  return contents.changed.get(position) ?? contents.base[position]!;
}

/** Every asset an indexed account holds or owes needs a reference price (`UNKNOWN_ASSET` names it). */
export function requirePrices(universe: ReadonlyMap<string, number>, tick: TickPrices): void {
  for (const asset of universe.keys()) {
    if (!tick.exact.has(asset)) throw new MarginError('UNKNOWN_ASSET', `no reference price for ${asset}, held or owed by an indexed account`, { field: `prices.${asset}`, asset });
  }
}

/** Whether an account's triggers depend on another asset's price. */
export function isCoupled(account: TrackedAccount, rules: TrackingRules): boolean {
  return account.assets.filter((asset) => asset !== rules.valuationAsset).length > 1;
}

/**
 * Rebuilds the trigger lists of the assets touched: `dropped` owners leave the lists of `leaving`
 * assets (the ones they held), `added` triggers join theirs. Other lists are shared as they are.
 */
export function groupTriggers(
  kept: ReadonlyMap<string, AssetTriggers> | undefined,
  dropped: ReadonlySet<number>,
  added: TriggerLists,
  leaving: Iterable<string> = [],
): ReadonlyMap<string, AssetTriggers> {
  const result = new Map(kept ?? []);
  for (const asset of new Set([...leaving, ...added.keys()])) result.set(asset, sortTriggers(kept?.get(asset), dropped, added.get(asset)));
  return result;
}

/** Freezes an index's public shell around its contents. */
export function assemble(contents: IndexContents): LiquidationIndex {
  const prices: Record<string, Decimal> = {};
  for (const [asset, price] of contents.tick.exact) prices[asset] = price;
  // `ids` is the base's ids and the new ones, made into one array only when it is read: a new id
  // costs no copy of a million-entry list.
  let ids: readonly string[] | undefined;
  return Object.freeze({
    get ids(): readonly string[] {
      return (ids ??= contents.newIds.length === 0 ? contents.ids : Object.freeze([...contents.ids, ...contents.newIds]));
    },
    valuationAsset: contents.rules.valuationAsset,
    prices: Object.freeze(prices),
    [CONTENTS]: contents,
  });
}

/** The contents of an index made by `createLiquidationIndex`. */
export function indexContentsOf(index: LiquidationIndex): IndexContents {
  const contents = typeof index === 'object' && index !== null ? (index as { [CONTENTS]?: IndexContents })[CONTENTS] : undefined;
  if (contents === undefined) throw new MarginError('INVALID_OPTION', 'index must come from createLiquidationIndex', { field: 'index' });
  return contents;
}
