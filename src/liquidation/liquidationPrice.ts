import { ONE, ZERO, type Decimal } from '../decimal/constructor.js';
import { compare, isPositive, isZero } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import { toScale } from '../decimal/round.js';
import { toDecimal, type DecimalInput } from '../decimal/toDecimal.js';
import { toAmount, toOptionalAmount } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { toLeverage } from '../borrowing/toLeverage.js';
import { toContract, toPrice, toQuantity, toSide, type Contract, type Side } from '../positions/position.js';
import { SOLVERS, type MaintenanceBasis, type PositionTerms, type PriceFraction } from './priceSolvers.js';
import { tierIndexOf, toTiers, type ResolvedTier, type Tier } from './tiers.js';
import { toMaintenanceRate } from './toMaintenanceRate.js';
import { requireShape, toChoice, type Shape } from '../input/shape.js';

/** One position among several sharing a cross-margin wallet: what the others hold against it. */
export interface CrossWallet {
  /** Maintenance margin of every other position, in the margin asset. */
  readonly otherMaintenanceMargin: DecimalInput;
  /** Unrealised PnL of every other position (negative for a loss). */
  readonly otherUnrealizedPnl: DecimalInput;
}

/** Input of `liquidationPrice`: the position, its margin or leverage, maintenance (rate, amount or tiers), basis, close fee and cross wallet (docs/liquidation-price.md). */
export interface LiquidationPriceInput {
  readonly side: Side;
  readonly entryPrice: DecimalInput;
  /** Linear: base units. Inverse: contracts (1 USD each). Positive. */
  readonly quantity: DecimalInput;
  /** The position's wallet balance (isolated margin). Default entry × quantity / leverage (inverse: quantity / (entry × leverage)). */
  readonly margin?: DecimalInput;
  /** Used for the default margin; required when `margin` is absent. */
  readonly leverage?: DecimalInput;
  /** Default 0. Below 1. Not with `tiers`. */
  readonly maintenanceMarginRate?: DecimalInput;
  /** Binance "cum", subtracted from notional × rate. Default 0. Not with `tiers`. */
  readonly maintenanceAmount?: DecimalInput;
  /** A bracket table: the tier is the one holding the notional at the liquidation price. */
  readonly tiers?: readonly Tier[];
  /** Default `'mark'`. */
  readonly maintenanceBasis?: MaintenanceBasis;
  /** Taker fee to close, folded into the maintenance rate (OKX, Gate). Default 0. */
  readonly closeFeeRate?: DecimalInput;
  /** Default `'linear'`. */
  readonly contract?: Contract;
  readonly cross?: CrossWallet;
  /** Decimal places, default 8. A long rounds `ceil`, a short `floor` (the conservative side). */
  readonly scale?: number;
}

/**
 * The mark price at which the position's equity falls to its maintenance margin, or `null` when
 * no positive price is such a boundary — the position is never liquidated by price (a long whose
 * margin covers its whole notional), or (cross only) it is liquidatable at every price.
 * Formula page: docs/liquidation-price.md.
 *
 * @example
 * // Bybit: long 1 BTC at 20,000, 50x, maintenance 0.5% valued at entry
 * liquidationPrice({ side: 'long', entryPrice: 20000, quantity: 1, leverage: 50, maintenanceMarginRate: '0.005', maintenanceBasis: 'entry' })
 * // → Big('19700')
 */
export function liquidationPrice(input: LiquidationPriceInput): Decimal | null {
  requireShape(input, '', SHAPE);
  const side = toSide(input.side);
  const contract = toContract(input.contract);
  const basis = toBasis(input.maintenanceBasis);
  const entry = toPrice(input.entryPrice, 'entryPrice');
  const quantity = toQuantity(input.quantity, 'quantity');
  const closeFee = input.closeFeeRate === undefined ? ZERO : toMaintenanceRate(input.closeFeeRate, 'closeFeeRate');
  const scale = toScale(input.scale);
  const terms = toTerms(input, contract, entry, quantity);
  const solve = SOLVERS[contract][basis][side];

  const rounded = (f: PriceFraction): Decimal | null =>
    isPositive(f.numerator) && isPositive(f.denominator) ? divide(f.numerator, f.denominator, scale, side === 'long' ? 'ceil' : 'floor') : null;

  if (input.tiers === undefined) {
    const rate = input.maintenanceMarginRate === undefined ? ZERO : toMaintenanceRate(input.maintenanceMarginRate, 'maintenanceMarginRate');
    const amount = toOptionalAmount(input.maintenanceAmount, 'maintenanceAmount') ?? ZERO;
    return rounded(solve(terms, belowOne(rate, closeFee), amount));
  }

  if (input.maintenanceMarginRate !== undefined || input.maintenanceAmount !== undefined) {
    throw new MarginError('INVALID_TIERS', 'give tiers or maintenanceMarginRate/maintenanceAmount, not both', { field: 'tiers' });
  }
  const { tiers } = toTiers(input.tiers);
  for (const tier of tiers) belowOne(tier.maintenanceMarginRate, closeFee);
  if (basis === 'entry') {
    // Maintenance valued at entry: the tier is the entry notional's, fixed before solving.
    const tier = tiers[tierIndexOf(tiers, contract === 'linear' ? quantity.times(entry) : divide(quantity, entry, 40, 'floor'))]!;
    return rounded(solve(terms, tier.maintenanceMarginRate.plus(closeFee), tier.maintenanceAmount));
  }
  // Mark basis: maintenance grows with the notional at the liquidation price, so solve in every
  // tier and keep the one whose range holds its own solution (there is exactly one, since
  // maintenance is continuous and increasing in notional while equity moves faster).
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i]!;
    const fraction = solve(terms, tier.maintenanceMarginRate.plus(closeFee), tier.maintenanceAmount);
    if (!isPositive(fraction.numerator) || !isPositive(fraction.denominator)) continue;
    if (holdsNotional(tier, tiers[i + 1], contract, quantity, fraction)) return rounded(fraction);
  }
  return null;
}

/** Whether the notional at price num/den lies in [tier floor, next floor), decided by cross-multiplying. */
function holdsNotional(tier: ResolvedTier, next: ResolvedTier | undefined, contract: Contract, quantity: Decimal, price: PriceFraction): boolean {
  // linear notional Q·P = Q·num/den; inverse (coin) notional Q/P = Q·den/num
  const [top, bottom] = contract === 'linear' ? [quantity.times(price.numerator), price.denominator] : [quantity.times(price.denominator), price.numerator];
  if (tier.notionalFloor.times(bottom).gt(top)) return false;
  return next === undefined || top.lt(next.notionalFloor.times(bottom));
}

const SHAPE: Shape<LiquidationPriceInput> = {
  side: true,
  entryPrice: true,
  quantity: true,
  margin: true,
  leverage: true,
  maintenanceMarginRate: true,
  maintenanceAmount: true,
  tiers: true,
  maintenanceBasis: true,
  closeFeeRate: true,
  contract: true,
  cross: true,
  scale: true,
};
const BASES: readonly MaintenanceBasis[] = ['mark', 'entry'];
const CROSS: Shape<CrossWallet> = { otherMaintenanceMargin: true, otherUnrealizedPnl: true };

function toTerms(input: LiquidationPriceInput, contract: Contract, entry: Decimal, quantity: Decimal): PositionTerms {
  let marginNumerator: Decimal;
  let marginDenominator: Decimal;
  if (input.margin !== undefined) {
    marginNumerator = toAmount(input.margin, 'margin');
    marginDenominator = ONE; // the solvers skip multiplying by it
  } else if (input.leverage !== undefined) {
    const leverage = toLeverage(input.leverage, 'leverage');
    // linear E·Q/L; inverse Q/(E·L): kept as a fraction so the default stays exact
    [marginNumerator, marginDenominator] = contract === 'linear' ? [entry.times(quantity), leverage] : [quantity, entry.times(leverage)];
  } else {
    throw new MarginError('MISSING_INPUT', 'give margin or leverage: the position needs a margin', { field: 'margin' });
  }
  if (input.cross !== undefined) {
    requireShape(input.cross, 'cross', CROSS, 'INVALID_OPTION', 'MISSING_INPUT');
    const others = toDecimal(input.cross.otherUnrealizedPnl, 'cross.otherUnrealizedPnl').minus(toAmount(input.cross.otherMaintenanceMargin, 'cross.otherMaintenanceMargin'));
    marginNumerator = marginNumerator.plus(others.times(marginDenominator));
  }
  return { quantity, entry, marginNumerator, marginDenominator };
}

function toBasis(basis: MaintenanceBasis | undefined): MaintenanceBasis {
  if (basis === undefined) return 'mark';
  return toChoice(basis, 'maintenanceBasis', BASES, 'INVALID_MODEL');
}

/** rate + closeFee, which must be below 1 (`INVALID_RATE`); no addition when there is no close fee. */
function belowOne(rate: Decimal, closeFee: Decimal): Decimal {
  const sum = isZero(closeFee) ? rate : rate.plus(closeFee);
  if (compare(sum, ONE) >= 0) {
    throw new MarginError('INVALID_RATE', `maintenance rate + closeFeeRate must be below 1, got ${rate.plus(closeFee).toString()}`, {
      field: 'maintenanceMarginRate',
      value: rate.toString(),
      closeFeeRate: closeFee.toString(),
    });
  }
  return sum;
}
