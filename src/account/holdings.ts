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

/** A fill's trading fee and the asset that pays it. */
export interface FillFee {
  readonly fee: Decimal;
  readonly asset: string;
}

/**
 * The fee of a fill of `quantity` base worth `value` quote, in the asset the account's `feeAsset`
 * names: a buy under `received` pays ⌈quantity × rate⌉ of base out of what it receives (Binance:
 * buying 10 ETH at 0.1% costs 0.01 ETH); otherwise ⌈value × rate⌉ of quote. Rounded up at 8 places.
 */
export function fillFee(state: AccountState, side: 'buy' | 'sell', base: string, quote: string, quantity: Decimal, value: Decimal): FillFee {
  if (side === 'buy' && state.rules.feeAsset === 'received') return { fee: round(quantity.times(state.rules.tradingFeeRate), 8, 'ceil'), asset: base };
  return { fee: tradingFee(state, value), asset: quote };
}
