import type { LoanWindow } from './loanWindow.js';
import { scheduleOf, type Schedule } from './schedule.js';

/**
 * The charges of a discrete clock that fall in a window: indices [start, end) of the loan's
 * charge sequence (`since` absent: from the first). `undefined` for the continuous clock.
 */
export function chargeRange(window: LoanWindow): { schedule: Schedule; start: number; end: number } | undefined {
  if (window.clock.kind === 'continuous') return undefined;
  const schedule = scheduleOf(window.clock);
  const start = window.since === undefined ? 0 : schedule.count(window.from, window.since);
  return { schedule, start, end: schedule.count(window.from, window.to) };
}
