import { approximate } from '../decimal/approximation.js';
import { MarginError } from '../errors.js';
import { coverageOf, type CoverageMultiple } from '../risk/coverageMultiple.js';
import { toRiskModel, type ResolvedRiskModel } from '../risk/model.js';
import { toThresholds } from '../risk/thresholds.js';
import type { MonitorRules } from './monitoredAccount.js';

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

/** Validates a book's or index's rules (the usual codes name the field). */
export function toTrackingRules(rules: MonitorRules | undefined): TrackingRules {
  const model = toRiskModel(rules?.model);
  const thresholds = toThresholds(rules?.thresholds, model);
  const valuationAsset = rules?.valuationAsset ?? 'USDT';
  if (typeof valuationAsset !== 'string' || valuationAsset === '') {
    throw new MarginError('INVALID_OPTION', 'valuationAsset must be an asset name', { field: 'valuationAsset', value: String(valuationAsset) });
  }
  return {
    model,
    valuationAsset,
    liquidation: shadowed(coverageOf(model, thresholds.liquidation)),
    marginCall: shadowed(coverageOf(model, thresholds.marginCall)),
  };
}
