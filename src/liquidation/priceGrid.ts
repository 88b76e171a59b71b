import type { Decimal } from '../decimal/constructor.js';
import { divide } from '../decimal/divide.js';
import { toScale } from '../decimal/round.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { MarginError } from '../errors.js';
import { toPrice } from '../positions/position.js';

/**
 * Where a price result lands: a number of decimal places, or a multiple of the instrument's tick
 * (venues display and trigger liquidation and bankruptcy prices on the tick: Bybit's BTCUSD shows
 * 5,739.50 for 5,739.0835…).
 */
export type PriceGrid = { readonly scale: number; readonly tick?: undefined } | { readonly tick: Decimal; readonly scale?: undefined };

/**
 * The grid of a price function's `scale` and `tickSize`: either may be given, not both
 * (`INVALID_OPTION` naming `tickSize`); neither is 8 places. A tick must be positive (`INVALID_PRICE`).
 */
export function toPriceGrid(scale: number | undefined, tickSize: DecimalInput | undefined): PriceGrid {
  if (tickSize === undefined) return { scale: toScale(scale) };
  if (scale !== undefined) throw new MarginError('INVALID_OPTION', 'give scale or tickSize, not both: a price on a tick has the tick’s decimals', { field: 'tickSize' });
  return { tick: toPrice(tickSize, 'tickSize') };
}

/**
 * numerator / denominator on the grid, rounded the named way once: at `scale` places, or to the
 * multiple of the tick — ⌈n / (d·tick)⌉·tick up, ⌊n / (d·tick)⌋·tick down — exact either way.
 */
export function divideOnGrid(numerator: Decimal, denominator: Decimal, grid: PriceGrid, rounding: 'ceil' | 'floor'): Decimal {
  if (grid.tick === undefined) return divide(numerator, denominator, grid.scale, rounding);
  return divide(numerator, denominator.times(grid.tick), 0, rounding).times(grid.tick);
}
