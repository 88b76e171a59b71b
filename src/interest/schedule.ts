import type { ResolvedClock } from './clock.js';

/**
 * A discrete clock's charges form a non-decreasing sequence of instants fixed by the borrow time
 * `from`, so the charges made by time `t` are always a prefix of the charges made by any later
 * time. `count(from, t)` is the length of that prefix and `instant(from, i)` its i-th element;
 * accruing over any split of a loan's life therefore counts every charge exactly once.
 */
export interface Schedule {
  /** Charges made for a loan taken at `from`, by time `to` (end-exclusive; borrow-time charges always). */
  count(from: number, to: number): number;
  /** The instant of charge `index` (0-based). */
  instant(from: number, index: number): number;
  /** Hours of interest each charge bills. */
  readonly periodHours: number;
}

/** The first boundary (a multiple of `periodMs` since the epoch, i.e. UTC-aligned) after `from`. */
function nextBoundary(from: number, periodMs: number): number {
  return Math.floor(from / periodMs) * periodMs + periodMs;
}

/** Boundaries b with from < b < to. */
function boundariesBetween(from: number, to: number, periodMs: number): number {
  const first = nextBoundary(from, periodMs);
  return to > first ? Math.ceil((to - first) / periodMs) : 0;
}

/** A clock that charges at instants (every kind but `continuous`). */
export type Discrete = Exclude<ResolvedClock, { kind: 'continuous' }>;
type ScheduleFactories = { readonly [K in Discrete['kind']]: (clock: Extract<Discrete, { kind: K }>) => Schedule };

/**
 * `scheduleOf(clock).count(from, to)` without building the schedule: what a state machine asks of
 * every tranche on every command (whether anything fell due), with nothing allocated.
 */
export function chargeCount(clock: Discrete, from: number, to: number): number {
  switch (clock.kind) {
    case 'clockHours':
      return 1 + boundariesBetween(from, to, clock.periodMs);
    case 'elapsedPeriods':
      return (clock.openingCharge ? 1 : 0) + Math.max(1, Math.ceil((to - from) / clock.periodMs));
    default:
      return boundariesBetween(from, to, clock.periodMs);
  }
}

const factories: ScheduleFactories = {
  clockHours: (clock) => ({
    periodHours: clock.periodHours,
    count: (from, to) => chargeCount(clock, from, to),
    instant: (from, index) => (index === 0 ? from : nextBoundary(from, clock.periodMs) + (index - 1) * clock.periodMs),
  }),
  elapsedPeriods: (clock) => {
    const opening = clock.openingCharge ? 1 : 0;
    return {
      periodHours: clock.periodHours,
      count: (from, to) => chargeCount(clock, from, to),
      instant: (from, index) => (index < opening ? from : from + (index - opening) * clock.periodMs),
    };
  },
  snapshots: (clock) => ({
    periodHours: clock.periodHours,
    count: (from, to) => chargeCount(clock, from, to),
    instant: (from, index) => nextBoundary(from, clock.periodMs) + index * clock.periodMs,
  }),
};

/**
 * How many of the loan's charges fall before instant `t` (any instant, ±Infinity included): 0 up to
 * the borrow time, since every charge is at or after it; `count` after it. Closed form, O(1).
 */
export function chargesBefore(schedule: Schedule, from: number, t: number): number {
  if (t <= from) return 0;
  if (t === Infinity) return Infinity;
  return schedule.count(from, t);
}

export function scheduleOf(clock: Discrete): Schedule {
  // The cast is the usual price of indexing a mapped handler table by a union's discriminant.
  return (factories[clock.kind] as (c: Discrete) => Schedule)(clock);
}
