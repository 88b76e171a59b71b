import { MarginError } from '../errors.js';
import { seal } from '../sealed.js';
import type { AccountKind, Stamped, Versioned } from './kind.js';

/** The `INVALID_EVENT` of an event that cannot apply to the state. */
export function impossible(event: Stamped, why: string): MarginError {
  return new MarginError('INVALID_EVENT', `${event.type} at ${event.at} cannot apply: ${why}`, { field: 'event', type: event.type, at: String(event.at) });
}

/** Applies an event the library made itself (a decision's draft, or one read by `toEvent`): a new sealed state, one version on. */
export function applyWith<S extends Versioned, E extends Stamped>(kind: AccountKind<S, E>, state: S, event: E): S {
  return seal(draftWith(kind, state, event), kind.name, false, kind.freeze);
}

/**
 * Applies an event within a decision's draft: the same new state as `applyWith`, neither marked
 * nor frozen — a working state never escapes; the one a decision reaches is sealed once, at the end.
 */
export function draftWith<S extends Versioned, E extends Stamped>(kind: AccountKind<S, E>, state: S, event: E, changes?: Partial<S>): S {
  if (event.at < state.at) throw impossible(event, `its time is before the account's (${state.at})`);
  return kind.next(state, changes ?? kind.apply(state, event), event.at);
}

/** Reads an event from outside as the kind's `toEvent` does, then applies it. */
export function evolveWith<S extends Versioned, E extends Stamped>(kind: AccountKind<S, E>, state: S, event: unknown): S {
  return applyWith(kind, state, kind.toEvent(event));
}

/** Rebuilds a state from its events, each read and applied as `evolve` does; the index of the first that fails is in the error. */
export function replayWith<S extends Versioned, E extends Stamped>(kind: AccountKind<S, E>, initial: S, events: readonly unknown[]): S {
  if (!Array.isArray(events)) throw new MarginError('INVALID_EVENT', 'events must be an array', { field: 'events' });
  let state = initial;
  events.forEach((event, i) => {
    try {
      state = evolveWith(kind, state, event);
    } catch (error) {
      if (error instanceof MarginError && error.details['index'] === undefined) throw new MarginError(error.code, error.message.replace(/^\[margin-math\] /, `events[${i}]: `), { ...error.details, index: String(i) });
      throw error;
    }
  });
  return state;
}
