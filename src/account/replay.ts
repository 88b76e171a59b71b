import type { AccountEvent } from './events.js';
import { evolve } from './evolve.js';
import type { AccountState } from './state.js';

/**
 * Rebuilds a state from an initial state and its events: `events.reduce(evolve, initial)`.
 * Docs: docs/state-machine.md.
 *
 * @example
 * replay(createAccount(config), storedEvents)
 */
export function replay(initial: AccountState, events: readonly AccountEvent[]): AccountState {
  let state = initial;
  for (const event of events) state = evolve(state, event);
  return state;
}
