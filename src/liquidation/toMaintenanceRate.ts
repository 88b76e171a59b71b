import { MarginError } from '../errors.js';
import { ONE, type Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toRate } from '../decimal/validate.js';
import { compare } from '../decimal/compare.js';

/** A maintenance margin or closing-fee rate: 0 ≤ rate < 1 (`INVALID_RATE`). */
export function toMaintenanceRate(value: DecimalInput, field: string): Decimal {
  const rate = toRate(value, field);
  if (compare(rate, ONE) >= 0) {
    throw new MarginError('INVALID_RATE', `${field} must be below 1 (100%), got ${rate.toString()}`, { field, value: rate.toString() });
  }
  return rate;
}
