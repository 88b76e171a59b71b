import { zero, ONE, type Decimal } from '../decimal/constructor.js';
import { isPositive } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import { toScale } from '../decimal/round.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toLeverage } from '../borrowing/toLeverage.js';
import { toMaintenanceRate } from './toMaintenanceRate.js';
import { requireShape, type Shape } from '../input/shape.js';

/** Input of `liquidationDistance`: leverage and the maintenance margin rate. */
export interface LiquidationDistanceInput {
  readonly leverage: DecimalInput;
  /** Maintenance margin rate on the entry basis. Default 0. */
  readonly maintenanceMarginRate?: DecimalInput;
  /** Decimal places, default 8; rounded `floor` (a distance never rounds wider). */
  readonly scale?: number;
}

const SHAPE: Shape<LiquidationDistanceInput> = { leverage: true, maintenanceMarginRate: true, scale: true };

/**
 * How far the price may move against a position, as a fraction of entry, before liquidation:
 * `1/L − MMR` (10x → 0.1, 50x → 0.02, 100x → 0.01). `0` when the maintenance rate already
 * consumes the margin (MMR ≥ 1/L). Formula page: docs/liquidation-price.md.
 *
 * @example
 * liquidationDistance({ leverage: 10 }) // → Big('0.1')
 */
export function liquidationDistance(input: LiquidationDistanceInput): Decimal {
  requireShape(input, '', SHAPE);
  const L = toLeverage(input.leverage, 'leverage');
  const m = input.maintenanceMarginRate === undefined ? zero() : toMaintenanceRate(input.maintenanceMarginRate, 'maintenanceMarginRate');
  const numerator = ONE.minus(m.times(L)); // (1 − m·L) / L = 1/L − m, one division
  return isPositive(numerator) ? divide(numerator, L, toScale(input.scale), 'floor') : zero();
}
