import type { Decimal } from '../decimal/constructor.js';
import { DEFAULT_SCALE, toScale } from '../decimal/round.js';
import { SHORT_SUM_ERROR } from '../decimal/certified.js';
import { shadowOfInput } from '../decimal/inputShadow.js';
import { SCAN } from '../decimal/parseDecimal.js';
import { chargeRange } from './chargeRange.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount, toRate } from '../decimal/validate.js';
import { requireShape, toBoolean, type Covers, type IsTrue, type ReadFields, type Shape } from '../input/shape.js';
import { toDiscounts, type RateDiscount } from './discounts.js';
import { certifiedChargeShadows, interestOver } from './interestOver.js';
import { loanWindowOf, toLoanWindow, type LoanWindowInput } from './loanWindow.js';
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
  requireShape(given, '', SHAPE);
  return fromFields(given, true);
}

/**
 * The common case — simple interest on a clock with discrete charges, a daily or hourly rate, no
 * discount or opening rate — as `accruedInterest` takes it first, on an input object whose names
 * are checked: certified from the inputs' shadows, or `undefined` for the exact path.
 */
export function quickInterest(input: AccruedInterestInput): Decimal | undefined {
  return fromFields(input, false);
}

/**
 * Each field read once: the shortcut takes the values; when it declines, the exact path an object
 * made of them (`exact`), or `undefined`.
 */
function fromFields(given: AccruedInterestInput, exact: true): Decimal;
function fromFields(given: AccruedInterestInput, exact: false): Decimal | undefined;
function fromFields(given: AccruedInterestInput, exact: boolean): Decimal | undefined {
  const { principal, rate, openingRate, ratePeriodHours, compounding, discounts, scale, from, to, clock, since } = given;
  // the shortcut only with none of the fields it declines on (`DeclinedFields`, each tested here)
  if (openingRate === undefined && discounts === undefined) {
    const quick = quickCharges(principal, rate, ratePeriodHours, compounding, scale, from, to, clock, since);
    if (quick !== undefined) return quick;
  }
  if (!exact) return undefined;
  const input: ReadFields<AccruedInterestInput> = { principal, rate, openingRate, ratePeriodHours, compounding, discounts, scale, from, to, clock, since };
  return exactInterest(input as AccruedInterestInput);
}

/**
 * The shortcut on the fields it takes, certified from the principal's and rate's shadows read in
 * place (`shadowOfInput`: no decimal is made of them), or `undefined`, for `exactInterest` to read
 * the inputs and answer: whatever this answers, that answers too (the same shadows, the same
 * certificate, `interestOver`). The window is read only once every field before it is known to
 * be valid, so its errors are the ones that path would give first; it throws nothing else.
 */
function quickCharges(principal: unknown, rate: unknown, ratePeriodHours: unknown, compounding: unknown, scale: unknown, from: unknown, to: unknown, clock: unknown, since: unknown): Decimal | undefined {
  const hours = ratePeriodHours ?? 24;
  if ((compounding !== undefined && compounding !== false) || (hours !== 24 && hours !== 1)) return undefined;
  // a scale the certificate's grid takes (up to 22 places); any other, valid or not, is read exactly
  if (scale !== undefined && !(Number.isInteger(scale) && (scale as number) >= 0 && (scale as number) <= 22)) return undefined;
  const scan = SCAN;
  const principalShadow = shadowOfInput(principal, scan);
  const rateShadow = shadowOfInput(rate, scan);
  if (!(principalShadow >= 0 && rateShadow >= 0)) return undefined;
  const range = chargeRange(loanWindowOf(from, to, since, clock));
  if (range === undefined) return undefined;
  return certifiedChargeShadows(principalShadow, rateShadow, range.end - range.start, range.schedule.periodHours, hours, SHORT_SUM_ERROR, (scale as number | undefined) ?? DEFAULT_SCALE);
}

/** The fields the shortcut takes, and those it declines on: a field added to the input and in neither is a compile error. */
type QuickFields = 'principal' | 'rate' | 'ratePeriodHours' | 'compounding' | 'scale' | 'from' | 'to' | 'clock' | 'since';
type DeclinedFields = 'openingRate' | 'discounts';
export type InterestShortcutCovers = IsTrue<Covers<AccruedInterestInput, QuickFields, DeclinedFields>>;

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
