import { ONE, ZERO, type Decimal } from '../decimal/constructor.js';
import { isPositive } from '../decimal/compare.js';
import { toDecimal, type DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { toLeverage } from '../borrowing/toLeverage.js';
import { readShape, type Shape } from '../input/shape.js';
import type { Contract, Side } from '../positions/position.js';
import { SOLVERS, type PositionTerms, type PriceFraction } from './priceSolvers.js';

/** One position among several sharing a cross-margin wallet: what the others hold against it. */
export interface CrossWallet {
  /** Maintenance margin of every other position, in the margin asset. */
  readonly otherMaintenanceMargin: DecimalInput;
  /** Unrealised PnL of every other position (negative for a loss). */
  readonly otherUnrealizedPnl: DecimalInput;
}

/** What a position's margin is made of: given, or from the leverage; and the cross wallet around it. */
export interface MarginInput {
  readonly margin?: DecimalInput | undefined;
  readonly leverage?: DecimalInput | undefined;
  readonly cross?: CrossWallet | undefined;
}

const CROSS: Shape<CrossWallet> = { otherMaintenanceMargin: true, otherUnrealizedPnl: true };

/**
 * The position as exact terms: the margin given, or E·Q/L (inverse Q/(E·L)) kept as a fraction so
 * the default stays exact; with a cross wallet, less the others' maintenance plus their PnL.
 * Neither margin nor leverage is `MISSING_INPUT` naming `margin`.
 */
export function toTerms(input: MarginInput, contract: Contract, entry: Decimal, quantity: Decimal): PositionTerms {
  let marginNumerator: Decimal;
  let marginDenominator: Decimal;
  if (input.margin !== undefined) {
    marginNumerator = toAmount(input.margin, 'margin');
    marginDenominator = ONE; // the solvers skip multiplying by it
  } else if (input.leverage !== undefined) {
    const leverage = toLeverage(input.leverage, 'leverage');
    [marginNumerator, marginDenominator] = contract === 'linear' ? [entry.times(quantity), leverage] : [quantity, entry.times(leverage)];
  } else {
    throw new MarginError('MISSING_INPUT', 'give margin or leverage: the position needs a margin', { field: 'margin' });
  }
  if (input.cross !== undefined) {
    const cross = readShape(input.cross, 'cross', CROSS, 'INVALID_OPTION', 'MISSING_INPUT');
    const others = toDecimal(cross.otherUnrealizedPnl, 'cross.otherUnrealizedPnl').minus(toAmount(cross.otherMaintenanceMargin, 'cross.otherMaintenanceMargin'));
    marginNumerator = marginNumerator.plus(others.times(marginDenominator));
  }
  return { quantity, entry, marginNumerator, marginDenominator };
}

/**
 * The bankruptcy price as an exact fraction: where equity falls to the fee to close valued at that
 * price, Q·P·f (inverse Q·f/P) — equity M + side·Q(P − E) = Q·P·f is the mark-basis boundary with
 * rate f and no maintenance, so the same solver gives it (f = 0: equity zero).
 */
export function bankruptcyFraction(terms: PositionTerms, contract: Contract, side: Side, closeFeeRate: Decimal): PriceFraction {
  return SOLVERS[contract].mark[side](terms, closeFeeRate, ZERO);
}

/**
 * The terms with the fee to close valued at the bankruptcy price (Bybit: initial and maintenance
 * margin include the "estimated fee to close", Q × bankruptcy price × taker fee) taken out of the
 * margin, so that any maintenance rule then solves equity = maintenance + that fee. No fee where
 * there is no positive bankruptcy price (a long whose margin covers its notional closes at no cost).
 */
export function lessCloseFeeAtBankruptcy(terms: PositionTerms, contract: Contract, side: Side, closeFeeRate: Decimal): PositionTerms {
  const bankrupt = bankruptcyFraction(terms, contract, side, closeFeeRate);
  if (!isPositive(bankrupt.numerator) || !isPositive(bankrupt.denominator)) return terms;
  // fee = Q·f·P (linear) or Q·f/P (inverse), P = n/d: the fraction feeTop / feeBottom
  const [feeTop, feeBottom] =
    contract === 'linear'
      ? [terms.quantity.times(closeFeeRate).times(bankrupt.numerator), bankrupt.denominator]
      : [terms.quantity.times(closeFeeRate).times(bankrupt.denominator), bankrupt.numerator];
  // M − fee = (M_n·feeBottom − feeTop·M_d) / (M_d·feeBottom)
  return {
    ...terms,
    marginNumerator: terms.marginNumerator.times(feeBottom).minus(feeTop.times(terms.marginDenominator)),
    marginDenominator: terms.marginDenominator.times(feeBottom),
  };
}
