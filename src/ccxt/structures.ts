/**
 * The ccxt structures the adapters read — only the fields they use, as ccxt's manual documents them
 * (docs.ccxt.com, "Manual": the balance, borrow interest, borrow rate, leverage tiers, position and
 * funding rate structures). ccxt gives numbers as JavaScript numbers (or `undefined`); any other field
 * (`info`, …) is ignored. The shapes only: margin-math does not depend on ccxt.
 */

/** ccxt's balance structure (`fetchBalance`): `total` by currency, and/or per-currency `{ free, used, total }`. */
export interface CcxtBalance {
  /** What is held of each currency (free + used); a per-currency `{ total, debt }` is read where this is absent. */
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
  /** The same instant as ISO 8601 (not read). */
  readonly datetime?: string;
  /** The venue's raw response (not read). */
  readonly info?: unknown;
}

/** ccxt's borrow rate structure (`fetchBorrowRate`, `fetchCrossBorrowRate(s)`). */
export interface CcxtBorrowRate {
  /** The currency the rate is for. */
  readonly currency?: string;
  /** A ratio of the rate that interest is accrued at. */
  readonly rate?: number | string;
  /** The time in milliseconds the rate accrues over (86400000: a daily rate). */
  readonly period?: number;
  /** When the rate was published, epoch ms (not read). */
  readonly timestamp?: number;
}

/** One tier of ccxt's leverage tiers structure (`fetchLeverageTiers`, `fetchMarketLeverageTiers`). */
export interface CcxtLeverageTier {
  /** The tier's number, from 1 (not read: the order is the notional's). */
  readonly tier?: number;
  /** The currency notionals are in (not read). */
  readonly currency?: string;
  /** The lowest notional of the tier. */
  readonly minNotional?: number | string;
  /** The highest notional of the tier. */
  readonly maxNotional?: number | string;
  /** The tier's maintenance margin rate. */
  readonly maintenanceMarginRate?: number | string;
  /** The tier's highest leverage. */
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
  /** The average entry price. */
  readonly entryPrice?: number | string;
  /** The mark price when fetched. */
  readonly markPrice?: number | string;
  /** The position's leverage. */
  readonly leverage?: number | string;
  /** `'cross'` or `'isolated'`. */
  readonly marginMode?: string;
  /** Whether trading the other way opens another position (hedge mode) rather than closing this one. */
  readonly hedged?: boolean;
}

/** ccxt's funding rate history structure (`fetchFundingRateHistory`). */
export interface CcxtFundingRateHistory {
  /** The contract's unified symbol (`BTC/USDT:USDT`). */
  readonly symbol?: string;
  /** The rate settled at `timestamp` (positive: longs pay). */
  readonly fundingRate?: number | string;
  /** The funding instant, epoch ms. */
  readonly timestamp?: number;
}
