import type { AccountCommand, Rejection } from './commands.js';
import { decideWithState } from './decide.js';
import type { AccountEvent } from './events.js';
import type { AccountState } from './state.js';

/** The result of `execute`: the new state and the events, or a rejection with the state unchanged. */
export type Execution =
  | { readonly ok: true; readonly state: AccountState; readonly events: readonly AccountEvent[] }
  | { readonly ok: false; readonly rejection: Rejection };

/**
 * `decide`, then `evolve` the events: the new state and what happened, or the rejection. The state
 * is the one the decision reached applying its events (the same `replay(state, events)` gives).
 * Docs: docs/state-machine.md.
 *
 * @example
 * const r = execute(account, { type: 'deposit', at, asset: 'USDT', amount: '1000' });
 * if (r.ok) account = r.state;
 */
export function execute(state: AccountState, command: AccountCommand): Execution {
  const decision = decideWithState(state, command);
  if (!decision.ok) return decision;
  return Object.freeze({ ok: true as const, state: decision.state, events: decision.events });
}
