import { compare } from './compare.js';
import type { Decimal } from './constructor.js';
import { multiply } from './multiply.js';
import { compareUnits, timesUnits, unitsOf } from './safeUnits.js';
import { exponentOf } from './scaledInteger.js';

/**
 * −1, 0 or 1 as a·b is below, equal to or above c·d, exactly: what every level test asks (assets ×
 * k's denominator against liabilities × its numerator, [docs/risk.md](../../docs/risk.md)) — as float64 integers
 * where the four operands are short and both products stay within 2^52 (`safeUnits`, exact at
 * ties), else from the exact products. Four positional parameters, against the house rule of two,
 * as `divide` has them: it sits on the hot paths, where an options object per call costs.
 */
export function compareProducts(a: Decimal, b: Decimal, c: Decimal, d: Decimal): number {
  const order = compareUnits(timesUnits(unitsOf(a), unitsOf(b)), exponentOf(a) + exponentOf(b), timesUnits(unitsOf(c), unitsOf(d)), exponentOf(c) + exponentOf(d));
  return Number.isNaN(order) ? compare(multiply(a, b), multiply(c, d)) : order;
}
