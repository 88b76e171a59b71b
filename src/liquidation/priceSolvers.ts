import { ONE, type Decimal } from '../decimal/constructor.js';
import type { Contract, Side } from '../positions/position.js';

/** Where maintenance is valued: at the liquidation price (Binance, OKX, Gate, Hyperliquid) or at entry (Bybit, BitMEX). */
export type MaintenanceBasis = 'mark' | 'entry';

/**
 * A position reduced to exact quantities. The margin is the fraction `marginNumerator /
 * marginDenominator` so that a default margin E·Q/L (or Q/(E·L) inverse) stays exact.
 */
export interface PositionTerms {
  readonly quantity: Decimal; // Q
  readonly entry: Decimal; // E
  readonly marginNumerator: Decimal; // M·d
  readonly marginDenominator: Decimal; // d > 0
}

/** The liquidation price as the exact fraction numerator / denominator; a price exists only when both are positive. */
export interface PriceFraction {
  readonly numerator: Decimal;
  readonly denominator: Decimal;
}

/** r = maintenance rate + close-fee rate, c = maintenance amount (Binance "cum", subtracted from maintenance). */
type Solver = (p: PositionTerms, r: Decimal, c: Decimal) => PriceFraction;
type Solvers = { readonly [C in Contract]: { readonly [B in MaintenanceBasis]: { readonly [S in Side]: Solver } } };

/**
 * Each variant solves equity(P) = maintenance(P) for P (docs/liquidation-price.md), multiplied
 * through by the margin's denominator d:
 * linear equity M + side·Q(P − E); inverse equity M + side·Q(1/E − 1/P);
 * maintenance Q·P·r − c (linear mark), Q·E·r − c (linear entry), (Q/P)·r − c (inverse mark), (Q/E)·r − c (inverse entry).
 */
export const SOLVERS: Solvers = {
  linear: {
    mark: {
      long: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: Q.times(E).minus(c).times(d).minus(M), denominator: Q.times(ONE.minus(r)).times(d) }),
      short: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: Q.times(E).plus(c).times(d).plus(M), denominator: Q.times(ONE.plus(r)).times(d) }),
    },
    entry: {
      long: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: Q.times(E).times(ONE.plus(r)).minus(c).times(d).minus(M), denominator: Q.times(d) }),
      short: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: Q.times(E).times(ONE.minus(r)).plus(c).times(d).plus(M), denominator: Q.times(d) }),
    },
  },
  inverse: {
    mark: {
      long: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: Q.times(E).times(ONE.plus(r)).times(d), denominator: E.times(M.plus(c.times(d))).plus(Q.times(d)) }),
      short: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: Q.times(E).times(ONE.minus(r)).times(d), denominator: Q.times(d).minus(E.times(M.plus(c.times(d)))) }),
    },
    entry: {
      long: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: Q.times(E).times(d), denominator: E.times(M.plus(c.times(d))).plus(Q.times(ONE.minus(r)).times(d)) }),
      short: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: Q.times(E).times(d), denominator: Q.times(ONE.plus(r)).times(d).minus(E.times(M.plus(c.times(d)))) }),
    },
  },
};
