import { draftWith } from './apply.js';
import type { AccountKind, Stamped, Versioned } from './kind.js';

/**
 * The working state while deciding one command: every event the decision makes is applied at
 * once, so later checks see its effect. Nothing of it escapes unless the decision succeeds.
 */
export class Draft<S extends Versioned, E extends Stamped> {
  /** The events emitted so far, in order. */
  events: E[] = [];
  constructor(
    public state: S,
    readonly at: number,
    private readonly kind: AccountKind<S, E>,
  ) {}

  /**
   * Emits an event — written by the decision as one object literal at the draft's time (V8
   * freezes a literal about three times faster than the spread copy of a payload) — and applies it.
   * `changes`, when given, are what applying it changes — the decision computed them on this very
   * state to make the event (a fill), so they are not computed a second time; `evolve` of the same
   * event computes them again from the event alone.
   */
  emit(event: E, changes?: Partial<S>): void {
    this.kind.freezeEvent(event);
    this.state = draftWith(this.kind, this.state, event, changes);
    // most decisions emit one event: a literal holds it in an array of one (a push would reserve 17)
    if (this.events.length === 0) this.events = [event];
    else this.events.push(event);
  }
}
