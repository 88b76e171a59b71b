import type { Decimal } from '../decimal/constructor.js';
import { divide } from '../decimal/divide.js';
import { round, toScale } from '../decimal/round.js';
import { toDecimal, type DecimalInput } from '../decimal/toDecimal.js';
import { sign, toContract, toPrice, toQuantity, toSide, type Contract, type Side } from './position.js';
import { readShape, type Shape } from '../input/shape.js';

/** Input of `fundingPayment`: side, quantity, mark price and funding rate. */
export interface FundingPaymentInput {
  /** `'long'` (profits when the price rises) or `'short'`. */
  readonly side: Side;
  /** Linear: base units. Inverse: contracts (1 USD each). */
  readonly quantity: DecimalInput;
  /** The mark price the position is valued at, positive. */
  readonly markPrice: DecimalInput;
  /** The period's funding rate; positive means longs pay shorts. May be negative. */
  readonly fundingRate: DecimalInput;
  /** Default `'linear'`. */
  readonly contract?: Contract;
  /** Decimal places, default 8; rounded `ceil` (what the position pays rounds up). */
  readonly scale?: number;
}

const SHAPE: Shape<FundingPaymentInput> = { side: true, quantity: true, markPrice: true, fundingRate: true, contract: true, scale: true };

/**
 * What a position pays at a funding instant — **positive = the position pays**, negative = it
 * receives: `side × value × fundingRate`, with value `quantity × mark` (linear, in the quote) or
 * `contracts / mark` (inverse, in the coin). Formula page: [docs/positions.md](../../docs/positions.md).
 *
 * @example
 * fundingPayment({ side: 'long', quantity: '2', markPrice: '50000', fundingRate: '0.0001' }) // → Big('10')
 */
export function fundingPayment(given: FundingPaymentInput): Decimal {
  const input = readShape(given, '', SHAPE);
  const direction = sign(toSide(input.side));
  const quantity = toQuantity(input.quantity, 'quantity');
  const mark = toPrice(input.markPrice, 'markPrice');
  const rate = toDecimal(input.fundingRate, 'fundingRate');
  const contract = toContract(input.contract);
  const scale = toScale(input.scale);
  const signedRate = rate.times(direction);
  return contract === 'linear'
    ? round(quantity.times(mark).times(signedRate), scale, 'ceil')
    : divide(quantity.times(signedRate), mark, scale, 'ceil');
}
