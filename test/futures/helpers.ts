import { execute, type FuturesCommand, type FuturesEvent, type FuturesState } from '../../src/index.js';

/** Executes every command in turn (a rejection fails the test, naming it); the state after, and the events. */
export function runAll(state: FuturesState, commands: readonly FuturesCommand[]): { state: FuturesState; events: FuturesEvent[] } {
  const events: FuturesEvent[] = [];
  for (const c of commands) {
    const r = execute(state, c);
    if (!r.ok) throw new Error(`${c.type} rejected: ${r.rejection.code} ${r.rejection.message}`);
    state = r.state;
    events.push(...r.events);
  }
  return { state, events };
}

/** The state after every command (see `runAll`). */
export const run = (state: FuturesState, commands: readonly FuturesCommand[]): FuturesState => runAll(state, commands).state;

/** `'accepted'`, or the code the command is rejected with. */
export function codeOf(state: FuturesState, command: FuturesCommand): string {
  const r = execute(state, command);
  return r.ok ? 'accepted' : r.rejection.code;
}

/** A decimal as its exact string (`null` and `undefined` kept). */
export const fixed = (x: { toFixed(): string } | null | undefined) => (x === null || x === undefined ? x : x.toFixed());
