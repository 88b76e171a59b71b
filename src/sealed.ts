import { MarginError, shown } from './errors.js';
import { deepFreeze } from './freeze.js';

/**
 * States the library made carry this private mark (non-enumerable, so JSON, spreading and
 * equality never see it), whose value says the state's kind. Every state a caller got from the
 * library has passed the library's validation once — made by `createAccount` or
 * `createFuturesAccount`, restored by `accountFromJSON` (which checks every field and invariant),
 * or evolved from one of those — so commands on a marked state need not re-validate it; an object
 * without the mark is refused instead of being trusted for its shape.
 */
const SEALED = Symbol('margin-math.state');

/** The two account kinds: a spot margin account (loans) and a futures account (positions). */
export type StateKind = 'margin' | 'futures';

/** Marks a new state object as made by the library, of `kind`, and freezes it deeply. */
export function seal<T extends object>(state: T, kind: StateKind): T {
  return deepFreeze(mark(state, kind));
}

/** Marks a new state object as made by the library (without freezing it). */
function mark<T extends object>(state: T, kind: StateKind): T {
  Object.defineProperty(state, SEALED, { value: kind });
  return state;
}

/** The kind of a state the library made, or `undefined` for anything else. */
export function kindOf(value: unknown): StateKind | undefined {
  if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, SEALED)) return undefined;
  return (value as { [SEALED]: StateKind })[SEALED];
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
