import { MarginError, shown } from './errors.js';
import { deepFreeze } from './freeze.js';

/** The two account kinds: a spot margin account (loans) and a futures account (positions). */
export type StateKind = 'margin' | 'futures';

/** A constructor that returns the object it is given, so a subclass can add its private fields to any object. */
class Base {
  constructor(target: object) {
    return target;
  }
}

/**
 * States the library made carry this private mark: a private class field added to the state
 * object, which JSON, spreading, `Object.keys` and equality never see and no caller can forge or
 * copy — `#kind in value` is true only of an object the library marked. Every state a caller got
 * from the library has passed the library's validation once — made by `createAccount` or
 * `createFuturesAccount`, restored by `accountFromJSON` (which checks every field and invariant),
 * or evolved from one of those — so commands on a marked state need not re-validate it; an object
 * without the mark is refused instead of being trusted for its shape. (A private field costs one
 * ordinary store; `Object.defineProperty` of a symbol cost 0.4–2 µs per state in V8.)
 */
class Stamp extends Base {
  #kind: StateKind;
  /** Whether the state's `status` is known to be the one its valuation gives (see `isSettled`). */
  #settled: boolean;

  private constructor(target: object, kind: StateKind, settled: boolean) {
    super(target);
    this.#kind = kind;
    this.#settled = settled;
  }

  static mark<T extends object>(target: T, kind: StateKind, settled: boolean): T {
    new Stamp(target, kind, settled);
    return target;
  }

  static kindOf(value: object): StateKind | undefined {
    return #kind in value ? (value as Stamp).#kind : undefined;
  }

  static isSettled(value: object): boolean {
    return #settled in value && (value as Stamp).#settled;
  }
}

/**
 * Marks a new state object as made by the library, of `kind`, and freezes it deeply (`freeze`:
 * how — the account kind's own, for a state built from a sealed one). `settled`: its `status` is
 * the one its valuation gives — a decision settled it, or it was checked — so a decision on it
 * need not value it again before anything changes.
 */
export function seal<T extends object>(state: T, kind: StateKind, settled = false, freeze: (state: T) => T = deepFreeze): T {
  return freeze(Stamp.mark(state, kind, settled));
}

/** Whether `state` was sealed as settled: its status is what its valuation gives (an evolved state may not be). */
export function isSettled(state: object): boolean {
  return Stamp.isSettled(state);
}

/** The kind of a state the library made, or `undefined` for anything else. */
export function kindOf(value: unknown): StateKind | undefined {
  return typeof value === 'object' && value !== null ? Stamp.kindOf(value) : undefined;
}

/** Whether `value` is a state the library made (see `seal`). */
export function isSealed(value: unknown): boolean {
  return kindOf(value) !== undefined;
}

/** Throws `INVALID_STATE` naming `field` unless `value` is a state the library made (of `kind`, when given). */
export function requireSealed(value: unknown, field: string, kind?: StateKind): void {
  const actual = kindOf(value);
  if (actual === undefined) {
    throw new MarginError('INVALID_STATE', `${field} must be an account state from createAccount, createFuturesAccount, accountFromJSON or execute, got ${shown(value)}`, { field, value: shown(value) });
  }
  if (kind !== undefined && actual !== kind) {
    const made = kind === 'margin' ? 'a margin account (createAccount)' : 'a futures account (createFuturesAccount)';
    throw new MarginError('INVALID_STATE', `${field} must be ${made}, got a ${actual} account`, { field, value: actual });
  }
}
