import { MarginError } from '../errors.js';
import type { Holding, MonitoredAccount } from './monitoredAccount.js';
import { assetKeys } from '../input/assetName.js';
import { requireShape, type Shape } from '../input/shape.js';
import { CHUNK, type AccountColumns, type Chunk } from './accountColumns.js';
import { ChunkWriter } from './chunkWriter.js';
import { hashOrder, repeatedId, type HashOrder } from './idMap.js';

/**
 * The assets a book or index has seen, numbered: float prices are kept in an array by these
 * numbers. Grows while accounts are tracked; a copy is taken before growing a shared one.
 */
export type Universe = Map<string, number>;

const ACCOUNT: Shape<MonitoredAccount> = { id: true, holdings: true };
const HOLDING: Shape<Holding> = { held: true, debt: true };

/**
 * Parses one account into `writer` — its non-zero holdings, by asset slot; holdings zero on both
 * sides are dropped — numbering new assets in `universe`. `field` names it in errors
 * (`accounts[3]`); with `''`, no field name is built — a book of a million accounts would build
 * millions of them — and `trackNamed` parses the account again with its name if this one throws.
 */
function track(account: MonitoredAccount, field: string, universe: Universe, writer: ChunkWriter): void {
  requireShape(account, field, ACCOUNT, 'INVALID_OPTION', 'MISSING_INPUT');
  const { id, holdings } = account;
  if (typeof id !== 'string') throw new MarginError('INVALID_OPTION', `${field}.id must be a string`, { field: `${field}.id` });
  if (typeof holdings !== 'object' || holdings === null || Array.isArray(holdings)) {
    throw new MarginError('MISSING_INPUT', `${field}.holdings must be an object of { held, debt } per asset`, { field: `${field}.holdings` });
  }
  writer.open(id);
  for (const asset of assetKeys(holdings, field === '' ? '' : `${field}.holdings`, 'INVALID_ASSET', universe)) {
    const holding = (holdings as Readonly<Record<string, Holding>>)[asset] as Holding;
    const at = field === '' ? '' : `${field}.holdings.${asset}`;
    requireShape(holding, at, HOLDING, 'INVALID_OPTION', 'MISSING_INPUT');
    const { held, debt } = holding;
    writer.term(held, debt, at, universe, asset);
  }
  writer.close();
}

/** `track` of `list[i]` without field names, and again with them (`accounts[3].holdings.BTC.held`) if it throws. */
export function trackNamed(account: MonitoredAccount, list: string, i: number, universe: Universe, writer: ChunkWriter): void {
  try {
    track(account, '', universe, writer);
  } catch {
    writer.discard();
    track(account, `${list}[${i}]`, universe, writer);
  }
}

/** One account parsed into a chunk of its own (`changed[2]` in errors), the form `withAccounts` takes. */
export function trackOne(account: MonitoredAccount, list: string, i: number, universe: Universe): Chunk {
  const writer = new ChunkWriter(1, 2);
  trackNamed(account, list, i, universe, writer);
  return writer.done();
}

/**
 * Parses every account of a new book or index (`accounts[i]` in errors): their columns, the
 * universe of their assets (the valuation asset first), their ids, which must be unique, and the
 * ids in hash order (for an index's id map).
 */
export function trackAll(accounts: readonly MonitoredAccount[], valuationAsset: string): { columns: AccountColumns; universe: Universe; ids: readonly string[]; sorted: HashOrder } {
  if (!Array.isArray(accounts)) throw new MarginError('MISSING_INPUT', 'accounts must be an array', { field: 'accounts' });
  const universe: Universe = new Map([[valuationAsset, 0]]);
  const chunks: Chunk[] = [];
  const ids: string[] = [];
  for (let from = 0; from < accounts.length; from += CHUNK) {
    const to = Math.min(from + CHUNK, accounts.length);
    const writer = new ChunkWriter(to - from, 2 * (to - from));
    for (let i = from; i < to; i++) trackNamed(accounts[i]!, 'accounts', i, universe, writer);
    const chunk = writer.done();
    for (const id of chunk.ids) ids.push(id);
    chunks.push(chunk);
  }
  const sorted = hashOrder(ids);
  const repeated = repeatedId(ids, sorted);
  if (repeated !== -1) throw new MarginError('INVALID_OPTION', `account id ${ids[repeated]!} appears twice`, { field: `accounts[${repeated}].id`, value: ids[repeated]! });
  return { columns: { chunks, count: accounts.length }, universe, ids: Object.freeze(ids), sorted };
}
