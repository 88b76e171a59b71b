import { ONE, ZERO, type Decimal } from '../decimal/constructor.js';
import { compare, isPositive, isZero } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toOptionalAmount } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { toContract, toPrice, toQuantity, toSide, type Contract, type Side } from '../positions/position.js';
import { SOLVERS, type MaintenanceBasis, type PriceFraction } from './priceSolvers.js';
import { lessCloseFeeAtBankruptcy, toTerms, type CrossWallet } from './positionTerms.js';
import { certifiedLinearShadows, fastLinearPrice } from './certifiedPrice.js';
import { SHORT_SUM_ERROR } from '../decimal/certified.js';
import { shadowOfInput } from '../decimal/inputShadow.js';
import { SCAN } from '../decimal/parseDecimal.js';
import { DEFAULT_SCALE } from '../decimal/round.js';
import { divideOnGrid, toPriceGrid } from './priceGrid.js';
import { tierIndexOf, toTiers, type ResolvedTier, type Tier } from './tiers.js';
import { toMaintenanceRate } from './toMaintenanceRate.js';
import { requireShape, toChoice, type Covers, type IsTrue, type ReadFields, type Shape } from '../input/shape.js';

export type { CrossWallet } from './positionTerms.js';

/**
 * Where the fee to close is valued: at the liquidation price, folded into the maintenance rate
 * (OKX, Gate: r = m + f), or at the bankruptcy price, a fixed amount added to maintenance (Bybit:
 * "estimated fee to close" = quantity × bankruptcy price × taker fee).
 */
export type CloseFeeBasis = 'liquidation' | 'bankruptcy';

/** Input of `liquidationPrice`: the position, its margin or leverage, maintenance (rate, amount or tiers), basis, close fee and cross wallet ([docs/liquidation-price.md](../../docs/liquidation-price.md)). */
export interface LiquidationPriceInput {
  /** `'long'` (profits when the price rises) or `'short'`. */
  readonly side: Side;
  /** The position's average entry price, positive. */
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
  /** Taker fee to close (default 0), valued where `closeFeeBasis` says. */
  readonly closeFeeRate?: DecimalInput;
  /**
   * `'liquidation'` (default: folded into the rate, OKX, Gate) or `'bankruptcy'` (Bybit: a fixed
   * amount the given `margin` must keep besides maintenance; a margin from `leverage` holds it on top
   * of value / leverage, so there it cancels).
   */
  readonly closeFeeBasis?: CloseFeeBasis;
  /** Default `'linear'`. */
  readonly contract?: Contract;
  /** A cross-margin position: what the other positions sharing the wallet hold against it (their maintenance and unrealised PnL). */
  readonly cross?: CrossWallet;
  /** Decimal places, default 8. A long rounds `ceil`, a short `floor` (the conservative side). */
  readonly scale?: number;
  /** The instrument's tick: the price is the multiple of it on the same conservative side (Bybit BTCUSD 0.5). Not with `scale`. */
  readonly tickSize?: DecimalInput;
}

/**
 * The mark price at which the position's equity falls to its maintenance margin, or `null` when
 * no positive price is such a boundary — the position is never liquidated by price (a long whose
 * margin covers its whole notional), or (cross only) it is liquidatable at every price.
 * Formula page: [docs/liquidation-price.md](../../docs/liquidation-price.md).
 *
 * @example
 * // Bybit: long 1 BTC at 20,000, 50x, maintenance 0.5% valued at entry
 * liquidationPrice({ side: 'long', entryPrice: 20000, quantity: 1, leverage: 50, maintenanceMarginRate: '0.005', maintenanceBasis: 'entry' })
 * // → Big('19700')
 */
export function liquidationPrice(given: LiquidationPriceInput): Decimal | null {
  requireShape(given, '', SHAPE);
  return fromFields(given, true);
}

/**
 * The common case — linear, a margin and a flat rate given, no other option (fee, amount, tiers,
 * tick, cross wallet, leverage) — as `liquidationPrice` takes it first, on an input object whose
 * names are checked: certified from the inputs' shadows, or `undefined` for the exact path.
 */
export function quickLinearPrice(input: LiquidationPriceInput): Decimal | undefined {
  return fromFields(input, false);
}

/**
 * Each field read once: the shortcut takes the values; when it declines, the exact path an object
 * made of them (`exact`), or `undefined`.
 */
function fromFields(given: LiquidationPriceInput, exact: true): Decimal | null;
function fromFields(given: LiquidationPriceInput, exact: false): Decimal | undefined;
function fromFields(given: LiquidationPriceInput, exact: boolean): Decimal | null | undefined {
  const { side, entryPrice, quantity, margin, leverage, maintenanceMarginRate, maintenanceAmount, tiers, maintenanceBasis, closeFeeRate, closeFeeBasis, contract, cross, scale, tickSize } = given;
  // the shortcut only with none of the fields it declines on (`DeclinedFields`, each tested here)
  if (margin !== undefined && leverage === undefined && maintenanceAmount === undefined && tiers === undefined && closeFeeRate === undefined && closeFeeBasis === undefined && cross === undefined && tickSize === undefined) {
    const quick = quickLinear(side, entryPrice, quantity, margin, maintenanceMarginRate, maintenanceBasis, contract, scale);
    if (quick !== undefined) return quick;
  }
  if (!exact) return undefined;
  const input: ReadFields<LiquidationPriceInput> = { side, entryPrice, quantity, margin, leverage, maintenanceMarginRate, maintenanceAmount, tiers, maintenanceBasis, closeFeeRate, closeFeeBasis, contract, cross, scale, tickSize };
  return exactLiquidationPrice(input as LiquidationPriceInput);
}

/**
 * The shortcut on the fields it takes, certified from their shadows read in place
 * (`shadowOfInput`: no decimal is made of them), or `undefined`, for `exactLiquidationPrice` to read
 * the inputs and answer: whatever this answers, that answers too (the same shadows, the same
 * certificate, `certifiedLinearPrice`).
 */
function quickLinear(side: unknown, entryPrice: unknown, quantity: unknown, margin: unknown, maintenanceMarginRate: unknown, basis: unknown, contract: unknown, scale: unknown): Decimal | undefined {
  if ((side !== 'long' && side !== 'short') || (contract !== undefined && contract !== 'linear') || (basis !== undefined && basis !== 'mark' && basis !== 'entry')) return undefined;
  // a scale the certificate's grid takes (up to 22 places); any other, valid or not, is read exactly
  if (scale !== undefined && !(Number.isInteger(scale) && (scale as number) >= 0 && (scale as number) <= 22)) return undefined;
  const scan = SCAN;
  const entry = shadowOfInput(entryPrice, scan);
  const size = shadowOfInput(quantity, scan);
  const margined = shadowOfInput(margin, scan);
  const rate = maintenanceMarginRate === undefined ? 0 : shadowOfInput(maintenanceMarginRate, scan);
  // the checks `toPrice`, `toQuantity`, `toAmount` and `toMaintenanceRate` make (NaN fails each)
  if (!(entry > 0 && size > 0 && margined >= 0 && rate >= 0 && rate < 1)) return undefined;
  return certifiedLinearShadows(size, entry, margined, 1, rate, 0, SHORT_SUM_ERROR, (basis as MaintenanceBasis | undefined) ?? 'mark', side, (scale as number | undefined) ?? DEFAULT_SCALE);
}

/**
 * The fields the shortcut takes, and those it declines on (each tested for `undefined` in
 * `liquidationPrice` before `quickLinear` is called): a field added to the input and in neither
 * list is a compile error in `LinearShortcutCovers`.
 */
type QuickFields = 'side' | 'entryPrice' | 'quantity' | 'margin' | 'maintenanceMarginRate' | 'maintenanceBasis' | 'contract' | 'scale';
type DeclinedFields = 'leverage' | 'maintenanceAmount' | 'tiers' | 'closeFeeRate' | 'closeFeeBasis' | 'cross' | 'tickSize';
export type LinearShortcutCovers = IsTrue<Covers<LiquidationPriceInput, QuickFields, DeclinedFields>>;

/** `liquidationPrice` with every input read into a decimal (its shape checked already). */
export function exactLiquidationPrice(input: LiquidationPriceInput): Decimal | null {
  const side = toSide(input.side);
  const contract = toContract(input.contract);
  const basis = toBasis(input.maintenanceBasis);
  const entry = toPrice(input.entryPrice, 'entryPrice');
  const quantity = toQuantity(input.quantity, 'quantity');
  const fee = input.closeFeeRate === undefined ? ZERO : toMaintenanceRate(input.closeFeeRate, 'closeFeeRate');
  const atBankruptcy = toChoice(input.closeFeeBasis ?? 'liquidation', 'closeFeeBasis', CLOSE_FEE_BASES, 'INVALID_OPTION') === 'bankruptcy';
  const grid = toPriceGrid(input.scale, input.tickSize);
  const given = toTerms(input, contract, entry, quantity);
  // At the bankruptcy price the fee is an amount the margin must keep; at the liquidation price, part
  // of the rate. A margin from the leverage already holds it (Bybit: initial margin = value /
  // leverage + estimated fee to close, maintenance = value × MMR + the same fee), so it cancels there.
  const terms = atBankruptcy && input.margin !== undefined && !isZero(fee) ? lessCloseFeeAtBankruptcy(given, contract, side, fee) : given;
  const closeFee = atBankruptcy ? ZERO : fee;
  const solve = SOLVERS[contract][basis][side];

  const rounded = (f: PriceFraction): Decimal | null =>
    isPositive(f.numerator) && isPositive(f.denominator) ? divideOnGrid(f.numerator, f.denominator, grid, side === 'long' ? 'ceil' : 'floor') : null;

  if (input.tiers === undefined) {
    const rate = input.maintenanceMarginRate === undefined ? ZERO : toMaintenanceRate(input.maintenanceMarginRate, 'maintenanceMarginRate');
    const amount = toOptionalAmount(input.maintenanceAmount, 'maintenanceAmount') ?? ZERO;
    const r = belowOne(rate, closeFee);
    // The common case certified from float64 first; the exact solver decides whatever that cannot.
    const fast = contract === 'linear' && grid.tick === undefined ? fastLinearPrice(terms, r, amount, basis, side, grid.scale) : undefined;
    return fast !== undefined ? fast : rounded(solve(terms, r, amount));
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
  closeFeeBasis: true,
  contract: true,
  cross: true,
  scale: true,
  tickSize: true,
};
const BASES: readonly MaintenanceBasis[] = ['mark', 'entry'];
/** Every `CloseFeeBasis` (internal: the validators' list). */
export const CLOSE_FEE_BASES: readonly CloseFeeBasis[] = ['liquidation', 'bankruptcy'];

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
