import { deepFreeze } from '../freeze.js';
import type { Stamped, Versioned } from './kind.js';

/**
 * The working state while deciding one command: every event the decision makes is applied at
 * once, so later checks see its effect. Nothing of it escapes unless the decision succeeds.
 */
export class Draft<S extends Versioned, E extends Stamped> {
  readonly events: E[] = [];
  constructor(
    public state: S,
    readonly at: number,
    private readonly applied: (state: S, event: E, changes?: Partial<S>) => S,
  ) {}

  /**
   * Emits an event and applies it. `changes`, when given, are what applying it changes — the
   * decision computed them on this very state to make the event (a fill), so they are not
   * computed a second time; `evolve` of the same event computes them again from the event alone.
   */
  emit<K extends E['type']>(type: K, payload: Omit<Extract<E, { type: K }>, 'type' | 'at'>, changes?: Partial<S>): void {
    const event = deepFreeze({ type, at: this.at, ...payload }) as unknown as E;
    this.state = this.applied(this.state, event, changes);
    this.events.push(event);
  }
}
