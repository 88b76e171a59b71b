import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toPrice, toSide, type Side } from './position.js';
import { readShape, type Shape } from '../input/shape.js';

/** Input of `stopPlacement`: side, entry, stop and the liquidation price. */
export interface StopPlacementInput {
  /** `'long'` (profits when the price rises) or `'short'`. */
  readonly side: Side;
  /** The position's average entry price, positive. */
  readonly entryPrice: DecimalInput;
  /** The stop-loss trigger price, positive. */
  readonly stopPrice: DecimalInput;
  /** From `liquidationPrice`; `null` when the position cannot be liquidated. */
  readonly liquidationPrice: DecimalInput | null;
}

/**
 * - `ok`: the stop sits strictly between entry and liquidation (or on the losing side of entry when
 *   the position cannot be liquidated);
 * - `wrongSideOfEntry`: the stop is at or beyond the entry on the winning side — it is not a stop-loss;
 * - `beyondLiquidation`: the stop is at or past the liquidation price — liquidation fires first.
 */
export type StopPlacementVerdict = 'ok' | 'wrongSideOfEntry' | 'beyondLiquidation';

/** The verdict on a stop-loss and, when it is sound, the price room left before liquidation. */
export interface StopPlacement {
  /** `ok`, `wrongSideOfEntry` or `beyondLiquidation`. */
  readonly verdict: StopPlacementVerdict;
  /** `|stop − liquidation|` when the stop is `ok`: the price room left before liquidation. `null` otherwise or without a liquidation price. */
  readonly distanceToLiquidation: Decimal | null;
}

const SHAPE: Shape<StopPlacementInput> = { side: true, entryPrice: true, stopPrice: true, liquidationPrice: true };

/**
 * Checks that a stop-loss sits between the entry and the liquidation price — what a bot verifies
 * before sending the order. Exact. Formula page: [docs/positions.md](../../docs/positions.md).
 *
 * @example
 * stopPlacement({ side: 'long', entryPrice: '40000', stopPrice: '38000', liquidationPrice: '36000' })
 * // → { verdict: 'ok', distanceToLiquidation: Big('2000') }
 */
export function stopPlacement(given: StopPlacementInput): StopPlacement {
  const input = readShape(given, '', SHAPE);
  const side = toSide(input.side);
  const entry = toPrice(input.entryPrice, 'entryPrice');
  const stop = toPrice(input.stopPrice, 'stopPrice');
  const liquidation = input.liquidationPrice === null ? null : toPrice(input.liquidationPrice, 'liquidationPrice');
  // Orient prices so that "further from entry in the losing direction" is always "lower".
  const losing = (a: Decimal, b: Decimal) => (side === 'long' ? a.lt(b) : a.gt(b));
  if (!losing(stop, entry)) return Object.freeze({ verdict: 'wrongSideOfEntry', distanceToLiquidation: null });
  if (liquidation === null) return Object.freeze({ verdict: 'ok', distanceToLiquidation: null });
  if (!losing(liquidation, stop)) return Object.freeze({ verdict: 'beyondLiquidation', distanceToLiquidation: null });
  return Object.freeze({ verdict: 'ok', distanceToLiquidation: stop.minus(liquidation).abs() });
}
