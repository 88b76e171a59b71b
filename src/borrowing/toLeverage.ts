import { MarginError } from '../errors.js';
import { ONE, type Decimal } from '../decimal/constructor.js';
import { toDecimal, type DecimalInput } from '../decimal/toDecimal.js';

/** Parses a leverage multiple: 1 (no borrowing) or more, else `INVALID_LEVERAGE`. */
export function toLeverage(value: DecimalInput, field: string): Decimal {
  const leverage = toDecimal(value, field);
  if (leverage.lt(ONE)) {
    throw new MarginError('INVALID_LEVERAGE', `${field} must be at least 1, got ${leverage.toString()}`, {
      field,
      value: leverage.toString(),
    });
  }
  return leverage;
}
