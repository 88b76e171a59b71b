import { D, ONE, type Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toRate } from '../decimal/validate.js';
import { requireOrdered, toEpochMs } from './time.js';

/**
 * A rate discount over a validity window: every charge whose instant t satisfies `from ≤ t < to`
 * bills `rate × rateMultiplier` (a VIP rate of 98% → 0.98; a half-price coupon → 0.5; "first N
 * hours free" → 0). A discount therefore starts at the next settlement after it is granted.
 * An absent bound leaves that side open. Overlapping discounts multiply.
 */
export interface RateDiscount {
  readonly rateMultiplier: DecimalInput;
  /** Epoch ms, inclusive. Open when absent. */
  readonly from?: number;
  /** Epoch ms, exclusive. Open when absent. */
  readonly to?: number;
}

/** A validated discount: the multiplier as a decimal and the window as epoch ms (open ends infinite). */
export interface ResolvedDiscount {
  readonly rateMultiplier: Decimal;
  readonly from: number;
  readonly to: number;
}

export function toDiscounts(discounts: readonly RateDiscount[] | undefined): readonly ResolvedDiscount[] {
  if (discounts === undefined) return [];
  return discounts.map((d, i) => {
    const field = `discounts[${i}]`;
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
 * ∫ multiplier dt over [start, end) in milliseconds × multiplier, for the continuous clock:
 * the timeline is cut at every discount bound and each piece weighted by its multiplier.
 */
export function weightedDuration(discounts: readonly ResolvedDiscount[], start: number, end: number): Decimal {
  const cuts = new Set<number>([start, end]);
  for (const d of discounts) {
    if (d.from > start && d.from < end) cuts.add(d.from);
    if (d.to > start && d.to < end) cuts.add(d.to);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let total = new D(0);
  for (let i = 0; i + 1 < points.length; i++) {
    const segmentStart = points[i] as number;
    const segmentEnd = points[i + 1] as number;
    total = total.plus(multiplierAt(discounts, segmentStart).times(segmentEnd - segmentStart));
  }
  return total;
}
