import { ONE, ZERO, type Decimal } from '../decimal/constructor.js';
import { isPositive } from '../decimal/compare.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { MarginError } from '../errors.js';
import { toContract, toPrice, toQuantity, toSide, type Contract, type Side } from '../positions/position.js';
import { readShape, type Shape } from '../input/shape.js';
import { bankruptcyFraction, toTerms } from './positionTerms.js';
import { fastLinearPrice } from './certifiedPrice.js';
import { divideOnGrid, toPriceGrid, type PriceGrid } from './priceGrid.js';
import type { PositionTerms } from './priceSolvers.js';
import { toMaintenanceRate } from './toMaintenanceRate.js';

/** Input of `bankruptcyPrice`: side, entry, the margin (or leverage), the fee to close, contract kind and rounding. */
export interface BankruptcyPriceInput {
  /** `'long'` (profits when the price rises) or `'short'`. */
  readonly side: Side;
  /** The position's average entry price, positive. */
  readonly entryPrice: DecimalInput;
  /** ≥ 1; the margin is the position's value / leverage. Required unless `margin` is given. */
  readonly leverage?: DecimalInput;
  /** The position's margin (its wallet balance, in the margin asset); needs `quantity`. Default value / leverage. */
  readonly margin?: DecimalInput;
  /** Linear: base units; inverse: contracts. Required with `margin`; with `leverage` alone it cancels. */
  readonly quantity?: DecimalInput;
  /** Taker fee to close, valued at the bankruptcy price itself (Bybit). Default 0. Below 1. */
  readonly closeFeeRate?: DecimalInput;
  /** Default `'linear'`. */
  readonly contract?: Contract;
  /** Decimal places, default 8. A long rounds `ceil`, a short `floor`. */
  readonly scale?: number;
  /** The instrument's tick: the price is the multiple of it on the same side. Not with `scale`. */
  readonly tickSize?: DecimalInput;
}

const SHAPE: Shape<BankruptcyPriceInput> = {
  side: true,
  entryPrice: true,
  leverage: true,
  margin: true,
  quantity: true,
  closeFeeRate: true,
  contract: true,
  scale: true,
  tickSize: true,
};

/**
 * The price at which the position's margin is exactly lost — equity falls to the fee to close at
 * that price (zero without a fee): linear long (Q·E − M)/(Q·(1 − f)), short (Q·E + M)/(Q·(1 + f));
 * inverse long Q(1 + f)/(M + Q/E), short Q(1 − f)/(Q/E − M). At the default margin E·Q/L and no
 * fee: linear E(L − 1)/L and E(L + 1)/L, inverse E·L/(L + 1) and E·L/(L − 1). `null` when no
 * positive price exists (a 1x linear long, a 1x inverse short). Formula page: [docs/liquidation-price.md](../../docs/liquidation-price.md).
 *
 * @example
 * bankruptcyPrice({ side: 'long', entryPrice: 10000, leverage: 50 }) // → Big('9800')
 * // Bybit, inverse cross: 10,000 contracts long at 8,000 on a 0.5 BTC balance, taker 0.075%
 * bankruptcyPrice({ side: 'long', entryPrice: 8000, quantity: 10000, margin: '0.5', closeFeeRate: '0.00075', contract: 'inverse', scale: 2 })
 * // → Big('5718.58') (Bybit displays 5,718.57)
 */
export function bankruptcyPrice(given: BankruptcyPriceInput): Decimal | null {
  const input = readShape(given, '', SHAPE);
  const side = toSide(input.side);
  const entry = toPrice(input.entryPrice, 'entryPrice');
  const contract = toContract(input.contract);
  const fee = input.closeFeeRate === undefined ? ZERO : toMaintenanceRate(input.closeFeeRate, 'closeFeeRate');
  const grid = toPriceGrid(input.scale, input.tickSize);
  if (input.margin !== undefined && input.quantity === undefined) {
    throw new MarginError('MISSING_INPUT', 'a margin needs the quantity it backs', { field: 'quantity' });
  }
  if (input.margin === undefined && input.leverage === undefined) {
    throw new MarginError('MISSING_INPUT', 'give leverage, or margin and quantity', { field: 'leverage' });
  }
  // with the leverage alone the quantity cancels: one unit stands for any
  const quantity = input.quantity === undefined ? ONE : toQuantity(input.quantity, 'quantity');
  return bankruptcyPriceOfTerms(toTerms(input, contract, entry, quantity), contract, side, fee, grid);
}

/** `bankruptcyPrice` of validated terms (the futures account's positions, validated when made). */
export function bankruptcyPriceOfTerms(terms: PositionTerms, contract: Contract, side: Side, fee: Decimal, grid: PriceGrid): Decimal | null {
  // the mark-basis boundary with rate f and no maintenance, certified from float64 first
  const fast = contract === 'linear' && grid.tick === undefined ? fastLinearPrice(terms, fee, ZERO, 'mark', side, grid.scale) : undefined;
  if (fast !== undefined) return fast;
  const f = bankruptcyFraction(terms, contract, side, fee);
  if (!isPositive(f.numerator) || !isPositive(f.denominator)) return null;
  return divideOnGrid(f.numerator, f.denominator, grid, side === 'long' ? 'ceil' : 'floor');
}
