import { MarginError } from '../errors.js';
import type { Decimal } from '../decimal/constructor.js';
import { isZero } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import { toScale } from '../decimal/round.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount, toRate } from '../decimal/validate.js';
import { toPrice } from './position.js';
import { readShape, type Shape } from '../input/shape.js';

/** Input of `positionSize`: equity, the fraction of it to risk, entry and stop. */
export interface PositionSizeInput {
  /** Account equity, in the quote asset. */
  readonly equity: DecimalInput;
  /** Fraction of equity the trade may lose at the stop (the 1–2% rule: 0.01–0.02). */
  readonly riskFraction: DecimalInput;
  /** The position's average entry price, positive. */
  readonly entryPrice: DecimalInput;
  /** The stop-loss trigger price, positive. */
  readonly stopPrice: DecimalInput;
  /** Decimal places of the quantity, default 8; rounded `floor` (never more risk than asked). */
  readonly scale?: number;
}

const SHAPE: Shape<PositionSizeInput> = { equity: true, riskFraction: true, entryPrice: true, stopPrice: true, scale: true };

/**
 * The quantity (base units, linear) whose loss at the stop is the chosen fraction of equity:
 * `equity × riskFraction / |entry − stop|`. A stop equal to the entry throws `INVALID_PRICE`.
 * Formula page: [docs/positions.md](../../docs/positions.md).
 *
 * @example
 * positionSize({ equity: '10000', riskFraction: '0.01', entryPrice: '50000', stopPrice: '49000' }) // → Big('0.1')
 */
export function positionSize(given: PositionSizeInput): Decimal {
  const input = readShape(given, '', SHAPE);
  const equity = toAmount(input.equity, 'equity');
  const riskFraction = toRate(input.riskFraction, 'riskFraction');
  const entry = toPrice(input.entryPrice, 'entryPrice');
  const stop = toPrice(input.stopPrice, 'stopPrice');
  const distance = entry.minus(stop).abs();
  if (isZero(distance)) {
    throw new MarginError('INVALID_PRICE', 'stopPrice must differ from entryPrice: a stop at the entry sizes an unbounded position', {
      field: 'stopPrice',
      value: stop.toString(),
    });
  }
  return divide(equity.times(riskFraction), distance, toScale(input.scale), 'floor');
}
