import type { AccountCommand, Rejection } from './commands.js';
import { decide } from './decide.js';
import type { AccountEvent } from './events.js';
import { replay } from './replay.js';
import type { AccountState } from './state.js';

/** The result of `execute`: the new state and the events, or a rejection with the state unchanged. */
export type Execution =
  | { readonly ok: true; readonly state: AccountState; readonly events: readonly AccountEvent[] }
  | { readonly ok: false; readonly rejection: Rejection };

/**
 * `decide`, then `evolve` the events: the new state and what happened, or the rejection.
 * Docs: docs/state-machine.md.
 *
 * @example
 * const r = execute(account, { type: 'deposit', at, asset: 'USDT', amount: '1000' });
 * if (r.ok) account = r.state;
 */
export function execute(state: AccountState, command: AccountCommand): Execution {
  const decision = decide(state, command);
  if (!decision.ok) return decision;
  return Object.freeze({ ok: true as const, state: replay(state, decision.events), events: decision.events });
}
