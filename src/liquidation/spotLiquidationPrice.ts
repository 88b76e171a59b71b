import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { coverageOf } from '../risk/coverageMultiple.js';
import { toRiskModel, type RiskModel } from '../risk/model.js';
import { toThreshold, toThresholds } from '../risk/thresholds.js';
import { solveSpotPrice } from './solveSpotPrice.js';
import { toPriceGrid } from './priceGrid.js';
import { hasShape, requireShape, type Covers, type IsTrue, type ReadFields, type Shape } from '../input/shape.js';
import { SHORT_SUM_ERROR, shadow } from '../decimal/certified.js';
import { shadowOfInput } from '../decimal/inputShadow.js';
import { SCAN } from '../decimal/parseDecimal.js';
import { DEFAULT_SCALE } from '../decimal/round.js';
import { certifiedSpotShadows } from './certifiedPrice.js';
import { STORED } from '../decimal/bounds.js';

/** One side of a pair account: what is held and what is owed of that asset. */
export interface PairSide {
  /** What the account holds of this asset. */
  readonly held: DecimalInput;
  /** What it owes of this asset, interest included. */
  readonly debt: DecimalInput;
}

/** Input of `spotLiquidationPrice`: what an isolated pair account holds and owes of base and quote, the model and the threshold. */
export interface SpotLiquidationPriceInput {
  /** The traded asset (BTC in BTC/USDT); its price p is in quote units. */
  readonly base: PairSide;
  /** The asset prices are in (USDT in BTC/USDT): what is held and owed of it. */
  readonly quote: PairSide;
  /** Default `{ kind: 'debtRatio' }`. */
  readonly model?: RiskModel;
  /** In the model's measure; default the model's liquidation threshold (1.0, or 1.1 for marginLevel). Pass the margin-call level to get the warning price. */
  readonly threshold?: DecimalInput;
  /** Decimal places, default 8. A falling trigger rounds `ceil`, a rising one `floor` (the conservative side). */
  readonly scale?: number;
  /** The pair's price tick: the price is the multiple of it on the conservative side, as `scale` rounds. Not with `scale`. */
  readonly tickSize?: DecimalInput;
}

const PAIR_SIDE: Shape<PairSide> = { held: true, debt: true };
const SHAPE: Shape<SpotLiquidationPriceInput> = { base: true, quote: true, model: true, threshold: true, scale: true, tickSize: true };

/**
 * The base price at which an isolated pair account reaches the threshold:
 * `p* = (k·Dq − Qt) / (B − k·Db)` with k the coverage multiple. Net long the base, the account
 * is liquidated as the price falls to p*; net short, as it rises to p*. `null` when no price in
 * (0, ∞) is such a boundary (no debt, enough collateral at any price, or already beyond the
 * threshold at every price — check `riskStatus` for the current state).
 * Formula page: [docs/liquidation-price.md](../../docs/liquidation-price.md) ("Spot margin").
 *
 * @example
 * // 1,000 USDT at 3x long: 0.05 BTC held, 2,000 USDT owed → liquidated at 40,000
 * spotLiquidationPrice({ base: { held: '0.05', debt: 0 }, quote: { held: 0, debt: '2000' } }) // → Big('40000')
 */
export function spotLiquidationPrice(given: SpotLiquidationPriceInput): Decimal | null {
  requireShape(given, '', SHAPE);
  return fromFields(given, true);
}

/**
 * The common case — a debt-ratio or margin-level model (k = 1/θ or ℓ), no tick — as
 * `spotLiquidationPrice` takes it first, on an input object whose names are checked: certified
 * from the inputs' shadows, or `undefined` for the exact path.
 */
export function quickSpotPrice(input: SpotLiquidationPriceInput): Decimal | undefined {
  return fromFields(input, false);
}

/**
 * Each field read once, a side's two amounts too: the shortcut takes the values; when it declines,
 * the exact path objects made of them (`exact`; a side that is no side is handed on as it is, for
 * that path's error), or `undefined`.
 */
function fromFields(given: SpotLiquidationPriceInput, exact: true): Decimal | null;
function fromFields(given: SpotLiquidationPriceInput, exact: false): Decimal | undefined;
function fromFields(given: SpotLiquidationPriceInput, exact: boolean): Decimal | null | undefined {
  const { base, quote, model, threshold, scale, tickSize } = given;
  const sides = hasShape(base, PAIR_SIDE) && hasShape(quote, PAIR_SIDE);
  if (!sides) return exact ? exactSpotLiquidationPrice({ base, quote, model, threshold, scale, tickSize } satisfies ReadFields<SpotLiquidationPriceInput> as SpotLiquidationPriceInput) : undefined;
  const { held, debt } = base;
  const { held: quoteHeld, debt: quoteDebt } = quote;
  // the shortcut only with none of the fields it declines on (`DeclinedFields`, tested here)
  if (tickSize === undefined) {
    const quick = quickSpot(held, debt, quoteHeld, quoteDebt, model, threshold, scale);
    if (quick !== undefined) return quick;
  }
  if (!exact) return undefined;
  const input: ReadFields<SpotLiquidationPriceInput> = { base: { held, debt }, quote: { held: quoteHeld, debt: quoteDebt }, model, threshold, scale, tickSize };
  return exactSpotLiquidationPrice(input as SpotLiquidationPriceInput);
}

/**
 * The shortcut on the amounts and options it takes, certified from their shadows read in place
 * (`shadowOfInput`: no decimal is made of them), or `undefined`, for `exactSpotLiquidationPrice` to
 * read the inputs and answer: whatever this answers, that answers too (the same shadows, the same
 * certificate, `certifiedSpotPrice`). It reads the model as that does first (its errors are that's
 * first); it throws nothing else.
 */
function quickSpot(baseHeld: unknown, baseDebt: unknown, quoteHeld: unknown, quoteDebt: unknown, given: RiskModel | undefined, threshold: unknown, scale: unknown): Decimal | undefined {
  const kind = given === undefined ? 'debtRatio' : typeof given === 'object' && given !== null ? (given as { kind?: unknown }).kind : undefined;
  if (kind !== 'debtRatio' && kind !== 'marginLevel') return undefined;
  // a scale the certificate's grid takes (up to 22 places); any other, valid or not, is read exactly
  if (scale !== undefined && !(Number.isInteger(scale) && (scale as number) >= 0 && (scale as number) <= 22)) return undefined;
  const model = toRiskModel(given);
  const scan = SCAN;
  // the default thresholds are short decimals; a given one is read in place, positive
  const level = threshold === undefined ? shadow(toThresholds(undefined, model).liquidation) : shadowOfInput(threshold, scan);
  const held = shadowOfInput(baseHeld, scan);
  const debt = shadowOfInput(baseDebt, scan);
  const otherAssets = shadowOfInput(quoteHeld, scan);
  const otherLiabilities = shadowOfInput(quoteDebt, scan);
  if (!(level > 0 && held >= 0 && debt >= 0 && otherAssets >= 0 && otherLiabilities >= 0)) return undefined;
  // `coverageOf`: debt ratio θ → k = 1/θ; margin level ℓ → k = ℓ/1
  const ratio = model.kind === 'debtRatio';
  return certifiedSpotShadows(held, debt, otherAssets, otherLiabilities, ratio ? 1 : level, ratio ? level : 1, SHORT_SUM_ERROR, (scale as number | undefined) ?? DEFAULT_SCALE);
}

/** The fields the shortcut takes, and those it declines on: a field added to the input and in neither is a compile error. */
type QuickFields = 'base' | 'quote' | 'model' | 'threshold' | 'scale';
type DeclinedFields = 'tickSize';
export type SpotShortcutCovers = IsTrue<Covers<SpotLiquidationPriceInput, QuickFields, DeclinedFields>>;

/** `spotLiquidationPrice` with every input read into a decimal (its shape checked already). */
export function exactSpotLiquidationPrice(input: SpotLiquidationPriceInput): Decimal | null {
  const model = toRiskModel(input.model);
  const threshold = input.threshold === undefined ? toThresholds(undefined, model).liquidation : toThreshold(input.threshold, 'threshold');
  // the sides `spotLiquidationPrice` read, or what it could not read as sides (refused here): checked, not copied again
  const base = requireShape(input.base, 'base', PAIR_SIDE, 'INVALID_OPTION', 'MISSING_INPUT');
  const quote = requireShape(input.quote, 'quote', PAIR_SIDE, 'INVALID_OPTION', 'MISSING_INPUT');
  return solveSpotPrice(
    toAmount(base.held, 'base.held', STORED),
    toAmount(base.debt, 'base.debt', STORED),
    toAmount(quote.held, 'quote.held', STORED),
    toAmount(quote.debt, 'quote.debt', STORED),
    coverageOf(model, threshold),
    toPriceGrid(input.scale, input.tickSize),
  );
}
