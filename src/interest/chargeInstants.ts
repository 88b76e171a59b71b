import { chargeRange } from './chargeRange.js';
import { toLoanWindow, type LoanWindowInput } from './loanWindow.js';

/** Input of `chargeInstants`: the loan window and the clock. */
export type ChargeInstantsInput = LoanWindowInput;

/**
 * The instants (epoch ms, ascending; repeated when two charges fall together, as Kraken's
 * opening fee and first rollover do) at which interest is charged for a loan taken at `from`,
 * up to `to` (exclusive). The `continuous` clock has no discrete charges and returns `[]`.
 * Formula page: docs/interest.md.
 *
 * @example
 * // Binance: borrowed 13:20, repaid 14:15 UTC → charged at 13:20 and 14:00
 * chargeInstants({ from: Date.UTC(2024, 0, 1, 13, 20), to: Date.UTC(2024, 0, 1, 14, 15), clock: { kind: 'clockHours' } })
 */
export function chargeInstants(input: ChargeInstantsInput): readonly number[] {
  const window = toLoanWindow(input);
  const range = chargeRange(window);
  if (range === undefined) return Object.freeze([]);
  const instants: number[] = [];
  for (let i = range.start; i < range.end; i++) instants.push(range.schedule.instant(window.from, i));
  return Object.freeze(instants);
}
