/**
 * The ccxt structures the adapters read — only the fields they use, as ccxt's manual documents them
 * (docs.ccxt.com, "Manual": the balance, borrow interest, borrow rate, leverage tiers, position and
 * funding rate structures). ccxt gives numbers as JavaScript numbers (or `undefined`); any other field
 * (`info`, …) is ignored. The shapes only: margin-math does not depend on ccxt.
 */

/** ccxt's balance structure (`fetchBalance`): `total` by currency, and/or per-currency `{ free, used, total }`. */
export interface CcxtBalance {
  readonly total?: Readonly<Record<string, number | string | undefined>>;
  readonly [currency: string]: unknown;
}

/** ccxt's borrow interest structure (`fetchBorrowInterest`). */
export interface CcxtBorrowInterest {
  /** The market the interest was accrued in (isolated margin), e.g. `'BTC/USDT'`. */
  readonly symbol?: string;
  /** The currency of the interest (and of the loan). */
  readonly currency?: string;
  /** The amount of interest charged. */
  readonly interest?: number | string;
  /** The borrow interest rate (per the venue's period). */
  readonly interestRate?: number | string;
  /** The amount of the currency borrowed. */
  readonly amountBorrowed?: number | string;
  /** `'cross'` or `'isolated'`. */
  readonly marginMode?: string;
  /** When the interest was charged, epoch ms. */
  readonly timestamp?: number;
  readonly datetime?: string;
  readonly info?: unknown;
}

/** ccxt's borrow rate structure (`fetchBorrowRate`, `fetchCrossBorrowRate(s)`). */
export interface CcxtBorrowRate {
  readonly currency?: string;
  /** A ratio of the rate that interest is accrued at. */
  readonly rate?: number | string;
  /** The time in milliseconds the rate accrues over (86400000: a daily rate). */
  readonly period?: number;
  readonly timestamp?: number;
}

/** One tier of ccxt's leverage tiers structure (`fetchLeverageTiers`, `fetchMarketLeverageTiers`). */
export interface CcxtLeverageTier {
  readonly tier?: number;
  readonly currency?: string;
  /** The lowest notional of the tier. */
  readonly minNotional?: number | string;
  /** The highest notional of the tier. */
  readonly maxNotional?: number | string;
  readonly maintenanceMarginRate?: number | string;
  readonly maxLeverage?: number | string;
}

/** ccxt's position structure (`fetchPositions`). */
export interface CcxtPosition {
  /** The unified symbol: `BASE/QUOTE:SETTLE` for a contract, `-YYMMDD` after it for a dated one. */
  readonly symbol?: string;
  /** `'long'` or `'short'`. */
  readonly side?: string;
  /** The number of contracts held. */
  readonly contracts?: number | string;
  /** The size of one contract (linear: in base; inverse: in quote). */
  readonly contractSize?: number | string;
  readonly entryPrice?: number | string;
  readonly markPrice?: number | string;
  readonly leverage?: number | string;
  /** `'cross'` or `'isolated'`. */
  readonly marginMode?: string;
  /** Whether trading the other way opens another position (hedge mode) rather than closing this one. */
  readonly hedged?: boolean;
}

/** ccxt's funding rate history structure (`fetchFundingRateHistory`). */
export interface CcxtFundingRateHistory {
  readonly symbol?: string;
  readonly fundingRate?: number | string;
  /** The funding instant, epoch ms. */
  readonly timestamp?: number;
}
