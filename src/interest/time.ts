import { MarginError } from '../errors.js';

/** Validates an instant: epoch milliseconds, a safe integer (`INVALID_TIME`). */
export function toEpochMs(value: number, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new MarginError('INVALID_TIME', `${field} must be epoch milliseconds (a safe integer), got ${String(value)}`, {
      field,
      value: String(value),
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
    });
  }
}
