import { zero, ONE, type Decimal } from '../decimal/constructor.js';
import { isPositive } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import { toScale } from '../decimal/round.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toLeverage } from '../borrowing/toLeverage.js';
import { readShape, toChoice, type Shape } from '../input/shape.js';
import { toSide, type Side } from '../positions/position.js';
import type { MaintenanceBasis } from './priceSolvers.js';
import { toMaintenanceRate } from './toMaintenanceRate.js';

/** Input of `liquidationDistance`: leverage, the maintenance margin rate, and where maintenance is valued. */
export interface LiquidationDistanceInput {
  /** The position's leverage (value / margin), at least 1. */
  readonly leverage: DecimalInput;
  /** Default 0. */
  readonly maintenanceMarginRate?: DecimalInput;
  /**
   * Where maintenance is valued (as `liquidationPrice`'s): `'entry'` (default — the seed's simplified
   * 1/L − MMR, the same for both sides) or `'mark'` (at the liquidation price: the distance depends on the side).
   */
  readonly maintenanceBasis?: MaintenanceBasis;
  /** Required with `maintenanceBasis: 'mark'`. */
  readonly side?: Side;
  /** Decimal places, default 8; rounded `floor` (a distance never rounds wider). */
  readonly scale?: number;
}

const SHAPE: Shape<LiquidationDistanceInput> = { leverage: true, maintenanceMarginRate: true, maintenanceBasis: true, side: true, scale: true };
const BASES: readonly MaintenanceBasis[] = ['mark', 'entry'];

/**
 * How far the price may move against a position, as a fraction of entry, before liquidation, when
 * the margin is the position's value / leverage: on the entry basis `1/L − m` for either side
 * (10x → 0.1, 50x → 0.02, 100x → 0.01); on the mark basis a long's `(1/L − m)/(1 − m)` and a short's
 * `(1/L − m)/(1 + m)` — maintenance valued at the lower (long) or higher (short) liquidation price.
 * It is `|liquidationPrice − entry| / entry` for the same position. `0` when the maintenance rate
 * already consumes the margin (m ≥ 1/L). Formula page: [docs/liquidation-price.md](../../docs/liquidation-price.md).
 *
 * @example
 * liquidationDistance({ leverage: 10 }) // → Big('0.1')
 * liquidationDistance({ leverage: 10, maintenanceMarginRate: '0.0125', maintenanceBasis: 'mark', side: 'short' }) // → Big('0.08641975')
 */
export function liquidationDistance(given: LiquidationDistanceInput): Decimal {
  const input = readShape(given, '', SHAPE);
  const L = toLeverage(input.leverage, 'leverage');
  const m = input.maintenanceMarginRate === undefined ? zero() : toMaintenanceRate(input.maintenanceMarginRate, 'maintenanceMarginRate');
  const basis = input.maintenanceBasis === undefined ? 'entry' : toChoice(input.maintenanceBasis, 'maintenanceBasis', BASES, 'INVALID_MODEL');
  const side = basis === 'mark' || input.side !== undefined ? toSide(input.side as Side) : undefined;
  const scale = toScale(input.scale);
  const numerator = ONE.minus(m.times(L)); // (1 − m·L) / L = 1/L − m
  if (!isPositive(numerator)) return zero();
  // mark basis: (1 − m·L) / (L·(1 ∓ m)), one division
  const denominator = basis === 'entry' ? L : L.times(side === 'long' ? ONE.minus(m) : ONE.plus(m));
  return divide(numerator, denominator, scale, 'floor');
}
