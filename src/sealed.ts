import { MarginError, shown } from './errors.js';
import { deepFreeze } from './freeze.js';

/**
 * States the library made carry this private mark (non-enumerable, so JSON, spreading and
 * equality never see it). Every state a caller got from the library has passed the library's
 * validation once — made by `createAccount`, restored by `accountFromJSON` (which checks every
 * field and invariant), or evolved from one of those — so commands on a marked state need not
 * re-validate it; an object without the mark is refused instead of being trusted for its shape.
 */
const SEALED = Symbol('margin-math.state');

/** Marks a new state object as made by the library and freezes it deeply. */
export function seal<T extends object>(state: T): T {
  Object.defineProperty(state, SEALED, { value: true });
  return deepFreeze(state);
}

/** Whether `value` is a state the library made (see `seal`). */
export function isSealed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, SEALED);
}

/** Throws `INVALID_STATE` naming `field` unless `value` is a state the library made. */
export function requireSealed(value: unknown, field: string): void {
  if (!isSealed(value)) {
    throw new MarginError('INVALID_STATE', `${field} must be an account state from createAccount, accountFromJSON or execute, got ${shown(value)}`, { field, value: shown(value) });
  }
}
