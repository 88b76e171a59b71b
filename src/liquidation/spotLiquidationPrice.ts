import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { coverageOf } from '../risk/coverageMultiple.js';
import { toRiskModel, type RiskModel } from '../risk/model.js';
import { toThreshold, toThresholds } from '../risk/thresholds.js';
import { solveSpotPrice } from './solveSpotPrice.js';
import { toPriceGrid } from './priceGrid.js';
import { hasShape, readFields, readShape, type Shape } from '../input/shape.js';
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
  const input = readFields(given, '', SHAPE, fieldsRead);
  return quickSpotPrice(input) ?? exactSpotLiquidationPrice(input);
}

/** Every field of the input read once (absent ones `undefined`), both sides too: the shortcut and the exact path read the same amounts. */
const fieldsRead = (v: SpotLiquidationPriceInput): SpotLiquidationPriceInput =>
  ({ base: sideRead(v.base), quote: sideRead(v.quote), model: v.model, threshold: v.threshold, scale: v.scale, tickSize: v.tickSize }) as SpotLiquidationPriceInput;

/** A side's two amounts read once; anything that is not a side (not a record, or other fields) is left as it is, for the exact path's error. */
function sideRead(side: PairSide): PairSide {
  return hasShape(side, PAIR_SIDE) ? { held: side.held, debt: side.debt } : side;
}

/**
 * The common case — a debt-ratio or margin-level model (k = 1/θ or ℓ), no tick — certified from
 * the inputs' shadows read in place (`shadowOfInput`: no decimal is made of them), or `undefined`,
 * for `exactSpotLiquidationPrice` to read the inputs and answer: whatever this answers, that
 * answers too (the same shadows, the same certificate, `certifiedSpotPrice`). It reads the model
 * as that does first (its errors are that's first); it throws nothing else.
 */
export function quickSpotPrice(input: SpotLiquidationPriceInput): Decimal | undefined {
  const { base, quote, threshold, scale } = input;
  const kind = input.model === undefined ? 'debtRatio' : typeof input.model === 'object' && input.model !== null ? (input.model as { kind?: unknown }).kind : undefined;
  // only the fields it takes (an option added later goes to the exact path until it is taken here)
  if ((kind !== 'debtRatio' && kind !== 'marginLevel') || input.tickSize !== undefined || !hasShape(base, PAIR_SIDE) || !hasShape(quote, PAIR_SIDE)) return undefined;
  // a scale the certificate's grid takes (up to 22 places); any other, valid or not, is read exactly
  if (scale !== undefined && !(Number.isInteger(scale) && scale >= 0 && scale <= 22)) return undefined;
  const model = toRiskModel(input.model);
  const scan = SCAN;
  // the default thresholds are short decimals; a given one is read in place, positive
  const level = threshold === undefined ? shadow(toThresholds(undefined, model).liquidation) : shadowOfInput(threshold, scan);
  const held = shadowOfInput(base.held, scan);
  const debt = shadowOfInput(base.debt, scan);
  const otherAssets = shadowOfInput(quote.held, scan);
  const otherLiabilities = shadowOfInput(quote.debt, scan);
  if (!(level > 0 && held >= 0 && debt >= 0 && otherAssets >= 0 && otherLiabilities >= 0)) return undefined;
  // `coverageOf`: debt ratio θ → k = 1/θ; margin level ℓ → k = ℓ/1
  const ratio = model.kind === 'debtRatio';
  return certifiedSpotShadows(held, debt, otherAssets, otherLiabilities, ratio ? 1 : level, ratio ? level : 1, SHORT_SUM_ERROR, scale ?? DEFAULT_SCALE);
}

/** `spotLiquidationPrice` with every input read into a decimal (its shape checked already). */
export function exactSpotLiquidationPrice(input: SpotLiquidationPriceInput): Decimal | null {
  const model = toRiskModel(input.model);
  const threshold = input.threshold === undefined ? toThresholds(undefined, model).liquidation : toThreshold(input.threshold, 'threshold');
  const base = readShape(input.base, 'base', PAIR_SIDE, 'INVALID_OPTION', 'MISSING_INPUT');
  const quote = readShape(input.quote, 'quote', PAIR_SIDE, 'INVALID_OPTION', 'MISSING_INPUT');
  return solveSpotPrice(
    toAmount(base.held, 'base.held', STORED),
    toAmount(base.debt, 'base.debt', STORED),
    toAmount(quote.held, 'quote.held', STORED),
    toAmount(quote.debt, 'quote.debt', STORED),
    coverageOf(model, threshold),
    toPriceGrid(input.scale, input.tickSize),
  );
}
