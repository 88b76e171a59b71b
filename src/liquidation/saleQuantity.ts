import type { Decimal } from '../decimal/constructor.js';
import { divide } from '../decimal/divide.js';
import { divideUnits, unitsOf } from '../decimal/safeUnits.js';
import { exponentOf } from '../decimal/scaledInteger.js';

/** What one sale of an asset may sell: whole lots of at least the minimum, or the whole balance. */
export interface SaleLimits {
  readonly lot: Decimal;
  readonly minimum: Decimal;
  /** The most this sale may sell (the balance, or less); always allowed itself. */
  readonly cap: Decimal;
}

/** The whole number of lots in `quantity`, rounded the given way. */
export function lotsIn(quantity: Decimal, lot: Decimal, rounding: 'floor' | 'ceil'): bigint {
  const lots = divideUnits(unitsOf(quantity), exponentOf(quantity), unitsOf(lot), exponentOf(lot), 0, rounding);
  return Number.isNaN(lots) ? BigInt(divide(quantity, lot, 0, rounding).toFixed()) : BigInt(lots);
}

/**
 * The smallest allowed quantity up to `limits.cap` that passes, given that the cap passes. The
 * search starts at `estimate` lots (the closed form) and gallops, then bisects, so it costs a
 * couple of evaluations when the estimate is right and O(log n) when rounding moved the answer.
 * It ends on adjacent allowed quantities — the result passes and one lot less does not — so the
 * answer is minimal even where rounding makes `passes` step unevenly. `quick`, where given, must
 * answer as `passes` does for that many lots, or `undefined`.
 */
export function smallestQuantity(limits: SaleLimits, estimate: bigint, passes: (quantity: Decimal) => boolean, quick?: (lots: bigint) => boolean | undefined): Decimal {
  const { lot, minimum, cap } = limits;
  const first = maxBig(1n, lotsIn(minimum, lot, 'ceil'));
  const whole = lotsIn(cap, lot, 'floor');
  if (whole < first) return cap;
  // index `top` is the cap itself: a whole lot count, or one past the last whole lot
  const top = lotsIn(cap, lot, 'ceil') === whole ? whole : whole + 1n;
  const at = (i: bigint): Decimal => (i === top ? cap : lot.times(i.toString()));
  // `quick` answers from the lot count where it can (the planner's trial sales), else `passes` decides
  const ok = (i: bigint): boolean => i === top || (quick?.(i) ?? passes(at(i)));

  let lo = first - 1n; // below the minimum: not allowed, treated as failing
  let hi = top;
  const start = minBig(maxBig(estimate, first), top);
  if (ok(start)) {
    hi = start;
    for (let step = 1n; hi - step >= first; step *= 2n) {
      if (!ok(hi - step)) {
        lo = hi - step;
        break;
      }
      hi -= step;
    }
  } else {
    lo = start;
    for (let step = 1n; lo + step < hi; step *= 2n) {
      if (ok(lo + step)) {
        hi = lo + step;
        break;
      }
      lo += step;
    }
  }
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return at(hi);
}

function maxBig(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
