import { zero, D, ONE, type Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toRate } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { requireOrdered, toEpochMs } from '../input/instant.js';
import { requireArray, readShape, type Shape } from '../input/shape.js';

/**
 * A rate discount over a validity window: every charge whose instant t satisfies `from ≤ t < to`
 * bills `rate × rateMultiplier` (a VIP rate of 98% → 0.98; a half-price coupon → 0.5; "first N
 * hours free" → 0). A discount therefore starts at the next settlement after it is granted.
 * An absent bound leaves that side open. Overlapping discounts multiply.
 */
export interface RateDiscount {
  /** What the rate of each charge in the window is multiplied by; not negative (0.5: half price; 0: free). */
  readonly rateMultiplier: DecimalInput;
  /** Epoch ms, inclusive. Open when absent. */
  readonly from?: number;
  /** Epoch ms, exclusive. Open when absent. */
  readonly to?: number;
}

/** A validated discount: the multiplier as a decimal and the window as epoch ms (open ends infinite). */
export interface ResolvedDiscount {
  /** The rate multiplier. */
  readonly rateMultiplier: Decimal;
  /** Start of the window, epoch ms, inclusive (−Infinity: open). */
  readonly from: number;
  /** End of the window, epoch ms, exclusive (Infinity: open). */
  readonly to: number;
}

/**
 * The most discounts one loan's interest is computed with. Overlapping multipliers multiply, so
 * their digits add up; sixteen is far more than any venue stacks (a VIP rate, a coupon, a waiver).
 */
export const MAX_DISCOUNTS = 16;

const DISCOUNT: Shape<RateDiscount> = { rateMultiplier: true, from: true, to: true };

export function toDiscounts(discounts: readonly RateDiscount[] | undefined): readonly ResolvedDiscount[] {
  if (discounts === undefined) return [];
  requireArray(discounts, 'discounts');
  if (discounts.length > MAX_DISCOUNTS) {
    throw new MarginError('INVALID_OPTION', `discounts holds ${discounts.length} windows; at most ${MAX_DISCOUNTS}`, { field: 'discounts', value: String(discounts.length) });
  }
  return discounts.map((given, i) => {
    const field = `discounts[${i}]`;
    const d = readShape(given, field, DISCOUNT, 'INVALID_OPTION', 'INVALID_OPTION');
    const from = d.from === undefined ? -Infinity : toEpochMs(d.from, `${field}.from`);
    const to = d.to === undefined ? Infinity : toEpochMs(d.to, `${field}.to`);
    requireOrdered(from, `${field}.from`, to, `${field}.to`);
    return { rateMultiplier: toRate(d.rateMultiplier, `${field}.rateMultiplier`), from, to };
  });
}

/** The product of the multipliers of every discount whose window contains `at`. */
export function multiplierAt(discounts: readonly ResolvedDiscount[], at: number): Decimal {
  let multiplier = ONE;
  for (const d of discounts) {
    if (d.from <= at && at < d.to) multiplier = multiplier.times(d.rateMultiplier);
  }
  return multiplier;
}

/**
 * The timeline cut at every discount bound into pieces on which the multiplier is constant:
 * `[start, end)` pieces with their multiplier, in time order, the first from −∞ and the last to +∞.
 * O(D²) for D discounts, independent of any time span.
 */
export function discountPieces(discounts: readonly ResolvedDiscount[]): { start: number; end: number; multiplier: Decimal }[] {
  const cuts = new Set<number>();
  for (const d of discounts) {
    if (Number.isFinite(d.from)) cuts.add(d.from);
    if (Number.isFinite(d.to)) cuts.add(d.to);
  }
  const points = [-Infinity, ...[...cuts].sort((a, b) => a - b), Infinity];
  const pieces: { start: number; end: number; multiplier: Decimal }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    // Every discount either contains the piece or misses it; its start stands for the whole piece.
    pieces.push({ start, end, multiplier: multiplierAt(discounts, start === -Infinity ? (Number.isFinite(end) ? end - 1 : 0) : start) });
  }
  return pieces;
}

/**
 * ∫ multiplier dt over [start, end) in milliseconds × multiplier, for the continuous clock:
 * each discount piece weighted by its length inside the window.
 */
export function weightedDuration(discounts: readonly ResolvedDiscount[], start: number, end: number): Decimal {
  if (discounts.length === 0) return new D(end - start);
  let total = zero();
  for (const piece of discountPieces(discounts)) {
    const from = Math.max(piece.start, start);
    const to = Math.min(piece.end, end);
    if (to > from) total = total.plus(piece.multiplier.times(to - from));
  }
  return total;
}
