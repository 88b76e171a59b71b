import { D, ONE, type Decimal } from '../decimal/constructor.js';
import type { Rejection } from './commands.js';
import type { AccountState } from './state.js';
import { valuationOf } from './valuation.js';

/**
 * Why borrowing `amount` of `asset` now would break a limit (SPEC §3, in the valuation asset so
 * nothing divides): leverage room (net assets × (maxLeverage − 1) − liabilities), the coin limit on
 * principal owed, and the pool's remainder. `undefined` when it may be borrowed.
 */
export function borrowRejection(state: AccountState, asset: string, amount: Decimal, poolRemaining: Decimal | undefined): Rejection | undefined {
  if (state.rules.interest[asset] === undefined) {
    return { code: 'NOT_BORROWABLE', message: `${asset} cannot be borrowed in this account (no interest rule)`, details: { asset } };
  }
  const { assets, liabilities } = valuationOf(state);
  const room = assets.minus(liabilities).times(state.rules.maxLeverage.minus(ONE)).minus(liabilities);
  const value = amount.times(state.prices[asset] ?? ONE);
  const reject = (limitedBy: string, limit: string) => ({
    code: 'BORROW_LIMIT' as const,
    message: `borrowing ${amount.toFixed()} ${asset} exceeds the ${limitedBy} limit`,
    details: { asset, amount: amount.toFixed(), limitedBy, limit },
  });
  if (value.gt(room)) return reject('leverage', room.toFixed());
  const cap = state.rules.coinLimits[asset];
  const owed = state.loans[asset]?.principal ?? new D(0);
  if (cap !== undefined && owed.plus(amount).gt(cap)) return reject('coinLimit', cap.minus(owed).toFixed());
  if (poolRemaining !== undefined && amount.gt(poolRemaining)) return reject('pool', poolRemaining.toFixed());
  return undefined;
}
