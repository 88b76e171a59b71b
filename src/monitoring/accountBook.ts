import { MarginError } from '../errors.js';
import type { AccountColumns } from './accountColumns.js';
import { indexContentsIfAny, type LiquidationIndex } from './liquidationIndex.js';
import type { TrackingRules } from './trackingRules.js';

/** Where a book keeps its parsed contents: a symbol, so they stay out of its public shape. */
export const CONTENTS = Symbol('margin-math.accountBook');

/**
 * Accounts parsed once for repeated classification (`classifyBook`): exact holdings with float
 * shadows, the rules' coverage multiples precomputed. Immutable; its contents are internal.
 */
export interface AccountBook {
  /** The account ids, in the order `classifyBook` returns statuses. */
  readonly ids: readonly string[];
  /** The asset prices and values are in. */
  readonly valuationAsset: string;
}

export interface BookContents {
  /** The accounts by column, in `ids` order. */
  readonly columns: AccountColumns;
  readonly universe: ReadonlyMap<string, number>;
  readonly rules: TrackingRules;
}

/**
 * The parsed accounts of a book made by `createAccountBook`, or of an index made by
 * `createLiquidationIndex` (which keeps its accounts in the same columns: one copy serves both).
 */
export function contentsOf(book: AccountBook | LiquidationIndex): BookContents {
  const contents = typeof book === 'object' && book !== null ? ((book as { [CONTENTS]?: BookContents })[CONTENTS] ?? indexContentsIfAny(book)) : undefined;
  if (contents === undefined) throw new MarginError('INVALID_OPTION', 'book must come from createAccountBook or createLiquidationIndex', { field: 'book' });
  return contents;
}
