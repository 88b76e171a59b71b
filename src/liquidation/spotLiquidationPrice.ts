import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { coverageOf } from '../risk/coverageMultiple.js';
import { toRiskModel, type RiskModel } from '../risk/model.js';
import { toThreshold, toThresholds } from '../risk/thresholds.js';
import { solveSpotPrice } from './solveSpotPrice.js';
import { toPriceGrid } from './priceGrid.js';
import { requireShape, type Shape } from '../input/shape.js';
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
export function spotLiquidationPrice(input: SpotLiquidationPriceInput): Decimal | null {
  requireShape(input, '', SHAPE);
  const model = toRiskModel(input.model);
  const threshold = input.threshold === undefined ? toThresholds(undefined, model).liquidation : toThreshold(input.threshold, 'threshold');
  requireShape(input.base, 'base', PAIR_SIDE, 'INVALID_OPTION', 'MISSING_INPUT');
  requireShape(input.quote, 'quote', PAIR_SIDE, 'INVALID_OPTION', 'MISSING_INPUT');
  return solveSpotPrice(
    toAmount(input.base.held, 'base.held', STORED),
    toAmount(input.base.debt, 'base.debt', STORED),
    toAmount(input.quote.held, 'quote.held', STORED),
    toAmount(input.quote.debt, 'quote.debt', STORED),
    coverageOf(model, threshold),
    toPriceGrid(input.scale, input.tickSize),
  );
}
