import { scheduleOf } from './schedule.js';
import { toLoanWindow, type LoanWindowInput } from './loanWindow.js';

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
  const { from, to, since, clock } = toLoanWindow(input);
  if (clock.kind === 'continuous') return Object.freeze([]);
  const schedule = scheduleOf(clock);
  const start = since === undefined ? 0 : schedule.count(from, since);
  const end = schedule.count(from, to);
  const instants: number[] = [];
  for (let i = start; i < end; i++) instants.push(schedule.instant(from, i));
  return Object.freeze(instants);
}
