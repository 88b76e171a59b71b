import { zero, ONE, type Decimal } from '../decimal/constructor.js';
import { compare } from '../decimal/compare.js';
import type { Rejection } from './commands.js';
import { reject } from './draft.js';
import { owedOf, priceOf } from './holdings.js';
import { MAX_TRANCHES, trancheCount } from './limits.js';
import type { AccountState } from './state.js';
import { shadowValuationOf, valuationOf } from './valuation.js';
import { approximate, certainSign } from '../decimal/approximation.js';

/**
 * Whether the leverage room certainly holds the borrow — value ≤ (A − L)(M − 1) − L, that is
 * A·M − L·M − A − value ≥ 0 — from float shadows beyond their error bound (the sign test the
 * status uses, [approximation.ts](../decimal/approximation.ts); every term a product of at most three shadows). `false` when
 * only the exact valuation can tell, or the borrow is beyond the room: the exact check then decides.
 */
function certainlyWithinRoom(state: AccountState, asset: string, amount: Decimal): boolean {
  const v = shadowValuationOf(state);
  const leverage = approximate(state.rules.maxLeverage);
  const value = approximate(amount) * approximate(priceOf(state, asset));
  const magnitude = (v.assetMagnitude + v.liabilities) * leverage + v.assetMagnitude + Math.abs(value);
  return certainSign(v.assets * leverage - v.liabilities * leverage - v.assets - value, magnitude) > 0;
}

/**
 * Why borrowing `amount` of `asset` now would break a limit ([docs/borrowing.md](../../docs/borrowing.md), in the valuation asset so
 * nothing divides): leverage room (net assets × (maxLeverage − 1) − liabilities), the coin limit on
 * principal owed, the last position tier's cap on the value owed (liability tiers), the pool's
 * remainder, and at most 500 open borrows in the account. `undefined` when it may be borrowed.
 */
export function borrowRejection(state: AccountState, asset: string, amount: Decimal, poolRemaining: Decimal | undefined): Rejection | undefined {
  if (state.rules.interest[asset] === undefined) {
    return reject('NOT_BORROWABLE', `${asset} cannot be borrowed in this account (no interest rule)`, { asset });
  }
  if (trancheCount(state) >= MAX_TRANCHES) {
    return reject('BORROW_LIMIT', `the account already has ${MAX_TRANCHES} open borrows; repay some first`, { asset, amount: amount.toFixed(), limitedBy: 'tranches', limit: String(MAX_TRANCHES) });
  }
  const limited = (limitedBy: string, limit: string) =>
    reject('BORROW_LIMIT', `borrowing ${amount.toFixed()} ${asset} exceeds the ${limitedBy} limit`, { asset, amount: amount.toFixed(), limitedBy, limit });
  if (!certainlyWithinRoom(state, asset, amount)) {
    const { assets, liabilities } = valuationOf(state);
    const room = assets.minus(liabilities).times(state.rules.maxLeverage.minus(ONE)).minus(liabilities);
    if (compare(amount.times(priceOf(state, asset)), room) > 0) return limited('leverage', room.toFixed());
  }
  const cap = state.rules.coinLimits[asset];
  const owed = state.loans[asset]?.principal ?? zero();
  if (cap !== undefined && compare(owed.plus(amount), cap) > 0) return limited('coinLimit', cap.minus(owed).toFixed());
  const tiers = state.rules.liabilityMaintenance?.tiers;
  const top = tiers !== undefined && Object.prototype.hasOwnProperty.call(tiers, asset) ? tiers[asset]?.notionalCap : undefined;
  // the tier table's last bracket ends at its cap: no debt of the asset beyond it (value owed, interest included)
  if (top !== undefined && owedOf(state, asset).plus(amount).times(priceOf(state, asset)).gt(top)) return limited('positionTier', top.toFixed());
  if (poolRemaining !== undefined && compare(amount, poolRemaining) > 0) return limited('pool', poolRemaining.toFixed());
  return undefined;
}
