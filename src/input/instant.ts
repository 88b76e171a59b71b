import { MarginError, shown } from '../errors.js';

/** The last millisecond of the year 9999, UTC: the latest instant the library reads. */
export const MAX_INSTANT = 253_402_300_799_999;

/**
 * Validates an instant: whole epoch milliseconds from 1970-01-01 to the end of the year 9999 UTC
 * (`INVALID_TIME`, or `code`). A bound on instants bounds every count of charges, periods and hours.
 */
export function toEpochMs(value: unknown, field: string, code: 'INVALID_TIME' | 'INVALID_COMMAND' | 'INVALID_EVENT' | 'INVALID_STATE' | 'INVALID_CONFIG' = 'INVALID_TIME'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_INSTANT) {
    throw new MarginError(code, `${field} must be epoch milliseconds from 0 to ${MAX_INSTANT} (the end of 9999 UTC), got ${shown(value)}`, {
      field,
      value: shown(value),
    });
  }
  return value;
}

/** Throws `INVALID_TIME_RANGE` unless `earlier ≤ later`. */
export function requireOrdered(earlier: number, earlierField: string, later: number, laterField: string): void {
  if (later < earlier) {
    throw new MarginError('INVALID_TIME_RANGE', `${laterField} (${later}) must not be before ${earlierField} (${earlier})`, {
      [earlierField]: String(earlier),
      [laterField]: String(later),
      field: laterField,
    });
  }
}
