import { ZERO, zero, type Decimal } from '../decimal/constructor.js';
import { isPositive } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import { round, toScale } from '../decimal/round.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toOptionalAmount } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { readShape, toChoice, type Shape } from '../input/shape.js';
import type { MaintenanceBasis } from '../liquidation/priceSolvers.js';
import { tierIndexOf, toTiers, type Tier } from '../liquidation/tiers.js';
import { toMaintenanceRate } from '../liquidation/toMaintenanceRate.js';
import { toContract, toPrice, toQuantity, toSide, type Contract, type Side } from './position.js';

/** Input of `marginForLiquidationPrice`: the position, where its liquidation price should be, and its maintenance. */
export interface MarginForLiquidationPriceInput {
  /** `'long'` (profits when the price rises) or `'short'`. */
  readonly side: Side;
  /** The position's average entry price, positive. */
  readonly entryPrice: DecimalInput;
  /** Linear: base units. Inverse: contracts (1 USD each). */
  readonly quantity: DecimalInput;
  /** The mark price the position should be liquidated at (a long's below its entry, a short's above, as a rule). */
  readonly liquidationPrice: DecimalInput;
  /** Default 0. Not with `tiers`. */
  readonly maintenanceMarginRate?: DecimalInput;
  /** Binance "cum". Default 0. Not with `tiers`. */
  readonly maintenanceAmount?: DecimalInput;
  /** The tier holding the position's value at the target price (mark basis) or at entry applies. */
  readonly tiers?: readonly Tier[];
  /** Default `'mark'`. */
  readonly maintenanceBasis?: MaintenanceBasis;
  /** Default `'linear'`. */
  readonly contract?: Contract;
  /** Decimal places, default 8, rounded up (the least margin that is enough). */
  readonly scale?: number;
}

const SHAPE: Shape<MarginForLiquidationPriceInput> = {
  side: true,
  entryPrice: true,
  quantity: true,
  liquidationPrice: true,
  maintenanceMarginRate: true,
  maintenanceAmount: true,
  tiers: true,
  maintenanceBasis: true,
  contract: true,
  scale: true,
};

/**
 * The isolated margin that puts the position's liquidation price at `liquidationPrice`: the equity
 * there equals the maintenance there, M = maintenance(P) − pnl(entry → P) — with maintenance Q·B·m − c
 * (linear) or Q/B·m − c (inverse), B the target (mark basis) or the entry (entry basis), and pnl
 * linear Q·(P − E)·side, inverse Q·(1/E − 1/P)·side. Rounded up at `scale`; `0` when the position
 * would be liquidated only beyond the target with no margin at all. What to add to a position is
 * the result less its margin (`positionView`). Formula page: [docs/positions.md](../../docs/positions.md).
 *
 * @example
 * // Bybit's long: 1 BTC at 20,000, maintenance 0.5% at entry, liquidation at 19,700
 * marginForLiquidationPrice({ side: 'long', entryPrice: '20000', quantity: '1', liquidationPrice: '19700', maintenanceMarginRate: '0.005', maintenanceBasis: 'entry' }) // → Big('400')
 */
export function marginForLiquidationPrice(given: MarginForLiquidationPriceInput): Decimal {
  const input = readShape(given, '', SHAPE);
  const side = toSide(input.side);
  const e = toPrice(input.entryPrice, 'entryPrice');
  const q = toQuantity(input.quantity, 'quantity');
  const p = toPrice(input.liquidationPrice, 'liquidationPrice');
  const basis = input.maintenanceBasis === undefined ? 'mark' : toChoice(input.maintenanceBasis, 'maintenanceBasis', ['mark', 'entry'] as const, 'INVALID_OPTION');
  const contract = toContract(input.contract);
  const scale = toScale(input.scale);
  const b = basis === 'mark' ? p : e;
  const value = contract === 'linear' ? q.times(b) : divide(q, b, 24, 'ceil');
  let rate: Decimal;
  let amount: Decimal;
  if (input.tiers !== undefined) {
    if (input.maintenanceMarginRate !== undefined || input.maintenanceAmount !== undefined) {
      throw new MarginError('INVALID_TIERS', 'give tiers or maintenanceMarginRate/maintenanceAmount, not both', { field: 'tiers' });
    }
    const table = toTiers(input.tiers).tiers;
    const tier = table[tierIndexOf(table, value)]!;
    rate = tier.maintenanceMarginRate;
    amount = tier.maintenanceAmount;
  } else {
    rate = input.maintenanceMarginRate === undefined ? ZERO : toMaintenanceRate(input.maintenanceMarginRate, 'maintenanceMarginRate');
    amount = toOptionalAmount(input.maintenanceAmount, 'maintenanceAmount') ?? ZERO;
  }
  const move = p.minus(e).times(q).times(side === 'long' ? 1 : -1);
  // inverse pnl = move / (E·P); maintenance = Q·m / B − c: over the common denominator E·P·B, exact
  const margin =
    contract === 'linear'
      ? value.times(rate).minus(amount).minus(move)
      : divide(q.times(rate).times(e).times(p).minus(amount.times(e).times(p).times(b)).minus(move.times(b)), e.times(p).times(b), 24, 'ceil');
  return isPositive(margin) ? round(margin, scale, 'ceil') : zero();
}
