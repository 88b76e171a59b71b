import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { toLeverage } from '../borrowing/toLeverage.js';
import { readShape, type Shape } from '../input/shape.js';

/** Input of `exposure`: margin and leverage. */
export interface ExposureInput {
  /** What the trader puts up. */
  readonly margin: DecimalInput;
  /** ≥ 1. */
  readonly leverage: DecimalInput;
}

const SHAPE: Shape<ExposureInput> = { margin: true, leverage: true };

/**
 * The position a margin controls at a leverage: `margin × leverage`. Exact.
 * Formula page: [docs/positions.md](../../docs/positions.md).
 *
 * @example
 * exposure({ margin: '500', leverage: 10 }) // → Big('5000')
 */
export function exposure(given: ExposureInput): Decimal {
  const input = readShape(given, '', SHAPE);
  return toAmount(input.margin, 'margin').times(toLeverage(input.leverage, 'leverage'));
}
