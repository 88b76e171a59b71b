import type { Decimal } from '../decimal/constructor.js';
import { toScale } from '../decimal/round.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount, toRate } from '../decimal/validate.js';
import { requireShape, toBoolean, type Shape } from '../input/shape.js';
import { toDiscounts, type RateDiscount } from './discounts.js';
import { interestOver } from './interestOver.js';
import { toLoanWindow, type LoanWindowInput } from './loanWindow.js';
import { toRatePeriodHours } from './toRatePeriodHours.js';

/** Input of `accruedInterest`: a loan, its rate per `ratePeriodHours`, the window and the venue's clock ([docs/interest.md](../../docs/interest.md)). */
export interface AccruedInterestInput extends LoanWindowInput {
  /** The amount borrowed, in the borrowed asset. */
  readonly principal: DecimalInput;
  /** Interest rate per `ratePeriodHours` (a daily rate of 0.02% is `'0.0002'`). */
  readonly rate: DecimalInput;
  /**
   * The rate of the first charge, the one made at the borrow, when it differs from `rate` (Kraken's
   * opening fee against its rollover rate). Clocks with a charge at the borrow only (`clockHours`,
   * `elapsedPeriods`). Default `rate`.
   */
  readonly openingRate?: DecimalInput;
  /** Hours the rate is quoted for. Default 24 (venues quote daily rates); hourly rates use 1. */
  readonly ratePeriodHours?: number;
  /** Capitalise each charge into the principal for the next one (Crypto.com). Default false. At most 50,000 charges. */
  readonly compounding?: boolean;
  /** Up to 16 discount windows. */
  readonly discounts?: readonly RateDiscount[];
  /** Decimal places of the result, default 8. Interest rounds `ceil` (against the borrower). */
  readonly scale?: number;
}

const SHAPE: Shape<AccruedInterestInput> = { principal: true, rate: true, openingRate: true, ratePeriodHours: true, compounding: true, discounts: true, scale: true, from: true, to: true, clock: true, since: true };

/**
 * Interest a loan owes for the charges its clock makes in the window: each charge bills
 * `principal × rate × periodHours / ratePeriodHours` (times any discount multiplier in force at
 * its instant). Simple interest is summed exactly and rounded `ceil` once at `scale`, counting the
 * charges in closed form (the cost does not grow with the span); with `compounding` each charge is
 * rounded `ceil` as it is posted and joins the principal (at most 50,000 charges in one call, and a debt below 10^90).
 * Formula page: [docs/interest.md](../../docs/interest.md).
 *
 * @example
 * // Bitget: 10,000 USDT at a daily 0.0126279%, 00:10 → 02:30 UTC, three hourly charges
 * accruedInterest({ principal: '10000', rate: '0.000126279', from: Date.UTC(2024, 0, 1, 0, 10),
 *   to: Date.UTC(2024, 0, 1, 2, 30), clock: { kind: 'clockHours' } }) // → Big('0.15784875')
 */
export function accruedInterest(input: AccruedInterestInput): Decimal {
  requireShape(input, '', SHAPE);
  return interestOver({
    principal: toAmount(input.principal, 'principal'),
    rate: toRate(input.rate, 'rate'),
    ...(input.openingRate !== undefined && { openingRate: toRate(input.openingRate, 'openingRate') }),
    ratePeriodHours: toRatePeriodHours(input.ratePeriodHours),
    discounts: toDiscounts(input.discounts),
    scale: toScale(input.scale),
    window: toLoanWindow(input),
    compounding: toBoolean(input.compounding, 'compounding', false),
  });
}
