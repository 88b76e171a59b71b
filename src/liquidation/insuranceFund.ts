import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';

/**
 * A margin insurance fund's ledger per asset: liquidation fees in, bad-debt payouts out.
 * `balances` = opening balance + fees − payouts; a negative balance means the fund paid out more
 * than it held (the service must top it up or socialise the loss). Deeply frozen.
 */
export interface InsuranceFund {
  /** The fund's balance of each asset: opening + fees − payouts. */
  readonly balances: Readonly<Record<string, Decimal>>;
  /** Liquidation fees received in each asset. */
  readonly feesIn: Readonly<Record<string, Decimal>>;
  /** Bad debt paid in each asset. */
  readonly payouts: Readonly<Record<string, Decimal>>;
}

/**
 * The events the fund reads: `LiquidationFeeCharged` (in) and `BadDebtCovered` (out), each with
 * an `asset` and an `amount`, and a futures account's `Liquidated` with its `fundDelta` (in when
 * positive, out when negative). Account events satisfy this shape; every other type is ignored, so
 * an account's whole event stream can be passed. Amounts may be decimals or decimal strings (JSON).
 */
export interface FundEvent {
  /** The event's type (`LiquidationFeeCharged`, `BadDebtCovered`, `Liquidated`; others ignored). */
  readonly type: string;
  /** The asset the amount is in. */
  readonly asset?: string;
  /** The fee received or the debt paid. */
  readonly amount?: DecimalInput;
  /** A futures liquidation's gain to the fund (negative: its payout). */
  readonly fundDelta?: DecimalInput;
}
