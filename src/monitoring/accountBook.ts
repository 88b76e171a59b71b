import { MarginError } from '../errors.js';
import type { MonitoredAccount, MonitorRules } from './monitoredAccount.js';
import { toTrackingRules, track, type TrackedAccount, type TrackingRules, type Universe } from './tracked.js';

const CONTENTS = Symbol('margin-math.accountBook');

/**
 * Accounts parsed once for repeated classification (`classifyBook`): exact holdings with float
 * shadows, the rules' coverage multiples precomputed. Immutable; its contents are internal.
 */
export interface AccountBook {
  /** The account ids, in the order `classifyBook` returns statuses. */
  readonly ids: readonly string[];
  readonly valuationAsset: string;
}

interface BookContents {
  readonly accounts: readonly TrackedAccount[];
  readonly universe: ReadonlyMap<string, number>;
  readonly rules: TrackingRules;
}

/**
 * Parses accounts once for a risk service that classifies them on every tick: validation, parsing
 * and the coverage multiples (SPEC §5.3) are paid here, not per tick. Ids must be unique.
 * Docs: docs/performance.md.
 *
 * @example
 * const book = createAccountBook([{ id: 'a1', holdings: { BTC: { held: '0.05' }, USDT: { debt: '2000' } } }]);
 * classifyBook(book, { BTC: '41000' }) // → ['marginCall']
 */
export function createAccountBook(accounts: readonly MonitoredAccount[], rules?: MonitorRules): AccountBook {
  if (!Array.isArray(accounts)) throw new MarginError('MISSING_INPUT', 'accounts must be an array', { field: 'accounts' });
  const trackingRules = toTrackingRules(rules);
  const universe: Universe = new Map([[trackingRules.valuationAsset, 0]]);
  const tracked = accounts.map((account, i) => track(account, `accounts[${i}]`, universe));
  const ids = uniqueIds(tracked);
  const book = { ids, valuationAsset: trackingRules.valuationAsset, [CONTENTS]: { accounts: Object.freeze(tracked), universe, rules: trackingRules } };
  return Object.freeze(book);
}

/** The ids of tracked accounts in order, frozen; a repeated id is `INVALID_OPTION` naming it. */
export function uniqueIds(tracked: readonly TrackedAccount[]): readonly string[] {
  const seen = new Set<string>();
  const ids = tracked.map((account, i) => {
    if (seen.has(account.id)) throw new MarginError('INVALID_OPTION', `account id ${account.id} appears twice`, { field: `accounts[${i}].id`, value: account.id });
    seen.add(account.id);
    return account.id;
  });
  return Object.freeze(ids);
}

/** The parsed contents of a book made by `createAccountBook`. */
export function contentsOf(book: AccountBook): BookContents {
  const contents = (book as { [CONTENTS]?: BookContents })[CONTENTS];
  if (contents === undefined) throw new MarginError('INVALID_OPTION', 'book must come from createAccountBook', { field: 'book' });
  return contents;
}
