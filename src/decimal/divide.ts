import { D, type Decimal } from './constructor.js';
import { bigRoundingMode, type Rounding } from './round.js';

// big.js's own defaults. Values the library returns are instances of D, and a caller's later
// `toFixed(dp)` / `round(dp)` / `div` on them read D.DP and D.RM: those must always be the
// documented defaults, never whatever the last division used.
const DEFAULT_DP = 20;
const DEFAULT_RM = 1;

/**
 * The library's only division: `numerator / denominator` correctly rounded to `scale` decimal
 * places the named way (big.js carries the remainder into its rounding, so a directed rounding is
 * exact, never a rounding of a truncation). Callers multiply first and divide once, so a quotient
 * that terminates within `scale` is exact (60 × 0.00025 × 25 / 24 = 0.015625).
 *
 * The denominator must be non-zero; callers check that at the public edge.
 * Four positional parameters, against the house rule of two: this mirrors big.js's own
 * `round(dp, rm)` and sits on hot paths where an options object per call costs.
 */
export function divide(numerator: Decimal, denominator: Decimal, scale: number, rounding: Rounding): Decimal {
  const negative = numerator.s !== denominator.s && numerator.c[0] !== 0;
  // D is private and JavaScript is single-threaded: set, divide, restore, with nothing between.
  D.DP = scale;
  D.RM = bigRoundingMode(rounding, negative);
  try {
    return numerator.div(denominator);
  } finally {
    D.DP = DEFAULT_DP;
    D.RM = DEFAULT_RM;
  }
}
