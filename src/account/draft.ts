import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { isPositive } from '../decimal/compare.js';
import { MarginError, shown } from '../errors.js';
import type { AccountEvent, EventPayloads, EventType } from './events.js';
import { applyEvent } from './evolve.js';
import { deepFreeze } from '../freeze.js';
import type { Rejection, RejectionCode } from './commands.js';
import type { AccountState } from './state.js';

/**
 * The working state while deciding one command: every event the decision makes is applied at
 * once, so later checks see its effect. Nothing of it escapes unless the decision succeeds.
 */
export class Draft {
  readonly events: AccountEvent[] = [];
  constructor(
    public state: AccountState,
    readonly at: number,
  ) {}

  emit<K extends EventType>(type: K, payload: EventPayloads[K]): void {
    const event = deepFreeze({ type, at: this.at, ...payload }) as unknown as AccountEvent;
    this.state = applyEvent(this.state, event);
    this.events.push(event);
  }
}

export function reject(code: RejectionCode, message: string, details: Record<string, string> = {}): Rejection {
  return Object.freeze({ code, message, details: Object.freeze(details) });
}

/** A command amount: a positive decimal, else `INVALID_COMMAND` (a malformed command, not a business rejection). */
export function toCommandAmount(value: DecimalInput, field: string): Decimal {
  const amount = toDecimal(value, field);
  if (!isPositive(amount)) {
    throw new MarginError('INVALID_COMMAND', `${field} must be positive, got ${amount.toString()}`, { field, value: amount.toString() });
  }
  return amount;
}

/**
 * A command's asset field: a string (`INVALID_COMMAND` otherwise — the command is malformed); a
 * string that is not one of the account's assets is the business rejection `UNSUPPORTED_ASSET`.
 */
export function unsupported(state: AccountState, asset: unknown, field = 'asset'): Rejection | undefined {
  if (typeof asset !== 'string') throw new MarginError('INVALID_COMMAND', `${field} must be an asset name, got ${shown(asset)}`, { field, value: shown(asset) });
  return state.rules.assets.includes(asset) ? undefined : reject('UNSUPPORTED_ASSET', `${shown(asset)} is not an asset of this account`, { asset: shown(asset) });
}
