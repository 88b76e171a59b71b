import { zero, type Decimal } from '../decimal/constructor.js';
import { fromIntegerText } from '../decimal/scaledInteger.js';
import { ChunkWriter } from './chunkWriter.js';

/*
 * The accounts of a book or index, by column ([docs/decisions/0020-columnar-books.md](../../docs/decisions/0020-columnar-books.md)):
 * typed arrays, not an object per account with `Big` values. Accounts are kept in chunks of
 * CHUNK, so a new version of one account copies its chunk (tens of kilobytes), not the store.
 *
 * An account's terms (one per asset it holds or owes) are `start[i]` … `start[i + 1]` of its
 * chunk. Each term has an asset slot and two values, held and debt (value 2t and 2t + 1): a float
 * shadow, and the exact value as an integer and a power of ten — `units × 10^exponent`, exactly,
 * for the values of at most 15 digits a float holds as an integer. Longer values are kept as they
 * are in `wide`, and their units are NaN.
 */

/** Accounts per chunk: a power of two, so a position's chunk is a shift away. */
export const CHUNK_BITS = 10;
export const CHUNK = 1 << CHUNK_BITS;
const LOCAL = CHUNK - 1;

/** Up to CHUNK accounts, by column. */
export interface Chunk {
  readonly ids: readonly string[];
  /** Per account, plus one: where its terms start. */
  readonly start: Int32Array;
  /** Per account: 1 when it owes something. */
  readonly debtors: Uint8Array;
  /** Per term: the asset's slot in the universe. */
  readonly slots: Int32Array;
  /** Per value (held, debt of each term): its float shadow (NaN: none). */
  readonly shadows: Float64Array;
  /** Per value: its digits as an integer (NaN: the value is in `wide`). */
  readonly units: Float64Array;
  /** Per value: the power of ten its units are scaled by. */
  readonly exponents: Int16Array;
  /** Values of more than 15 digits, by value number. */
  readonly wide: ReadonlyMap<number, Decimal> | undefined;
}

/** Every account of a book or index, by position. */
export interface AccountColumns {
  readonly chunks: readonly Chunk[];
  readonly count: number;
}

/** The chunk holding the account at `position`. */
export function chunkOf(columns: AccountColumns, position: number): Chunk {
  return columns.chunks[position >>> CHUNK_BITS]!;
}

/** The account's place in its chunk. */
export function localOf(position: number): number {
  return position & LOCAL;
}

/** The exact held (`side` 0) or debt (1) of term `term`. */
export function valueAt(chunk: Chunk, term: number, side: 0 | 1): Decimal {
  const v = 2 * term + side;
  const units = chunk.units[v]!;
  if (Number.isNaN(units)) return chunk.wide!.get(v)!;
  return units === 0 ? zero() : fromIntegerText(String(units), -chunk.exponents[v]!, false);
}

/** Whether the account at `local` holds or owes more than one asset besides the valuation asset (slot 0). */
export function isCoupledAt(chunk: Chunk, local: number): boolean {
  let priced = 0;
  for (let t = chunk.start[local]!; t < chunk.start[local + 1]!; t++) if (chunk.slots[t] !== 0) priced++;
  return priced > 1;
}

/**
 * The columns with each replacement at its position — a position equal to the count (and then the
 * next ones, in order) appends. Only the chunks written to are copied.
 */
export function withAccounts(columns: AccountColumns, replacements: ReadonlyMap<number, Chunk>): AccountColumns {
  const chunks = columns.chunks.slice();
  let count = columns.count;
  const byChunk = new Map<number, Map<number, Chunk>>();
  for (const position of [...replacements.keys()].sort((x, y) => x - y)) {
    const c = position >>> CHUNK_BITS;
    let entries = byChunk.get(c);
    if (entries === undefined) byChunk.set(c, (entries = new Map()));
    entries.set(position & LOCAL, replacements.get(position)!);
    count = Math.max(count, position + 1);
  }
  for (const [c, entries] of byChunk) chunks[c] = spliced(chunks[c], entries);
  return { chunks, count };
}

/**
 * A chunk (or a new one) with accounts replaced or appended at local places (appended ones follow
 * the last, in order); each new version is the one account of a chunk of its own.
 */
function spliced(chunk: Chunk | undefined, entries: ReadonlyMap<number, Chunk>): Chunk {
  const known = chunk?.ids.length ?? 0;
  let accounts = known;
  let terms = known === 0 ? 0 : chunk!.start[known]!;
  for (const [local, account] of entries) {
    if (local >= known) accounts++;
    else terms -= chunk!.start[local + 1]! - chunk!.start[local]!;
    terms += account.slots.length;
  }
  const writer = new ChunkWriter(accounts, terms);
  for (let i = 0; i < accounts; ) {
    const account = entries.get(i);
    if (account !== undefined) {
      writer.copy(account, 0, 1);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < known && !entries.has(end)) end++;
    writer.copy(chunk!, i, end);
    i = end;
  }
  return writer.done();
}

/** Every id, in position order. */
export function idsOf(columns: AccountColumns): string[] {
  const ids: string[] = [];
  for (const chunk of columns.chunks) for (const id of chunk.ids) ids.push(id);
  return ids;
}
