import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { valuationExcluding, type AccountValuationInput } from '../risk/accountValuation.js';
import { coverageOf } from '../risk/coverageMultiple.js';
import { toRiskModel, type RiskModel } from '../risk/model.js';
import { toThreshold, toThresholds } from '../risk/thresholds.js';
import { requireMovable, solveSpotPrice } from './solveSpotPrice.js';
import { toPriceGrid } from './priceGrid.js';
import { readShape, type Shape } from '../input/shape.js';
import { toAssetName } from '../input/assetName.js';

/** Input of `crossSpotLiquidationPrice`: a cross account's balances, loans and prices, and the asset whose price moves. */
export interface CrossSpotLiquidationPriceInput extends AccountValuationInput {
  /** The asset whose price moves; every other asset keeps its price in `prices`. */
  readonly asset: string;
  /** Default `{ kind: 'debtRatio' }`. */
  readonly model?: RiskModel;
  /** In the model's measure; default the model's liquidation threshold. */
  readonly threshold?: DecimalInput;
  /** Decimal places, default 8; rounded toward the conservative side as `spotLiquidationPrice`. */
  readonly scale?: number;
  /** The asset's price tick: the price is the multiple of it on the conservative side. Not with `scale`. */
  readonly tickSize?: DecimalInput;
}

const SHAPE: Shape<CrossSpotLiquidationPriceInput> = { asset: true, balances: true, loans: true, prices: true, valuationAsset: true, model: true, threshold: true, scale: true, tickSize: true };

/**
 * For a cross account of many assets: the price of one `asset` (in the valuation asset) at which
 * the account reaches the threshold, every other price held fixed — the §7.4 solve with the other
 * assets and liabilities as the fixed terms. `null` when no price in (0, ∞) is a boundary.
 * Formula page: [docs/liquidation-price.md](../../docs/liquidation-price.md) ("Spot margin, cross").
 *
 * @example
 * crossSpotLiquidationPrice({ asset: 'BTC', balances: { BTC: '0.05', ETH: '1' },
 *   loans: { USDT: { principal: '4000' } }, prices: { BTC: '60000', ETH: '2000' } }) // → Big('40000')
 */
export function crossSpotLiquidationPrice(given: CrossSpotLiquidationPriceInput): Decimal | null {
  const input = readShape(given, '', SHAPE);
  const asset = toAssetName(input.asset, 'asset');
  const model = toRiskModel(input.model);
  const threshold = input.threshold === undefined ? toThresholds(undefined, model).liquidation : toThreshold(input.threshold, 'threshold');
  const { assets, liabilities, held, debt } = valuationExcluding(input, asset);
  requireMovable(asset, input.valuationAsset ?? 'USDT', 'asset');
  return solveSpotPrice(held, debt, assets, liabilities, coverageOf(model, threshold), toPriceGrid(input.scale, input.tickSize));
}
