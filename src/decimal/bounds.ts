/**
 * How large and how fine a decimal the library reads ([docs/decisions/0011-input-contract.md](../../docs/decisions/0011-input-contract.md)).
 *
 * - `INPUT`: what a caller passes — amounts, prices, rates, limits, thresholds: at most 24 digits
 *   before the point and 24 after it (so |x| < 10^24 and a non-zero |x| ≥ 10^-24). That holds a
 *   meme coin's 10^15 supply to the wei (10^-18) — 33 significant digits — with room on both
 *   sides, and every rounded result of the library (scales go up to 24) can be passed back in.
 * - `STORED`: what a state, an event, a plan or a book holds. A balance can be a sum of products of
 *   inputs (a fill moves quantity × price of the quote; repaying everything buys what is owed at a
 *   price), so values read back from the library's own output get 90 digits either side: a product
 *   of three in-range inputs (72 places), summed up to 10^18 times.
 *
 * Beyond these, big.js's costs grow with the digits (a product of n-digit values is O(n²)) and an
 * exponent of 10^9 asks it for a billion digits; nothing in a real ledger needs more.
 */
export interface DecimalBudget {
  /** Digits before the decimal point: the value is below 10^integerDigits in magnitude. */
  readonly integerDigits: number;
  /** Digits after the decimal point. */
  readonly places: number;
}

export const INPUT: DecimalBudget = /* @__PURE__ */ Object.freeze({ integerDigits: 24, places: 24 });
export const STORED: DecimalBudget = /* @__PURE__ */ Object.freeze({ integerDigits: 90, places: 90 });

/**
 * A risk measure a state reports (8 places, toward risk): a ratio of two stored values can be as
 * large as their quotient.
 */
export const MEASURE: DecimalBudget = /* @__PURE__ */ Object.freeze({ integerDigits: 190, places: 24 });

/** The union of the budgets: any value the library itself may return. */
export const WIDEST: DecimalBudget = /* @__PURE__ */ Object.freeze({ integerDigits: 190, places: 90 });

/** The longest decimal string read at all (a WIDEST value written out, with sign, point and exponent). */
export const MAX_DECIMAL_TEXT = 300;

/** Whether a normalised big.js value (digits `c`, exponent `e`) fits the budget. */
export function fitsBudget(digits: number, exponent: number, isZero: boolean, budget: DecimalBudget): boolean {
  if (isZero) return true;
  return exponent < budget.integerDigits && digits - 1 - exponent <= budget.places;
}
