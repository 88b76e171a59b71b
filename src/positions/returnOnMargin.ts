import type { Decimal } from '../decimal/constructor.js';
import { divide } from '../decimal/divide.js';
import { toScale } from '../decimal/round.js';
import { toDecimal, type DecimalInput } from '../decimal/toDecimal.js';
import { toPrice } from './position.js';
import { readShape, type Shape } from '../input/shape.js';

/** Input of `returnOnMargin`: a profit or loss and the margin behind it. */
export interface ReturnOnMarginInput {
  /** Profit or loss, in the margin's unit. */
  readonly pnl: DecimalInput;
  /** The margin put up; positive. */
  readonly margin: DecimalInput;
  /** Decimal places, default 8; rounded `floor` (a return never rounds in the trader's favour). */
  readonly scale?: number;
}

const SHAPE: Shape<ReturnOnMarginInput> = { pnl: true, margin: true, scale: true };

/**
 * `pnl / margin` — the return on what was put up (0.5 = +50%). Formula page: [docs/positions.md](../../docs/positions.md).
 *
 * @example
 * returnOnMargin({ pnl: '500', margin: '1000' }) // → Big('0.5'): +5% on a $10,000 position at 10x
 */
export function returnOnMargin(given: ReturnOnMarginInput): Decimal {
  const input = readShape(given, '', SHAPE);
  const gain = toDecimal(input.pnl, 'pnl');
  // Validated like a price: the margin divides, so it must be strictly positive.
  const margin = toPrice(input.margin, 'margin');
  return divide(gain, margin, toScale(input.scale), 'floor');
}
