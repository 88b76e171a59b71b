import { D, ONE, type Decimal } from '../decimal/constructor.js';

const DAY = /* @__PURE__ */ new D(24);
import { MarginError, shown } from '../errors.js';

/** The longest rate period read: a rate quoted per 10,000 years is already none. */
const MAX_HOURS = 87_660_000;

/** Validates `ratePeriodHours` (default 24): a positive number of hours, at most 87,660,000 (`INVALID_RATE`). */
export function toRatePeriodHours(value: unknown, field = 'ratePeriodHours'): Decimal {
  const hours = value ?? 24;
  if (typeof hours !== 'number' || !(hours > 0) || hours > MAX_HOURS) {
    throw new MarginError('INVALID_RATE', `${field} must be a positive number of hours up to ${MAX_HOURS}, got ${shown(value)}`, { field, value: shown(value) });
  }
  // The common periods are shared constants (an internal divisor, never returned); others are parsed.
  const period = hours === 24 ? DAY : hours === 1 ? ONE : new D(hours);
  // a number such as 1e-30 has more places than any rate period needs: keep divisions small
  if (period.c.length - 1 - period.e > 12) {
    throw new MarginError('INVALID_RATE', `${field} must have at most 12 decimal places, got ${shown(value)}`, { field, value: shown(value) });
  }
  return period;
}
