import { toClock, type InterestClock, type ResolvedClock } from './clock.js';
import { requireOrdered, toEpochMs } from '../input/instant.js';

/** What `chargeInstants` and `accruedInterest` share: a loan's life and the part of it asked about. */
export interface LoanWindowInput {
  /** Borrow time, epoch ms: the clock's charges are fixed relative to it. */
  readonly from: number;
  /** End of the window, epoch ms, exclusive: a charge falling exactly on `to` is not made. */
  readonly to: number;
  /** When the venue charges (`clockHours`, `elapsedPeriods`, `snapshots`, `continuous`). */
  readonly clock: InterestClock;
  /**
   * Count only the charges made after this time (epoch ms, `from ≤ since ≤ to`): those with
   * instants at or after `since`, never the borrow-time ones. Accruing in pieces
   * `[from, t1)`, `since t1 to t2`, … counts every charge exactly once. Absent: every charge.
   */
  readonly since?: number;
}

export interface LoanWindow {
  readonly from: number;
  readonly to: number;
  /** `from` when `since` is absent (the borrow-time charges included), else `since`. */
  readonly since: number | undefined;
  readonly clock: ResolvedClock;
}

export function toLoanWindow(input: LoanWindowInput): LoanWindow {
  return loanWindowOf(input.from, input.to, input.since, input.clock);
}

/** `toLoanWindow` of the four fields, each read once already. */
export function loanWindowOf(givenFrom: unknown, givenTo: unknown, givenSince: unknown, clock: unknown): LoanWindow {
  const from = toEpochMs(givenFrom, 'from');
  const to = toEpochMs(givenTo, 'to');
  requireOrdered(from, 'from', to, 'to');
  let since: number | undefined;
  if (givenSince !== undefined) {
    since = toEpochMs(givenSince, 'since');
    requireOrdered(from, 'from', since, 'since');
    requireOrdered(since, 'since', to, 'to');
  }
  return { from, to, since, clock: toClock(clock as InterestClock) };
}
