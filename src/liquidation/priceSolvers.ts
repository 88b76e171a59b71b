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

/** x·d, or x itself when d is the shared ONE (a margin given directly has no denominator). */
function by(x: Decimal, d: Decimal): Decimal {
  return d === ONE ? x : x.times(d);
}

/** r = maintenance rate + close-fee rate, c = maintenance amount (Binance "cum", subtracted from maintenance). */
type Solver = (p: PositionTerms, r: Decimal, c: Decimal) => PriceFraction;
type Solvers = { readonly [C in Contract]: { readonly [B in MaintenanceBasis]: { readonly [S in Side]: Solver } } };

/**
 * Each variant solves equity(P) = maintenance(P) for P ([docs/liquidation-price.md](../../docs/liquidation-price.md)), multiplied
 * through by the margin's denominator d:
 * linear equity M + side·Q(P − E); inverse equity M + side·Q(1/E − 1/P);
 * maintenance Q·P·r − c (linear mark), Q·E·r − c (linear entry), (Q/P)·r − c (inverse mark), (Q/E)·r − c (inverse entry).
 */
export const SOLVERS: Solvers = {
  linear: {
    mark: {
      long: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: by(Q.times(E).minus(c), d).minus(M), denominator: by(Q.times(ONE.minus(r)), d) }),
      short: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: by(Q.times(E).plus(c), d).plus(M), denominator: by(Q.times(ONE.plus(r)), d) }),
    },
    entry: {
      long: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: by(Q.times(E).times(ONE.plus(r)).minus(c), d).minus(M), denominator: by(Q, d) }),
      short: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: by(Q.times(E).times(ONE.minus(r)).plus(c), d).plus(M), denominator: by(Q, d) }),
    },
  },
  inverse: {
    mark: {
      long: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: by(Q.times(E).times(ONE.plus(r)), d), denominator: E.times(M.plus(by(c, d))).plus(by(Q, d)) }),
      short: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: by(Q.times(E).times(ONE.minus(r)), d), denominator: by(Q, d).minus(E.times(M.plus(by(c, d)))) }),
    },
    entry: {
      long: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: by(Q.times(E), d), denominator: E.times(M.plus(by(c, d))).plus(by(Q.times(ONE.minus(r)), d)) }),
      short: ({ quantity: Q, entry: E, marginNumerator: M, marginDenominator: d }, r, c) => ({ numerator: by(Q.times(E), d), denominator: by(Q.times(ONE.plus(r)), d).minus(E.times(M.plus(by(c, d)))) }),
    },
  },
};
