import { ONE, type Decimal } from '../decimal/constructor.js';
import { isPositive } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import { toScale } from '../decimal/round.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toLeverage } from '../borrowing/toLeverage.js';
import { toContract, toPrice, toSide, type Contract, type Side } from '../positions/position.js';
import { requireShape, type Shape } from '../input/shape.js';

/** Input of `bankruptcyPrice`: side, entry, leverage and contract kind. */
export interface BankruptcyPriceInput {
  readonly side: Side;
  readonly entryPrice: DecimalInput;
  /** ≥ 1; the margin is the position's value / leverage. */
  readonly leverage: DecimalInput;
  /** Default `'linear'`. */
  readonly contract?: Contract;
  /** Decimal places, default 8. A long rounds `ceil`, a short `floor`. */
  readonly scale?: number;
}

const SHAPE: Shape<BankruptcyPriceInput> = { side: true, entryPrice: true, leverage: true, contract: true, scale: true };

/**
 * The price at which the position's margin is exactly lost (equity 0):
 * linear long E(L − 1)/L, short E(L + 1)/L; inverse long E·L/(L + 1), short E·L/(L − 1).
 * `null` when no positive price exists (a 1x linear long, a 1x inverse short).
 * Formula page: docs/liquidation-price.md.
 *
 * @example
 * bankruptcyPrice({ side: 'long', entryPrice: 10000, leverage: 50 }) // → Big('9800')
 */
export function bankruptcyPrice(input: BankruptcyPriceInput): Decimal | null {
  requireShape(input, '', SHAPE);
  const side = toSide(input.side);
  const entry = toPrice(input.entryPrice, 'entryPrice');
  const L = toLeverage(input.leverage, 'leverage');
  const contract = toContract(input.contract);
  const scale = toScale(input.scale);
  const [numerator, denominator] =
    contract === 'linear'
      ? [entry.times(side === 'long' ? L.minus(ONE) : L.plus(ONE)), L]
      : [entry.times(L), side === 'long' ? L.plus(ONE) : L.minus(ONE)];
  if (!isPositive(numerator) || !isPositive(denominator)) return null;
  return divide(numerator, denominator, scale, side === 'long' ? 'ceil' : 'floor');
}
