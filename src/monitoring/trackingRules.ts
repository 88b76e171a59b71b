import { approximate } from '../decimal/approximation.js';
import { coverageOf, type CoverageMultiple } from '../risk/coverageMultiple.js';
import { toRiskModel, type ResolvedRiskModel } from '../risk/model.js';
import { toThresholds } from '../risk/thresholds.js';
import type { MonitorRules } from './monitoredAccount.js';
import { toAssetName } from '../input/assetName.js';
import { readShape, type Shape } from '../input/shape.js';
import type { LiquidationIndexOptions } from './createLiquidationIndex.js';

/** A coverage multiple with float shadows of its two terms. */
export interface ShadowedMultiple extends CoverageMultiple {
  readonly numeratorShadow: number;
  readonly denominatorShadow: number;
}

/** Validated monitor rules: the two coverage multiples every classification compares with. */
export interface TrackingRules {
  readonly model: ResolvedRiskModel;
  readonly valuationAsset: string;
  readonly liquidation: ShadowedMultiple;
  readonly marginCall: ShadowedMultiple;
}

function shadowed(k: CoverageMultiple): ShadowedMultiple {
  return { ...k, numeratorShadow: approximate(k.numerator), denominatorShadow: approximate(k.denominator) };
}

const RULES: Shape<MonitorRules> = { model: true, thresholds: true, valuationAsset: true };
const INDEX_OPTIONS: Shape<LiquidationIndexOptions> = { ...RULES, prices: true };

/** Validates a book's rules, or an index's options (`withPrices`), the usual codes naming the field. */
export function toTrackingRules(given: MonitorRules | undefined, withPrices = false): TrackingRules {
  const rules = given !== undefined || withPrices ? readShape(given as LiquidationIndexOptions, withPrices ? 'options' : 'rules', withPrices ? INDEX_OPTIONS : RULES, 'INVALID_OPTION', 'MISSING_INPUT') : undefined;
  const model = toRiskModel(rules?.model);
  const thresholds = toThresholds(rules?.thresholds, model);
  const valuationAsset = rules?.valuationAsset === undefined ? 'USDT' : toAssetName(rules.valuationAsset, 'valuationAsset');
  return {
    model,
    valuationAsset,
    liquidation: shadowed(coverageOf(model, thresholds.liquidation)),
    marginCall: shadowed(coverageOf(model, thresholds.marginCall)),
  };
}
