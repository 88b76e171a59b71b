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
    private readonly applied: (state: S, event: E) => S,
  ) {}

  emit<K extends E['type']>(type: K, payload: Omit<Extract<E, { type: K }>, 'type' | 'at'>): void {
    const event = deepFreeze({ type, at: this.at, ...payload }) as unknown as E;
    this.state = this.applied(this.state, event);
    this.events.push(event);
  }
}
