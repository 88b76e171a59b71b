import { MarginError } from '../errors.js';

/**
 * When a venue charges interest (docs/interest.md, "Clocks"):
 * - `clockHours`: once at borrow time, then at every UTC hour boundary (Bitget, Binance, Bybit);
 * - `elapsedPeriods`: one charge per started period since the loan, at least one, plus an optional
 *   opening charge at borrow (MEXC: 1 h; Kraken: 4 h with an opening fee);
 * - `snapshots`: only at UTC period boundaries strictly inside the loan, nothing at borrow (OKX);
 * - `continuous`: pro rata to the millisecond (DeFi-style accrual).
 */
export type InterestClock =
  | { readonly kind: 'clockHours' }
  | { readonly kind: 'elapsedPeriods'; readonly periodHours?: number; readonly openingCharge?: boolean }
  | { readonly kind: 'snapshots'; readonly periodHours?: number }
  | { readonly kind: 'continuous' };

export type ClockKind = InterestClock['kind'];

export const HOUR_MS = 3_600_000;

/** A validated clock: every field present, periods in whole milliseconds. */
export type ResolvedClock =
  | { readonly kind: 'clockHours'; readonly periodHours: 1; readonly periodMs: typeof HOUR_MS }
  | { readonly kind: 'elapsedPeriods'; readonly periodHours: number; readonly periodMs: number; readonly openingCharge: boolean }
  | { readonly kind: 'snapshots'; readonly periodHours: number; readonly periodMs: number }
  | { readonly kind: 'continuous' };

function invalidClock(message: string, details: Record<string, string>): MarginError {
  return new MarginError('INVALID_CLOCK', message, details);
}

function toPeriod(periodHours: number | undefined): { periodHours: number; periodMs: number } {
  const hours = periodHours ?? 1;
  const ms = hours * HOUR_MS;
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0 || !Number.isSafeInteger(ms)) {
    throw invalidClock(`clock.periodHours must be a positive number of hours in whole milliseconds, got ${String(periodHours)}`, {
      field: 'clock.periodHours',
      value: String(periodHours),
    });
  }
  return { periodHours: hours, periodMs: ms };
}

/** Validates a clock at the public edge; unknown kinds and bad periods throw `INVALID_CLOCK`. */
export function toClock(clock: InterestClock): ResolvedClock {
  const kind: unknown = (clock as { kind?: unknown } | undefined)?.kind;
  switch (kind) {
    case 'clockHours':
      return { kind: 'clockHours', periodHours: 1, periodMs: HOUR_MS };
    case 'elapsedPeriods': {
      const c = clock as Extract<InterestClock, { kind: 'elapsedPeriods' }>;
      return { kind: 'elapsedPeriods', ...toPeriod(c.periodHours), openingCharge: c.openingCharge === true };
    }
    case 'snapshots':
      return { kind: 'snapshots', ...toPeriod((clock as Extract<InterestClock, { kind: 'snapshots' }>).periodHours) };
    case 'continuous':
      return { kind: 'continuous' };
    default:
      throw invalidClock(`clock.kind must be clockHours, elapsedPeriods, snapshots or continuous, got ${String(kind)}`, {
        field: 'clock.kind',
        value: String(kind),
      });
  }
}
