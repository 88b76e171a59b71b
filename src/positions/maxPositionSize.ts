import { D, ONE, ZERO, zero, type Decimal } from '../decimal/constructor.js';
import { isPositive, minOf } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { toLeverage } from '../borrowing/toLeverage.js';
import { readShape, type Shape } from '../input/shape.js';
import { toTiers, type Tier } from '../liquidation/tiers.js';
import { toMaintenanceRate } from '../liquidation/toMaintenanceRate.js';
import { toContract, toPrice, toQuantity, type Contract } from './position.js';

/** Input of `maxPositionSize`: the margin, the price, the leverage and the tiers that cap it, the fee to open. */
export interface MaxPositionSizeInput {
  /** What may be posted, fee included. */
  readonly margin: DecimalInput;
  /** The entry price (quote per base). */
  readonly price: DecimalInput;
  /** The leverage asked for; a tier's `maxLeverage` lowers it for larger positions. */
  readonly leverage: DecimalInput;
  /** The market's brackets by position value (linear: quote; inverse: coin); each with its `maxLeverage`. */
  readonly tiers?: readonly Tier[];
  /** Fee rate to open, on the position's value. Default 0. */
  readonly feeRate?: DecimalInput;
  /** Default `'linear'`. */
  readonly contract?: Contract;
  /** The quantity step (default 0.00000001): the result is a whole number of lots, rounded down. */
  readonly lotSize?: DecimalInput;
}

const SHAPE: Shape<MaxPositionSizeInput> = { margin: true, price: true, leverage: true, tiers: true, feeRate: true, contract: true, lotSize: true };
const DEFAULT_LOT = /* @__PURE__ */ new D('0.00000001');

/**
 * The largest position `margin` opens at `price`: value × (1/leverage + fee) ≤ margin, the leverage
 * lowered to each tier's `maxLeverage` for a value in that tier (Binance's "the higher the
 * position, the lower the maximum leverage"), and at most the last tier's `notionalCap`. Linear
 * value Q·P, inverse Q/P. The result is the largest whole number of lots over every tier — a value
 * is only counted in the tier that holds it. Formula page: [docs/positions.md](../../docs/positions.md).
 *
 * @example
 * maxPositionSize({ margin: '1000', price: '20000', leverage: '10' }) // → Big('0.5')
 */
export function maxPositionSize(given: MaxPositionSizeInput): Decimal {
  const input = readShape(given, '', SHAPE);
  const margin = toAmount(input.margin, 'margin');
  const price = toPrice(input.price, 'price');
  const leverage = toLeverage(input.leverage, 'leverage');
  const fee = input.feeRate === undefined ? ZERO : toMaintenanceRate(input.feeRate, 'feeRate');
  const contract = toContract(input.contract);
  const lot = input.lotSize === undefined ? DEFAULT_LOT : toQuantity(input.lotSize, 'lotSize');
  // the value the margin buys at leverage L: margin / (1/L + fee) = margin·L / (1 + fee·L)
  const valueAt = (l: Decimal) => divide(margin.times(l), ONE.plus(fee.times(l)), 24, 'floor');
  const valueOf = (q: Decimal) => (contract === 'linear' ? q.times(price) : divide(q, price, 24, 'ceil'));
  const lotsOf = (value: Decimal) => divide(contract === 'linear' ? divide(value, price, 24, 'floor') : value.times(price), lot, 0, 'floor');
  /** The most lots, at most `lots`, whose value is below `limit` (`strict`) or at most it: from the lots the limit holds, one step down at most past rounding. */
  const fitted = (lots: Decimal, limit: Decimal, strict: boolean): Decimal => {
    const fits = (l: Decimal) => (strict ? valueOf(l.times(lot)).lt(limit) : valueOf(l.times(lot)).lte(limit));
    let l = minOf(lots, lotsOf(limit));
    for (let step = 0; step < 2 && isPositive(l) && !fits(l); step++) l = l.minus(ONE);
    return l;
  };
  let best = ZERO;
  if (input.tiers === undefined) best = lotsOf(valueAt(leverage));
  else {
    const { tiers, notionalCap } = toTiers(input.tiers);
    tiers.forEach((tier, i) => {
      if (tier.maxLeverage === undefined) throw new MarginError('INVALID_TIERS', `tiers[${i}].maxLeverage is needed to size a position`, { field: `tiers[${i}].maxLeverage` });
      const next = tiers[i + 1]?.notionalFloor;
      let lots = lotsOf(valueAt(tier.maxLeverage.lt(leverage) ? tier.maxLeverage : leverage));
      // a value counts only in the tier that holds it: below the next floor, and at most the last tier's cap
      if (next !== undefined) lots = fitted(lots, next, true);
      else if (notionalCap !== undefined) lots = fitted(lots, notionalCap, false);
      if (valueOf(lots.times(lot)).lt(tier.notionalFloor)) return;
      if (lots.gt(best)) best = lots;
    });
  }
  return isPositive(best) ? best.times(lot) : zero();
}
