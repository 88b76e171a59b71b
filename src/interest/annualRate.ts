import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toRate } from '../decimal/validate.js';

/**
 * The annual rate venues display next to a daily rate: `daily × 365` (Bitget, Binance). Exact.
 * Formula page: [docs/interest.md](../../docs/interest.md) ("Rates").
 *
 * @example
 * annualRate('0.0002') // → Big('0.073'), 7.3% a year
 */
export function annualRate(dailyRate: DecimalInput): Decimal {
  return toRate(dailyRate, 'dailyRate').times(365);
}
