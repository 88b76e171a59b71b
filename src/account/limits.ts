import { requireSealed } from '../sealed.js';
import type { AccountState } from './state.js';

/**
 * What one account may hold, so that every command on it stays cheap whatever was done to it
 * before (docs/decisions/0011-input-contract.md): each command values every asset and accrues every
 * open borrow, and each coupon in force multiplies into the rate.
 */
export const MAX_ASSETS = 1_000;
/** Open borrows (tranches) of one asset; a borrow beyond is refused (`BORROW_LIMIT`, limitedBy `tranches`). */
export const MAX_TRANCHES = 1_000;
/** Coupons of one asset a state holds (those whose window ended are dropped when the next is applied). */
export const MAX_COUPONS = 16;

/** Throws `INVALID_STATE` unless `state` is an account state the library made (createAccount, accountFromJSON, evolve, execute). */
export function requireState(state: unknown, field = 'state'): asserts state is AccountState {
  requireSealed(state, field);
}
