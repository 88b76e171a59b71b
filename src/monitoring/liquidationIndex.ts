import type { Decimal } from '../decimal/constructor.js';
import { MarginError } from '../errors.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import type { AssetTriggers } from './triggerList.js';
import type { TickPrices } from './tickPrices.js';
import { idsOf, type AccountColumns } from './accountColumns.js';
import type { IdMap } from './idMap.js';
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
 * An index is every account's current holdings, by column and position, and per asset the sorted
 * list of their trigger prices (docs/decisions/0010 §6, 0020). Both are persistent: a change copies
 * the chunks and leaves it touches, so every version stays as it was and no change costs O(n).
 * Invariant: every account's triggers are those `addTriggers` gives its holdings at `tick`.
 */
export interface IndexContents {
  /** Every account, by position (the order ids were indexed in). */
  readonly columns: AccountColumns;
  /** Each id's position. */
  readonly positions: IdMap;
  readonly universe: ReadonlyMap<string, number>;
  readonly rules: TrackingRules;
  readonly tick: TickPrices;
  readonly triggers: ReadonlyMap<string, AssetTriggers>;
  /** Accounts holding two or more priced assets: their triggers move when another price does. */
  readonly coupled: number;
}

/** Every asset an indexed account holds or owes needs a reference price (`UNKNOWN_ASSET` names it). */
export function requirePrices(universe: ReadonlyMap<string, number>, tick: TickPrices): void {
  for (const asset of universe.keys()) {
    if (!tick.exact.has(asset)) throw new MarginError('UNKNOWN_ASSET', `no reference price for ${asset}, held or owed by an indexed account`, { field: `prices.${asset}`, asset });
  }
}

/** Freezes an index's public shell around its contents. */
export function assemble(contents: IndexContents): LiquidationIndex {
  const prices: Record<string, Decimal> = {};
  for (const [asset, price] of contents.tick.exact) prices[asset] = price;
  // `ids` is gathered from the columns only when it is read: a new id copies no million-entry list.
  let ids: readonly string[] | undefined;
  return Object.freeze({
    get ids(): readonly string[] {
      return (ids ??= Object.freeze(idsOf(contents.columns)));
    },
    valuationAsset: contents.rules.valuationAsset,
    prices: Object.freeze(prices),
    [CONTENTS]: contents,
  });
}

/** The contents of an index made by `createLiquidationIndex`. */
export function indexContentsOf(index: LiquidationIndex): IndexContents {
  const contents = indexContentsIfAny(index);
  if (contents === undefined) throw new MarginError('INVALID_OPTION', 'index must come from createLiquidationIndex', { field: 'index' });
  return contents;
}

/** The contents of `value` if an index made it (read through its own symbol, never its prototype), else undefined. */
export function indexContentsIfAny(value: unknown): IndexContents | undefined {
  return typeof value === 'object' && value !== null ? (value as { [CONTENTS]?: IndexContents })[CONTENTS] : undefined;
}
