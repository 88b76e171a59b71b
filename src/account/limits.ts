import { requireSealed } from '../sealed.js';
import type { AccountState } from './state.js';

/**
 * What one account may hold, so that every command on it stays cheap whatever was done to it
 * before ([docs/decisions/0011-input-contract.md](../../docs/decisions/0011-input-contract.md)): each command values every asset and accrues every
 * open borrow, and each coupon in force multiplies into the rate.
 */
export const MAX_ASSETS = 200;
/** Open borrows (tranches) of the whole account; a borrow beyond is refused (`BORROW_LIMIT`, limitedBy `tranches`). */
export const MAX_TRANCHES = 500;
/** Coupons of one asset a state holds (those whose window ended are dropped when the next is applied). */
export const MAX_COUPONS = 16;

/** How many open borrows (tranches) the account has, over all its loans. */
export function trancheCount(state: Pick<AccountState, 'loans'>): number {
  let count = 0;
  for (const asset in state.loans) if (Object.prototype.hasOwnProperty.call(state.loans, asset)) count += state.loans[asset]!.tranches.length;
  return count;
}

/** Throws `INVALID_STATE` unless `state` is an account state the library made (createAccount, accountFromJSON, evolve, execute). */
export function requireState(state: unknown, field = 'state'): asserts state is AccountState {
  requireSealed(state, field, 'margin');
}
