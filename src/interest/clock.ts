import { MarginError, shown } from '../errors.js';
import { requireShape, toBoolean, type Shape } from '../input/shape.js';
import { MAX_INSTANT } from '../input/instant.js';

/**
 * When a venue charges interest ([docs/interest.md](../../docs/interest.md), "Clocks"):
 * - `clockHours`: once at borrow time, then at every UTC hour boundary (Bitget, Binance, Bybit);
 * - `elapsedPeriods`: one charge per started period since the loan, at least one, plus an optional
 *   opening charge at borrow (MEXC: 1 h; Kraken: 4 h with an opening fee);
 * - `snapshots`: only at UTC period boundaries strictly inside the loan, nothing at borrow (OKX);
 * - `continuous`: pro rata to the millisecond (DeFi-style accrual).
 */
export type InterestClock =
  | {
      /** Charged at borrow time, then at every UTC hour boundary. */
      readonly kind: 'clockHours';
    }
  | {
      /** One charge per started period since the loan, at least one. */
      readonly kind: 'elapsedPeriods';
      /** The period in hours. Default 1. */
      readonly periodHours?: number;
      /** Also charge one period at borrow time (Kraken's opening fee). Default false. */
      readonly openingCharge?: boolean;
    }
  | {
      /** Charged only at UTC period boundaries strictly inside the loan. */
      readonly kind: 'snapshots';
      /** The period in hours. Default 1. */
      readonly periodHours?: number;
    }
  | {
      /** Pro rata to the millisecond. */
      readonly kind: 'continuous';
    };

export type ClockKind = InterestClock['kind'];

export const HOUR_MS = 3_600_000;

/** A validated clock: every field present, periods in whole milliseconds. */
export type ResolvedClock =
  | {
      /** Charged at borrow time, then at every UTC hour boundary. */
      readonly kind: 'clockHours';
      /** One hour. */
      readonly periodHours: 1;
      /** One hour, in ms. */
      readonly periodMs: 3_600_000;
    }
  | {
      /** One charge per started period since the loan, at least one. */
      readonly kind: 'elapsedPeriods';
      /** The period in hours. */
      readonly periodHours: number;
      /** The period in ms. */
      readonly periodMs: number;
      /** Whether one period is also charged at borrow time. */
      readonly openingCharge: boolean;
    }
  | {
      /** Charged only at UTC period boundaries strictly inside the loan. */
      readonly kind: 'snapshots';
      /** The period in hours. */
      readonly periodHours: number;
      /** The period in ms. */
      readonly periodMs: number;
    }
  | {
      /** Pro rata to the millisecond. */
      readonly kind: 'continuous';
    };

const SHAPES: { readonly [K in ClockKind]: Shape<Extract<InterestClock, { kind: K }>> } = {
  clockHours: { kind: true },
  elapsedPeriods: { kind: true, periodHours: true, openingCharge: true },
  snapshots: { kind: true, periodHours: true },
  continuous: { kind: true },
};

function invalidClock(message: string, details: Record<string, string>): MarginError {
  return new MarginError('INVALID_CLOCK', message, details);
}

function toPeriod(periodHours: unknown, field: string): { periodHours: number; periodMs: number } {
  const hours = periodHours ?? 1;
  const ms = typeof hours === 'number' ? hours * HOUR_MS : NaN;
  if (typeof hours !== 'number' || !(hours > 0) || !Number.isSafeInteger(ms) || ms > MAX_INSTANT) {
    throw invalidClock(`${field}.periodHours must be a positive number of hours in whole milliseconds, at most the instant range, got ${shown(periodHours)}`, {
      field: `${field}.periodHours`,
      value: shown(periodHours),
    });
  }
  return { periodHours: hours, periodMs: ms };
}

/** Validates a clock at the public edge; unknown kinds, fields and bad periods throw `INVALID_CLOCK`. */
export function toClock(clock: InterestClock, field = 'clock'): ResolvedClock {
  if (typeof clock !== 'object' || clock === null) throw invalidClock(`${field} must be an object with a kind, got ${shown(clock)}`, { field, value: shown(clock) });
  const kind: unknown = (clock as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(SHAPES, kind)) {
    throw invalidClock(`${field}.kind must be clockHours, elapsedPeriods, snapshots or continuous, got ${shown(kind)}`, { field: `${field}.kind`, value: shown(kind) });
  }
  requireShape(clock, field, SHAPES[kind as ClockKind] as Shape<InterestClock>, 'INVALID_CLOCK', 'INVALID_CLOCK');
  switch (kind as ClockKind) {
    case 'clockHours':
      return { kind: 'clockHours', periodHours: 1, periodMs: HOUR_MS };
    case 'elapsedPeriods': {
      const c = clock as Extract<InterestClock, { kind: 'elapsedPeriods' }>;
      return { kind: 'elapsedPeriods', ...toPeriod(c.periodHours, field), openingCharge: toBoolean(c.openingCharge, `${field}.openingCharge`, false, 'INVALID_CLOCK') };
    }
    case 'snapshots':
      return { kind: 'snapshots', ...toPeriod((clock as Extract<InterestClock, { kind: 'snapshots' }>).periodHours, field) };
    case 'continuous':
      return { kind: 'continuous' };
  }
}
