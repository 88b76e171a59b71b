import type { Decimal } from '../decimal/constructor.js';
import { DEFAULT_SCALE, toScale } from '../decimal/round.js';
import { SHORT_SUM_ERROR } from '../decimal/certified.js';
import { shadowOfInput } from '../decimal/inputShadow.js';
import { SCAN } from '../decimal/parseDecimal.js';
import { chargeRange } from './chargeRange.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount, toRate } from '../decimal/validate.js';
import { readFields, toBoolean, type Shape } from '../input/shape.js';
import { toDiscounts, type RateDiscount } from './discounts.js';
import { certifiedChargeShadows, interestOver } from './interestOver.js';
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
export function accruedInterest(given: AccruedInterestInput): Decimal {
  const input = readFields(given, '', SHAPE, fieldsRead);
  return quickInterest(input) ?? exactInterest(input);
}

/** Every field of the input, read once (absent ones `undefined`). */
const fieldsRead = (v: AccruedInterestInput): AccruedInterestInput =>
  ({
    principal: v.principal,
    rate: v.rate,
    openingRate: v.openingRate,
    ratePeriodHours: v.ratePeriodHours,
    compounding: v.compounding,
    discounts: v.discounts,
    scale: v.scale,
    from: v.from,
    to: v.to,
    clock: v.clock,
    since: v.since,
  }) as AccruedInterestInput;

/**
 * The common case — simple interest on a clock with discrete charges, a daily or hourly rate, no
 * discount or opening rate — certified from the principal's and rate's shadows read in place
 * (`shadowOfInput`: no decimal is made of them), or `undefined`, for `exactInterest` to read the
 * inputs and answer: whatever this answers, that answers too (the same shadows, the same
 * certificate, `interestOver`). The window is read only once every field before it is known to
 * be valid, so its errors are the ones that path would give first; it throws nothing else.
 */
export function quickInterest(input: AccruedInterestInput): Decimal | undefined {
  const { scale, compounding } = input;
  const hours = input.ratePeriodHours ?? 24;
  // only the fields it takes (an option added later goes to the exact path until it is taken here)
  if (input.openingRate !== undefined || input.discounts !== undefined || (compounding !== undefined && compounding !== false) || (hours !== 24 && hours !== 1)) return undefined;
  // a scale the certificate's grid takes (up to 22 places); any other, valid or not, is read exactly
  if (scale !== undefined && !(Number.isInteger(scale) && scale >= 0 && scale <= 22)) return undefined;
  const scan = SCAN;
  const principal = shadowOfInput(input.principal, scan);
  const rate = shadowOfInput(input.rate, scan);
  if (!(principal >= 0 && rate >= 0)) return undefined;
  const range = chargeRange(toLoanWindow(input));
  if (range === undefined) return undefined;
  return certifiedChargeShadows(principal, rate, range.end - range.start, range.schedule.periodHours, hours, SHORT_SUM_ERROR, scale ?? DEFAULT_SCALE);
}

/** `accruedInterest` with every input read into a decimal (its shape checked already). */
export function exactInterest(input: AccruedInterestInput): Decimal {
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
