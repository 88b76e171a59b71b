import { D, type Decimal } from '../decimal/constructor.js';
import { MarginError } from '../errors.js';

/** Validates `ratePeriodHours` (default 24): a positive finite number of hours (`INVALID_RATE`). */
export function toRatePeriodHours(value: number | undefined): Decimal {
  const hours = value ?? 24;
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0) {
    throw new MarginError('INVALID_RATE', `ratePeriodHours must be a positive number of hours, got ${String(value)}`, {
      field: 'ratePeriodHours',
      value: String(value),
    });
  }
  return new D(hours);
}
