import { MarginError, shown } from '../errors.js';
import { kindOf, type StateKind } from '../sealed.js';
import type { AccountCommand, Decision } from '../account/commands.js';
import type { DecisionOf, ExecutionOf } from './rejection.js';
import type { AccountEvent } from '../account/events.js';
import { MARGIN } from '../account/kind.js';
import type { AccountState } from '../account/state.js';
import type { FuturesCommand } from '../futures/commands.js';
import type { FuturesEvent } from '../futures/events.js';
import { FUTURES } from '../futures/kind.js';
import type { FuturesState } from '../futures/state.js';
import type { AnyAccountEvent } from './json.js';
import { evolveWith, replayWith } from './apply.js';
import { decideWith, type DecisionWithState } from './decide.js';
import type { AccountKind, Stamped, Versioned } from './kind.js';

/** The result of `execute`: the new state and the events, or a rejection with the state unchanged. */
export type Execution = ExecutionOf<AccountState, AccountEvent>;

/** The result of `execute` on a futures account. */
export type FuturesExecution = ExecutionOf<FuturesState, FuturesEvent>;

/** What `decide` returns for a futures account: the events to apply, or a rejection. */
export type FuturesDecision = DecisionOf<FuturesEvent>;

const KINDS: { readonly [K in StateKind]?: AccountKind<Versioned, Stamped> } = {
  margin: MARGIN as unknown as AccountKind<Versioned, Stamped>,
  futures: FUTURES as unknown as AccountKind<Versioned, Stamped>,
};

/** The kind of a state the library made (`INVALID_STATE` naming `field` for anything else). */
function kindFor(state: unknown, field: string): AccountKind<Versioned, Stamped> {
  const name = kindOf(state);
  const kind = name === undefined ? undefined : KINDS[name];
  if (kind === undefined) {
    throw new MarginError('INVALID_STATE', `${field} must be an account state from createAccount, createFuturesAccount, accountFromJSON or execute, got ${shown(state)}`, { field, value: shown(state) });
  }
  return kind;
}

function decided(state: unknown, command: unknown): DecisionWithState<Versioned, Stamped> {
  return decideWith(kindFor(state, 'state'), state as Versioned, command);
}

/**
 * Decides a command against a state: `{ ok: true, events }` — the interest due up to `at` first,
 * then the command's own events, then a `StatusChanged` if the status moved — or
 * `{ ok: false, rejection }` for a business rejection (the state is untouched either way).
 * Malformed commands — an unknown type or field, a bad amount, a non-boolean flag, `at` outside
 * the instant range — throw `INVALID_COMMAND` (or the decimal's code) naming the field; a state not
 * made by the library is `INVALID_STATE`. A well-formed command never throws. Docs: [docs/state-machine.md](../../docs/state-machine.md).
 *
 * @example
 * decide(state, { type: 'borrow', at, asset: 'USDT', amount: '2000' })
 * // → { ok: true, events: [Borrowed, InterestCharged] } or { ok: false, rejection: { code: 'BORROW_LIMIT', … } }
 */
export function decide(state: FuturesState, command: FuturesCommand): FuturesDecision;
export function decide(state: AccountState, command: AccountCommand): Decision;
export function decide(state: AccountState | FuturesState, command: AccountCommand | FuturesCommand): Decision | FuturesDecision {
  const decision = decided(state, command);
  return (decision.ok ? { ok: true, events: decision.events } : decision) as Decision | FuturesDecision;
}

/**
 * `decide`, then `evolve` the events: the new state and what happened, or the rejection. The state
 * is the one the decision reached applying its events (the same `replay(state, events)` gives).
 * Docs: [docs/state-machine.md](../../docs/state-machine.md).
 *
 * @example
 * const r = execute(account, { type: 'deposit', at, asset: 'USDT', amount: '1000' });
 * if (r.ok) account = r.state;
 */
export function execute(state: FuturesState, command: FuturesCommand): FuturesExecution;
export function execute(state: AccountState, command: AccountCommand): Execution;
export function execute(state: AccountState | FuturesState, command: AccountCommand | FuturesCommand): Execution | FuturesExecution {
  // a successful decision is already the frozen `{ ok, state, events }` execute returns
  return decided(state, command) as Execution | FuturesExecution;
}

/**
 * Applies one event: no business rules, only bookkeeping. The event is read as strictly as
 * `decide` reads a command — its type (one of the account kind's), instant, exact fields, decimals
 * within budget and of the right sign — and it must apply: an event earlier than the state, a
 * balance going negative, a repayment of more than is owed, a price for the valuation asset, a
 * status change from a status the account is not in all throw `INVALID_EVENT`; nothing is
 * half-applied. Returns a new deeply frozen state; the input is untouched. Docs: [docs/state-machine.md](../../docs/state-machine.md).
 *
 * @example
 * const next = evolve(state, { type: 'Deposited', at: state.at, asset: 'USDT', amount: Big('1000') });
 */
export function evolve(state: FuturesState, event: AnyAccountEvent): FuturesState;
export function evolve(state: AccountState, event: AnyAccountEvent): AccountState;
export function evolve(state: AccountState | FuturesState, event: AnyAccountEvent): AccountState | FuturesState {
  return evolveWith(kindFor(state, 'state'), state as Versioned, event) as unknown as AccountState | FuturesState;
}

/**
 * Rebuilds a state from an initial state and its events: `events.reduce(evolve, initial)`, each
 * event checked as `evolve` checks it; the first one that cannot apply throws (its index in the
 * error's `details.index`) and nothing is returned. Linear in the events. Docs: [docs/state-machine.md](../../docs/state-machine.md).
 *
 * @example
 * replay(createAccount(config), storedEvents)
 */
export function replay(initial: FuturesState, events: readonly AnyAccountEvent[]): FuturesState;
export function replay(initial: AccountState, events: readonly AnyAccountEvent[]): AccountState;
export function replay(initial: AccountState | FuturesState, events: readonly AnyAccountEvent[]): AccountState | FuturesState {
  const kind = kindFor(initial, 'initial');
  if (!Array.isArray(events)) throw new MarginError('INVALID_EVENT', `events must be an array, got ${shown(events)}`, { field: 'events', value: shown(events) });
  return replayWith(kind, initial as Versioned, events) as unknown as AccountState | FuturesState;
}
