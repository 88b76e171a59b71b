import { zero, ONE, type Decimal } from '../decimal/constructor.js';
import { plus } from '../decimal/addition.js';
import { round } from '../decimal/round.js';
import type { AccountState } from './state.js';

/** The free balance of an asset (0 when never held). */
export function balanceOf(state: AccountState, asset: string): Decimal {
  return state.balances[asset] ?? zero();
}

/** Principal plus unpaid interest owed of an asset (0 without a loan). */
export function owedOf(state: AccountState, asset: string): Decimal {
  const loan = state.loans[asset];
  return loan === undefined ? zero() : plus(loan.principal, loan.interest);
}

/** Last price in the valuation asset; only the valuation asset itself has none, and it is 1. */
export function priceOf(state: AccountState, asset: string): Decimal {
  return state.prices[asset] ?? ONE;
}

/** A fill's trading fee, the asset that pays it, and the amount of that asset it is charged on. */
export interface FillFee {
  readonly fee: Decimal;
  readonly asset: string;
  readonly charged: Decimal;
}

/**
 * The fee of a fill of `quantity` base worth `value` quote, in the asset the account's `feeAsset`
 * names: a buy under `received` pays ⌈quantity × rate⌉ of base out of what it receives (Binance:
 * buying 10 ETH at 0.1% costs 0.01 ETH); otherwise ⌈value × rate⌉ of quote. Rounded up at 8 places.
 */
export function fillFee(state: AccountState, side: 'buy' | 'sell', base: string, quote: string, quantity: Decimal, value: Decimal): FillFee {
  const [asset, charged] = side === 'buy' && state.rules.feeAsset === 'received' ? [base, quantity] : [quote, value];
  return { fee: round(charged.times(state.rules.tradingFeeRate), 8, 'ceil'), asset, charged };
}
