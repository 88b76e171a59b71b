import { D, ONE, zero, type Decimal } from '../decimal/constructor.js';
import { STORED } from '../decimal/bounds.js';
import { divide } from '../decimal/divide.js';
import { multiply } from '../decimal/multiply.js';
import { digitsOf, exponentOf, fromScaledInteger, fromScaledNumber, powerOfTen } from '../decimal/scaledInteger.js';
import { certifiedQuotient, isShort, shadow, SHORT_SUM_ERROR, SUM_ERROR } from '../decimal/certified.js';
import { MarginError } from '../errors.js';
import { chargeRange } from './chargeRange.js';
import { HOUR_MS } from './clock.js';
import { discountPieces, multiplierAt, weightedDuration, type ResolvedDiscount } from './discounts.js';
import type { LoanWindow } from './loanWindow.js';
import { chargesBefore, type Schedule } from './schedule.js';

/**
 * Compounding posts charge by charge (each rounded as the venue rounds it), so its cost grows with
 * the number of charges: at most this many in one call — over five years of hourly charges. Simple
 * interest and discounts are counted in closed form, whatever the span.
 */
export const MAX_COMPOUNDING_CHARGES = 50_000;

/** A loan's interest inputs, validated. */
export interface LoanInterest {
  readonly principal: Decimal;
  readonly rate: Decimal;
  /** The first charge's rate (the one at the borrow), when it differs. */
  readonly openingRate?: Decimal | undefined;
  readonly ratePeriodHours: Decimal;
  readonly discounts: readonly ResolvedDiscount[];
  readonly scale: number;
  readonly window: LoanWindow;
  readonly compounding: boolean;
}

/** `accruedInterest` on validated inputs (the account's interest runs through here too). */
export function interestOver(loan: LoanInterest): Decimal {
  const { principal, rate, ratePeriodHours, discounts, scale, window } = loan;
  if (loan.openingRate !== undefined && (window.clock.kind === 'continuous' || window.clock.kind === 'snapshots')) {
    throw new MarginError('INVALID_CLOCK', `openingRate needs a charge at the borrow; the ${window.clock.kind} clock makes none`, { field: 'openingRate', clock: window.clock.kind });
  }
  const range = chargeRange(window);
  if (range === undefined) {
    if (loan.compounding) {
      throw new MarginError('INVALID_CLOCK', 'compounding needs discrete charges; the continuous clock has none', { field: 'compounding', clock: 'continuous' });
    }
    // principal × rate × (ms × multiplier) / (ratePeriodHours × 3,600,000): one division, at the end.
    const numerator = principal.times(rate).times(weightedDuration(discounts, window.since ?? window.from, window.to));
    return divide(numerator, ratePeriodHours.times(HOUR_MS), scale, 'ceil');
  }
  const { schedule, start, end } = range;
  // an internal operand, never returned: the shared 1 for hourly clocks
  const billedHours = schedule.periodHours === 1 ? ONE : new D(schedule.periodHours);
  if (loan.compounding) return compounded(loan, schedule, billedHours, start, end);
  if (discounts.length === 0 && loan.openingRate === undefined) {
    // The common case certified from float64 first; the exact product decides whatever that cannot.
    const fast = certifiedCharges(principal, rate, end - start, schedule.periodHours, ratePeriodHours, scale);
    if (fast !== undefined) return fast;
  }
  const charges = chargeWeight(schedule, window.from, start, end, discounts);
  let rated = multiply(rate, charges);
  if (loan.openingRate !== undefined && start === 0 && end > 0) {
    // the first charge bills the opening rate instead: rate × W + (opening − rate) × its multiplier
    rated = rated.plus(loan.openingRate.minus(rate).times(multiplierAt(discounts, window.from)));
  }
  return divide(multiply(multiply(principal, rated), billedHours), ratePeriodHours, scale, 'ceil');
}

/** The charges [start, end) cut by the discount pieces: each piece's share of them and its multiplier. */
function chargePieces(schedule: Schedule, from: number, start: number, end: number, discounts: readonly ResolvedDiscount[]): { count: number; multiplier: Decimal | undefined }[] {
  if (discounts.length === 0) return [{ count: end - start, multiplier: undefined }];
  const clamp = (n: number) => Math.min(Math.max(n, start), end);
  return discountPieces(discounts)
    .map((piece) => ({ count: clamp(chargesBefore(schedule, from, piece.end)) - clamp(chargesBefore(schedule, from, piece.start)), multiplier: piece.multiplier }))
    .filter((piece) => piece.count > 0);
}

/** Σ of the discount multipliers over charges [start, end): the plain count when no discount applies. */
function chargeWeight(schedule: Schedule, from: number, start: number, end: number, discounts: readonly ResolvedDiscount[]): Decimal {
  if (discounts.length === 0) return new D(end - start);
  let weight = zero();
  for (const { count, multiplier } of chargePieces(schedule, from, start, end, discounts)) weight = weight.plus(multiplier === undefined ? count : multiplier.times(count));
  return weight;
}

/**
 * Each charge is posted as the venue posts it — rounded `ceil` at `scale` — and added to the
 * principal the next charge bills. Charges before `start` run too (they grew the principal) but
 * are not part of the result, so accruing in pieces sums to accruing once. Done on integers: owed
 * in units of 10^-p (p = the principal's places or `scale`, whichever is more), each charge
 * ceil(owed × rate × hours × multiplier / ratePeriodHours) in units of 10^-scale.
 */
function compounded(loan: LoanInterest, schedule: Schedule, billedHours: Decimal, start: number, end: number): Decimal {
  if (end > MAX_COMPOUNDING_CHARGES) {
    throw new MarginError('INVALID_TIME_RANGE', `compounding over ${end} charges; at most ${MAX_COMPOUNDING_CHARGES} in one call`, { field: 'to', value: String(loan.window.to) });
  }
  const { principal, scale } = loan;
  const places = Math.max(scale, -exponentOf(principal));
  const step = powerOfTen(places - scale); // one unit of 10^-scale in units of 10^-places
  let owed = digitsOf(principal) * powerOfTen(places + exponentOf(principal));
  const perCharge = loan.rate.times(billedHours);
  const ratePeriod = digitsOf(loan.ratePeriodHours);
  // The debt may not grow past the stored budget (10^90): beyond it, every charge would cost more digits.
  const ceiling = powerOfTen(STORED.integerDigits + places);
  let interest = 0n;
  let index = 0;
  // the opening charge (index 0) bills its own rate: a piece of its own
  const pieces = chargePieces(schedule, loan.window.from, 0, end, loan.discounts).flatMap((piece, p) =>
    loan.openingRate !== undefined && p === 0 && piece.count > 0
      ? [{ count: 1, multiplier: piece.multiplier, opening: true }, { count: piece.count - 1, multiplier: piece.multiplier, opening: false }]
      : [{ ...piece, opening: false }],
  );
  const openingPerCharge = loan.openingRate?.times(billedHours);
  for (const { count, multiplier, opening } of pieces) {
    // charge = ceil(owed × c / (R × 10^(places − scale))), c = perCharge × multiplier = N × 10^x, ratePeriodHours = R × 10^y
    const base = opening && openingPerCharge !== undefined ? openingPerCharge : perCharge;
    const c = multiplier === undefined ? base : base.times(multiplier);
    if (c.c[0] === 0) {
      index += count;
      continue;
    }
    const shift = exponentOf(c) - exponentOf(loan.ratePeriodHours) - (places - scale);
    const top = digitsOf(c) * (shift > 0 ? powerOfTen(shift) : 1n);
    const bottom = ratePeriod * (shift < 0 ? powerOfTen(-shift) : 1n);
    const roundUp = bottom - 1n; // ceil(p / b) = ⌊(p + b − 1) / b⌋ for p ≥ 0
    // Kept as n = owed × top and the next charge q = ceil(n / bottom) with its remainder
    // rem = q × bottom − n ∈ [0, bottom). Posting q adds q × step × top to n, so the next charge is
    // q + ceil(m / bottom) for m = q × step × top − rem: one division of the small m at most — none
    // when m ≤ bottom, as for any rate that does not double the debt in one charge — instead of one
    // of the whole product per charge. The charges counted are n's growth over them, divided back.
    const stepTop = step * top;
    const limit = ceiling * top;
    let n = owed * top;
    let q = (n + roundUp) / bottom;
    let rem = q * bottom - n;
    let counted = index >= start ? n : -1n;
    for (let i = 0; i < count; i++, index++) {
      if (index === start) counted = n;
      const posted = stepTop === 1n ? q : q * stepTop;
      n += posted;
      if (n >= limit) {
        throw new MarginError('INVALID_RATE', `compounding at this rate grows the debt past 10^${STORED.integerDigits} within ${index + 1} charges`, { field: 'rate', value: loan.rate.toFixed() });
      }
      const m = posted - rem;
      if (m <= 0n) {
        rem = -m;
      } else if (m <= bottom) {
        q += 1n;
        rem = bottom - m;
      } else {
        const more = (m + roundUp) / bottom;
        q += more;
        rem = more * bottom - m;
      }
    }
    if (counted >= 0n) interest += (n - counted) / stepTop;
    owed = n / top;
  }
  return fromScaledInteger(interest, scale, false);
}

/**
 * ceil(principal × rate × charges × billed hours / ratePeriodHours) at `scale` places certified from
 * float64 (no charges: 0), or `undefined` when only the exact product can tell
 * ([docs/decisions/0019-certified-results.md](../../docs/decisions/0019-certified-results.md)).
 */
function certifiedCharges(principal: Decimal, rate: Decimal, charges: number, billedHours: number, ratePeriodHours: Decimal, scale: number): Decimal | undefined {
  const error = isShort(principal) && isShort(rate) && isShort(ratePeriodHours) ? SHORT_SUM_ERROR : SUM_ERROR;
  return certifiedChargeShadows(shadow(principal), shadow(rate), charges, billedHours, shadow(ratePeriodHours), error, scale);
}

/**
 * `certifiedCharges` on the shadows of principal, rate and rate period themselves, with the relative
 * error bound of their product (`SHORT_SUM_ERROR` when each is short): for callers that read their
 * inputs as shadows. Positional, as the other certified kernels are, on the same kind of hot path.
 */
export function certifiedChargeShadows(principal: number, rate: number, charges: number, billedHours: number, ratePeriodHours: number, error: number, scale: number): Decimal | undefined {
  if (charges === 0) return fromScaledNumber(0, scale);
  const n = principal * rate * charges * billedHours;
  return certifiedQuotient(n, Math.abs(n) * error, ratePeriodHours, Math.abs(ratePeriodHours) * error, scale, 'ceil');
}
