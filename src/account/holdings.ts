import { zero, ONE, type Decimal } from '../decimal/constructor.js';
import { round } from '../decimal/round.js';
import type { AccountState } from './state.js';

/** The free balance of an asset (0 when never held). */
export function balanceOf(state: AccountState, asset: string): Decimal {
  return state.balances[asset] ?? zero();
}

/** Principal plus unpaid interest owed of an asset (0 without a loan). */
export function owedOf(state: AccountState, asset: string): Decimal {
  const loan = state.loans[asset];
  return loan === undefined ? zero() : loan.principal.plus(loan.interest);
}

/** Last price in the valuation asset; only the valuation asset itself has none, and it is 1. */
export function priceOf(state: AccountState, asset: string): Decimal {
  return state.prices[asset] ?? ONE;
}

/** The trading fee on a fill's quote value: `tradingFeeRate` × value, rounded up at 8 places. */
export function tradingFee(state: AccountState, value: Decimal): Decimal {
  return round(value.times(state.rules.tradingFeeRate), 8, 'ceil');
}
