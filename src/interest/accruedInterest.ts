import { D, type Decimal } from '../decimal/constructor.js';
import { divide } from '../decimal/divide.js';
import { toScale } from '../decimal/round.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount, toRate } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { HOUR_MS } from './clock.js';
import { multiplierAt, toDiscounts, weightedDuration, type RateDiscount, type ResolvedDiscount } from './discounts.js';
import { toLoanWindow, type LoanWindowInput } from './loanWindow.js';
import { toRatePeriodHours } from './toRatePeriodHours.js';
import type { Schedule } from './schedule.js';
import { chargeRange } from './chargeRange.js';

/** Input of `accruedInterest`: a loan, its rate per `ratePeriodHours`, the window and the venue's clock (docs/interest.md). */
export interface AccruedInterestInput extends LoanWindowInput {
  /** The amount borrowed, in the borrowed asset. */
  readonly principal: DecimalInput;
  /** Interest rate per `ratePeriodHours` (a daily rate of 0.02% is `'0.0002'`). */
  readonly rate: DecimalInput;
  /** Hours the rate is quoted for. Default 24 (venues quote daily rates); hourly rates use 1. */
  readonly ratePeriodHours?: number;
  /** Capitalise each charge into the principal for the next one (Crypto.com). Default false. */
  readonly compounding?: boolean;
  readonly discounts?: readonly RateDiscount[];
  /** Decimal places of the result, default 8. Interest rounds `ceil` (against the borrower). */
  readonly scale?: number;
}

/**
 * Interest a loan owes for the charges its clock makes in the window: each charge bills
 * `principal × rate × periodHours / ratePeriodHours` (times any discount multiplier in force at
 * its instant). Simple interest is summed exactly and rounded `ceil` once at `scale`; with
 * `compounding` each charge is rounded `ceil` as it is posted and joins the principal.
 * Formula page: docs/interest.md.
 *
 * @example
 * // Bitget: 10,000 USDT at a daily 0.0126279%, 00:10 → 02:30 UTC, three hourly charges
 * accruedInterest({ principal: '10000', rate: '0.000126279', from: Date.UTC(2024, 0, 1, 0, 10),
 *   to: Date.UTC(2024, 0, 1, 2, 30), clock: { kind: 'clockHours' } }) // → Big('0.15784875')
 */
export function accruedInterest(input: AccruedInterestInput): Decimal {
  const principal = toAmount(input.principal, 'principal');
  const rate = toRate(input.rate, 'rate');
  const ratePeriodHours = toRatePeriodHours(input.ratePeriodHours);
  const discounts = toDiscounts(input.discounts);
  const scale = toScale(input.scale);
  const window = toLoanWindow(input);
  const { from, to, since } = window;
  const compounding = input.compounding === true;
  const range = chargeRange(window);

  if (range === undefined) {
    if (compounding) {
      throw new MarginError('INVALID_CLOCK', 'compounding needs discrete charges; the continuous clock has none', {
        field: 'compounding',
        clock: 'continuous',
      });
    }
    const start = since ?? from;
    // principal × rate × (ms × multiplier) / (ratePeriodHours × 3,600,000): one division, at the end.
    const numerator = principal.times(rate).times(weightedDuration(discounts, start, to));
    return divide(numerator, ratePeriodHours.times(HOUR_MS), scale, 'ceil');
  }

  const { schedule, start, end } = range;
  const billedHours = new D(schedule.periodHours);
  if (compounding) {
    return compounded({ principal, rate, billedHours, ratePeriodHours, scale, schedule, from, start, end, discounts });
  }
  const charges = chargeWeight(schedule, from, start, end, discounts);
  return divide(principal.times(rate).times(billedHours).times(charges), ratePeriodHours, scale, 'ceil');
}

/** Σ of the discount multipliers over charges [start, end): the plain count when no discount applies. */
function chargeWeight(schedule: Schedule, from: number, start: number, end: number, discounts: readonly ResolvedDiscount[]): Decimal {
  if (discounts.length === 0) return new D(end - start);
  let weight = new D(0);
  for (let i = start; i < end; i++) weight = weight.plus(multiplierAt(discounts, schedule.instant(from, i)));
  return weight;
}

interface CompoundingRun {
  readonly principal: Decimal;
  readonly rate: Decimal;
  readonly billedHours: Decimal;
  readonly ratePeriodHours: Decimal;
  readonly scale: number;
  readonly schedule: Schedule;
  readonly from: number;
  readonly start: number;
  readonly end: number;
  readonly discounts: readonly ResolvedDiscount[];
}

/**
 * Each charge is posted as the venue posts it — rounded `ceil` at `scale` — and added to the
 * principal the next charge bills. Charges before `start` run too (they grew the principal) but
 * are not part of the result, so accruing in pieces sums to accruing once.
 */
function compounded(run: CompoundingRun): Decimal {
  const perCharge = run.rate.times(run.billedHours);
  let owed = run.principal;
  let interest = new D(0);
  for (let i = 0; i < run.end; i++) {
    const multiplier = multiplierAt(run.discounts, run.schedule.instant(run.from, i));
    const charge = divide(owed.times(perCharge).times(multiplier), run.ratePeriodHours, run.scale, 'ceil');
    owed = owed.plus(charge);
    if (i >= run.start) interest = interest.plus(charge);
  }
  return interest;
}
