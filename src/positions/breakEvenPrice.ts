import { ONE, ZERO, type Decimal } from '../decimal/constructor.js';
import { isPositive } from '../decimal/compare.js';
import { toDecimal, type DecimalInput } from '../decimal/toDecimal.js';
import { readShape, type Shape } from '../input/shape.js';
import { divideOnGrid, toPriceGrid } from '../liquidation/priceGrid.js';
import { toMaintenanceRate } from '../liquidation/toMaintenanceRate.js';
import { toContract, toPrice, toQuantity, toSide, type Contract, type Side } from './position.js';

/** Input of `breakEvenPrice`: the position, the fee rates to open and close, and the funding it paid. */
export interface BreakEvenPriceInput {
  /** `'long'` (profits when the price rises) or `'short'`. */
  readonly side: Side;
  /** The position's average entry price, positive. */
  readonly entryPrice: DecimalInput;
  /** Linear: base units. Inverse: contracts (1 USD each). */
  readonly quantity: DecimalInput;
  /** Fee rate paid on the value at entry. Default 0. Below 1. */
  readonly openFeeRate?: DecimalInput;
  /** Fee rate to be paid on the value at the exit. Default 0. Below 1. */
  readonly closeFeeRate?: DecimalInput;
  /** Funding paid so far in the margin asset (negative: received). Default 0. */
  readonly fundingPaid?: DecimalInput;
  /** Default `'linear'`. */
  readonly contract?: Contract;
  /** Decimal places, default 8; a long's price rounds up, a short's down. Not with `tickSize`. */
  readonly scale?: number;
  /** The instrument's price step: the result lands on it, on the conservative side (a long's up, a short's down). */
  readonly tickSize?: DecimalInput;
}

const SHAPE: Shape<BreakEvenPriceInput> = { side: true, entryPrice: true, quantity: true, openFeeRate: true, closeFeeRate: true, fundingPaid: true, contract: true, scale: true, tickSize: true };

/**
 * The exit price at which closing the position nets zero after both fees and the funding paid —
 * the price a take-profit must pass to make money. With E entry, Q quantity, fo and fc the fee
 * rates and F the funding paid:
 * linear long  P = (Q·E·(1 + fo) + F) / (Q·(1 − fc));  short P = (Q·E·(1 − fo) − F) / (Q·(1 + fc));
 * inverse long P = Q·(1 + fc) / (Q·(1 − fo)/E − F);    short P = Q·(1 − fc) / (Q·(1 + fo)/E + F).
 * A long's price rounds up and a short's down (never a price that loses). `null` when no positive
 * price breaks even (a short whose fees and funding exceed what the whole fall can pay).
 * Formula page: [docs/positions.md](../../docs/positions.md).
 *
 * @example
 * breakEvenPrice({ side: 'long', entryPrice: '20000', quantity: '1', openFeeRate: '0.00055', closeFeeRate: '0.00055' })
 * // → Big('20022.01210666'): 20,000 × 1.00055 / 0.99945 = 20,022.0121066…, up
 */
export function breakEvenPrice(given: BreakEvenPriceInput): Decimal | null {
  const input = readShape(given, '', SHAPE);
  const side = toSide(input.side);
  const e = toPrice(input.entryPrice, 'entryPrice');
  const q = toQuantity(input.quantity, 'quantity');
  const fo = input.openFeeRate === undefined ? ZERO : toMaintenanceRate(input.openFeeRate, 'openFeeRate');
  const fc = input.closeFeeRate === undefined ? ZERO : toMaintenanceRate(input.closeFeeRate, 'closeFeeRate');
  const funding = input.fundingPaid === undefined ? ZERO : toDecimal(input.fundingPaid, 'fundingPaid');
  const contract = toContract(input.contract);
  const grid = toPriceGrid(input.scale, input.tickSize);
  const long = side === 'long';
  let numerator: Decimal;
  let denominator: Decimal;
  if (contract === 'linear') {
    numerator = long ? q.times(e).times(ONE.plus(fo)).plus(funding) : q.times(e).times(ONE.minus(fo)).minus(funding);
    denominator = q.times(long ? ONE.minus(fc) : ONE.plus(fc));
  } else {
    // multiplied through by E: P = Q·E·(1 ± fc) / (Q·(1 ∓ fo) ∓ F·E)
    numerator = q.times(e).times(long ? ONE.plus(fc) : ONE.minus(fc));
    denominator = long ? q.times(ONE.minus(fo)).minus(funding.times(e)) : q.times(ONE.plus(fo)).plus(funding.times(e));
  }
  if (!isPositive(numerator) || !isPositive(denominator)) return null;
  return divideOnGrid(numerator, denominator, grid, long ? 'ceil' : 'floor');
}
