import { ZERO, type Decimal } from '../decimal/constructor.js';
import { isZero } from '../decimal/compare.js';
import { toAmount } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { approximate } from '../decimal/approximation.js';
import type { Holding, MonitoredAccount } from './monitoredAccount.js';
import { STORED } from '../decimal/bounds.js';
import { assetEntries } from '../input/assetName.js';
import { requireShape, type Shape } from '../input/shape.js';

/**
 * An account parsed once: its non-zero holdings as exact values and their float shadows
 * ([docs/decisions/0010-performance.md](../../docs/decisions/0010-performance.md)). Holdings that are zero on both sides are dropped.
 */
export interface TrackedAccount {
  readonly id: string;
  readonly assets: readonly string[];
  /** Each asset's position in the universe of the book or index that tracks the account. */
  readonly slots: readonly number[];
  readonly held: readonly Decimal[];
  readonly debt: readonly Decimal[];
  /** Float shadows, interleaved: held of asset 0, debt of asset 0, held of asset 1, … */
  readonly shadows: readonly number[];
  readonly hasDebt: boolean;
}

/**
 * The assets a book or index has seen, numbered: float prices are kept in an array by these
 * numbers. Grows while accounts are tracked; a copy is taken before growing a shared one.
 */
export type Universe = Map<string, number>;

/** Parses one account (`field` names it in errors: `accounts[3]`), numbering new assets in `universe`. */
const ACCOUNT: Shape<MonitoredAccount> = { id: true, holdings: true };
const HOLDING: Shape<Holding> = { held: true, debt: true };

export function track(account: MonitoredAccount, field: string, universe: Universe): TrackedAccount {
  requireShape(account, field, ACCOUNT, 'INVALID_OPTION', 'MISSING_INPUT');
  if (typeof account.id !== 'string') {
    throw new MarginError('INVALID_OPTION', `${field}.id must be a string`, { field: `${field}.id` });
  }
  if (typeof account.holdings !== 'object' || account.holdings === null || Array.isArray(account.holdings)) {
    throw new MarginError('MISSING_INPUT', `${field}.holdings must be an object of { held, debt } per asset`, { field: `${field}.holdings` });
  }
  const assets: string[] = [];
  const slots: number[] = [];
  const held: Decimal[] = [];
  const debt: Decimal[] = [];
  const shadows: number[] = [];
  let hasDebt = false;
  for (const [asset, holding] of assetEntries(account.holdings, `${field}.holdings`)) {
    requireShape(holding, `${field}.holdings.${asset}`, HOLDING, 'INVALID_OPTION', 'MISSING_INPUT');
    // Holdings may come from a state (holdingsOf), whose balances can be products of inputs: the stored budget.
    const h = holding.held === undefined ? ZERO : toAmount(holding.held, `${field}.holdings.${asset}.held`, STORED);
    const d = holding.debt === undefined ? ZERO : toAmount(holding.debt, `${field}.holdings.${asset}.debt`, STORED);
    if (isZero(h) && isZero(d)) continue;
    assets.push(asset);
    let slot = universe.get(asset);
    if (slot === undefined) universe.set(asset, (slot = universe.size));
    slots.push(slot);
    held.push(h);
    debt.push(d);
    shadows.push(approximate(h), approximate(d));
    hasDebt ||= !isZero(d);
  }
  return { id: account.id, assets, slots, held, debt, shadows, hasDebt };
}

/**
 * Parses every account of a new book or index (`accounts[i]` in errors): the tracked accounts, the
 * universe of their assets (the valuation asset first) and their ids, which must be unique.
 */
export function trackAll(accounts: readonly MonitoredAccount[], valuationAsset: string): { tracked: readonly TrackedAccount[]; universe: Universe; ids: readonly string[] } {
  if (!Array.isArray(accounts)) throw new MarginError('MISSING_INPUT', 'accounts must be an array', { field: 'accounts' });
  const universe: Universe = new Map([[valuationAsset, 0]]);
  const tracked = Object.freeze(accounts.map((account, i) => track(account, `accounts[${i}]`, universe)));
  return { tracked, universe, ids: uniqueIds(tracked) };
}

/** The ids of tracked accounts in order, frozen; a repeated id is `INVALID_OPTION` naming it. */
function uniqueIds(tracked: readonly TrackedAccount[]): readonly string[] {
  const seen = new Set<string>();
  const ids = tracked.map((account, i) => {
    if (seen.has(account.id)) throw new MarginError('INVALID_OPTION', `account id ${account.id} appears twice`, { field: `accounts[${i}].id`, value: account.id });
    seen.add(account.id);
    return account.id;
  });
  return Object.freeze(ids);
}
