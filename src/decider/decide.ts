import { MarginError, shown } from '../errors.js';
import { toEpochMs } from '../input/instant.js';
import { requireShape, type Shape } from '../input/shape.js';
import { seal } from '../sealed.js';
import { Draft } from './draft.js';
import type { AccountKind, Stamped, Versioned } from './kind.js';
import { reject, type Rejection } from './rejection.js';

/** A decision with the state its events lead to (what `execute` returns without applying them twice). */
export type DecisionWithState<S, E> = { readonly ok: true; readonly events: readonly E[]; readonly state: S } | { readonly ok: false; readonly rejection: Rejection };

/** The command's type, checked as an own name of the kind's command table (`INVALID_COMMAND`). */
function commandType<S extends Versioned, E extends Stamped>(kind: AccountKind<S, E>, command: unknown): string {
  if (typeof command !== 'object' || command === null) throw new MarginError('INVALID_COMMAND', `a command must be an object, got ${shown(command)}`, { field: 'command', value: shown(command) });
  const type: unknown = (command as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(kind.commands, type)) {
    throw new MarginError('INVALID_COMMAND', `unknown command type ${shown(type)} for a ${kind.name} account`, { field: 'type', value: shown(type) });
  }
  return type;
}

/**
 * The one decision procedure of both account kinds: the command read strictly (its type an own
 * name of the kind's table, exactly its fields, an instant not before the state's), then — on a
 * draft — the events due by then, the status gate, the command's own events and the status change.
 * Nothing of the draft escapes a rejection.
 */
export function decideWith<S extends Versioned, E extends Stamped>(kind: AccountKind<S, E>, state: S, input: unknown): DecisionWithState<S, E> {
  const type = commandType(kind, input);
  const rule = kind.commands[type]!;
  // read once: what is decided on is this copy of the fields (the type, read first to pick the shape,
  // must be the one copied); `readShape`'s copy, spread here so that the clone's inline cache is this site's
  const command = { ...requireShape(input as Record<string, unknown>, 'command', rule.shape as Shape<Record<string, unknown>>, 'INVALID_COMMAND', 'INVALID_COMMAND') };
  if (command['type'] !== type) throw new MarginError('INVALID_COMMAND', 'command.type changed as the command was read', { field: 'type', value: shown(command['type']) });
  const at = toEpochMs(command['at'], 'at', 'INVALID_COMMAND');
  if (at < state.at) return { ok: false, rejection: reject('CLOCK_REWIND', `command at ${at} is before the account's time ${state.at}`, { at: String(at), accountAt: String(state.at) }) };

  const draft = new Draft<S, E>(state, at, kind);
  kind.due(draft);
  const gated = kind.gate(draft, type);
  if (gated) return { ok: false, rejection: gated };
  const rejection = (rule.decide as (d: Draft<S, E>, c: unknown) => Rejection | undefined)(draft, command);
  if (rejection) return { ok: false, rejection };
  kind.settle(draft);
  // the working states were neither marked nor frozen: the one reached is sealed, with everything new
  // it holds, as settled (`settle` just made its status the one its valuation gives)
  // frozen, in `execute`'s field order: `execute` returns it as it is
  return Object.freeze({ ok: true as const, state: draft.state === state ? state : seal(draft.state, kind.name, true, kind.freeze), events: Object.freeze(draft.events) });
}
