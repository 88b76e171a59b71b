import { MarginError } from '../errors.js';
import { readShape, type Shape } from '../input/shape.js';
import type { AccruedInterestInput } from './accruedInterest.js';
import { chargeRange } from './chargeRange.js';
import { toLoanWindow, type LoanWindowInput } from './loanWindow.js';

/** Input of `chargeInstants`: the loan window and the clock. */
export type ChargeInstantsInput = LoanWindowInput;

/** The most instants one call lists: eleven years of hourly charges (800 kB). */
export const MAX_CHARGE_INSTANTS = 100_000;

// An `accruedInterest` input is a valid input here too (the loan's other fields are not read), so a
// UI can pass the same object to both.
const SHAPE: Shape<AccruedInterestInput> = { principal: true, rate: true, openingRate: true, ratePeriodHours: true, compounding: true, discounts: true, scale: true, from: true, to: true, clock: true, since: true };

/**
 * The instants (epoch ms, ascending; repeated when two charges fall together, as Kraken's
 * opening fee and first rollover do) at which interest is charged for a loan taken at `from`,
 * up to `to` (exclusive); an `accruedInterest` input is accepted as it is. The `continuous` clock has no discrete charges and returns `[]`. A window
 * holding more than 100,000 charges throws `INVALID_TIME_RANGE` (ask for a narrower one; counting
 * them is what `accruedInterest` does in closed form). Formula page: [docs/interest.md](../../docs/interest.md).
 *
 * @example
 * // Binance: borrowed 13:20, repaid 14:15 UTC → charged at 13:20 and 14:00
 * chargeInstants({ from: Date.UTC(2024, 0, 1, 13, 20), to: Date.UTC(2024, 0, 1, 14, 15), clock: { kind: 'clockHours' } })
 */
export function chargeInstants(given: ChargeInstantsInput): readonly number[] {
  const input: ChargeInstantsInput = readShape(given as AccruedInterestInput, '', SHAPE);
  const window = toLoanWindow(input);
  const range = chargeRange(window);
  if (range === undefined) return Object.freeze([]);
  if (range.end - range.start > MAX_CHARGE_INSTANTS) {
    throw new MarginError('INVALID_TIME_RANGE', `the window holds ${range.end - range.start} charges; chargeInstants lists at most ${MAX_CHARGE_INSTANTS}`, {
      field: 'to',
      value: String(window.to),
    });
  }
  const instants: number[] = [];
  for (let i = range.start; i < range.end; i++) instants.push(range.schedule.instant(window.from, i));
  return Object.freeze(instants);
}
