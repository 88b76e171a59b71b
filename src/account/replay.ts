import { MarginError, shown } from '../errors.js';
import type { AccountEvent } from './events.js';
import { evolve } from './evolve.js';
import { requireState } from './limits.js';
import type { AccountState } from './state.js';

/**
 * Rebuilds a state from an initial state and its events: `events.reduce(evolve, initial)`, each
 * event checked as `evolve` checks it; the first one that cannot apply throws and nothing is
 * returned. Linear in the events. Docs: docs/state-machine.md.
 *
 * @example
 * replay(createAccount(config), storedEvents)
 */
export function replay(initial: AccountState, events: readonly AccountEvent[]): AccountState {
  requireState(initial, 'initial');
  if (!Array.isArray(events)) throw new MarginError('INVALID_EVENT', `events must be an array, got ${shown(events)}`, { field: 'events', value: shown(events) });
  let state = initial;
  events.forEach((event, i) => {
    try {
      state = evolve(state, event);
    } catch (error) {
      if (error instanceof MarginError && error.details['index'] === undefined) throw new MarginError(error.code, error.message.replace(/^\[margin-math\] /, `events[${i}]: `), { ...error.details, index: String(i) });
      throw error;
    }
  });
  return state;
}
