import { MarginError, shown } from '../errors.js';
import { kindOf } from '../sealed.js';
import type { AccountEvent } from '../account/events.js';
import { isMarginEventType, toEvent } from '../account/eventSchema.js';
import { marginToJSON, toPlain, type AccountJSON } from '../account/json.js';
import { marginFromJSON } from '../account/serialization.js';
import type { AccountState } from '../account/state.js';
import type { FuturesEvent } from '../futures/events.js';
import { isFuturesEventType, toFuturesEvent } from '../futures/eventSchema.js';
import { futuresFromJSON, futuresToJSON, type FuturesJSON } from '../futures/json.js';
import type { FuturesState } from '../futures/state.js';

/** An event of either account kind (the JSON functions read both; `evolve` checks it is the state's kind's). */
export type AnyAccountEvent = AccountEvent | FuturesEvent;

/** An event of either kind, read strictly: a margin event type by the margin schema, else a futures one (shared names read the same). */
export function toAnyEvent(value: unknown): AnyAccountEvent {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  // both kinds have a `Liquidated` event: a futures one carries `closes`, a margin one `steps`
  const futures = isFuturesEventType(type) && (!isMarginEventType(type) || Object.prototype.hasOwnProperty.call(value, 'closes'));
  return futures ? toFuturesEvent(value) : toEvent(value);
}

/**
 * Serialises an account of either kind: `JSON.stringify(accountToJSON(state))` (a futures state's
 * JSON says `kind: 'futures'`). Docs: [docs/state-machine.md](../../docs/state-machine.md), [docs/futures.md](../../docs/futures.md).
 *
 * @example
 * const saved = JSON.stringify(accountToJSON(state)); const same = accountFromJSON(JSON.parse(saved));
 */
export function accountToJSON(state: FuturesState): FuturesJSON;
export function accountToJSON(state: AccountState): AccountJSON;
export function accountToJSON(state: AccountState | FuturesState): AccountJSON | FuturesJSON {
  if (kindOf(state) === 'futures') return futuresToJSON(state as FuturesState);
  return marginToJSON(state as AccountState);
}

/**
 * Restores an account from `accountToJSON` output exactly — a futures account when the JSON says
 * `kind: 'futures'`, else a margin account. Everything is checked, as if the state came from an
 * untrusted store: the configuration (the usual codes), every field's type, budget and sign, and the
 * state's own invariants (for a margin account: balances and debts not negative, every asset the
 * account's, a price for each non-valuation asset, each loan's tranches summing to its principal in
 * borrow order, at most 500 open borrows and 16 coupons per asset; for a futures account: every
 * market's leverage and mark, positions of the account's markets), times within the account's
 * life, and a status equal to the one the numbers give. A state the library could not have produced
 * is `INVALID_STATE` naming the field; nothing of it is returned. Docs: [docs/state-machine.md](../../docs/state-machine.md).
 *
 * @example
 * const same = accountFromJSON(JSON.parse(JSON.stringify(accountToJSON(state))));
 */
export function accountFromJSON(json: AccountJSON): AccountState;
export function accountFromJSON(json: FuturesJSON): FuturesState;
export function accountFromJSON(json: AccountJSON | FuturesJSON): AccountState | FuturesState {
  if (typeof json === 'object' && json !== null && Object.prototype.hasOwnProperty.call(json, 'kind')) return futuresFromJSON(json as FuturesJSON);
  return marginFromJSON(json as AccountJSON);
}

/**
 * An event of either account kind as plain JSON (decimal strings), after checking it is one
 * (`INVALID_EVENT` otherwise). Docs: [docs/state-machine.md](../../docs/state-machine.md).
 *
 * @example
 * const r = execute(account, { type: 'deposit', at, asset: 'USDT', amount: '1000' });
 * if (r.ok) log.append(r.events.map(eventToJSON)); // { type: 'Deposited', at, asset: 'USDT', amount: '1000' }
 */
export function eventToJSON(event: AnyAccountEvent): Record<string, unknown> {
  return toPlain(toAnyEvent(event)) as Record<string, unknown>;
}

/**
 * Restores an event of either account kind from `eventToJSON` output, read as strictly as `decide`
 * reads a command: a known type, an instant, exactly its fields, decimals within budget and of the
 * right sign, valid names — else `INVALID_EVENT` (or `INVALID_DECIMAL`) naming the field. Whether
 * it belongs to the state's kind is checked when it is applied. Docs: [docs/state-machine.md](../../docs/state-machine.md).
 *
 * @example
 * const state = replay(createAccount(config), savedEvents.map(eventFromJSON));
 */
export function eventFromJSON(json: Record<string, unknown>): AnyAccountEvent {
  if (typeof json !== 'object' || json === null) throw new MarginError('INVALID_EVENT', `event must be an object, got ${shown(json)}`, { field: 'event', value: shown(json) });
  return toAnyEvent(json);
}
