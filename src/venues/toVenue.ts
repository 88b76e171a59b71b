import { toLeverage } from '../borrowing/toLeverage.js';
import { toRate } from '../decimal/validate.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { MarginError, shown } from '../errors.js';
import { requireArray, requireShape, toBoolean, toChoice, type Shape } from '../input/shape.js';
import { toClock } from '../interest/clock.js';
import { toRatePeriodHours } from '../interest/toRatePeriodHours.js';
import { toRiskModel } from '../risk/model.js';
import { toThreshold, toThresholds } from '../risk/thresholds.js';
import { isVenueName } from './toVenuePreset.js';
import type { ResolvedRiskModel } from '../risk/model.js';
import { ONE } from '../decimal/constructor.js';
import type { PerMode, PerPairMaintenance, VenuePreset, VenueRisk, VenueRiskLevel, VenueRiskTier } from './venuePreset.js';
import { LIQUIDATION_MODES } from '../liquidation/liquidationPlan.js';
import { FEE_ASSETS } from '../account/config.js';
import { CLOSE_FEE_BASES } from '../liquidation/liquidationPrice.js';

/** Whether a preset's model leaves the maintenance rate to each pair (the account gives it). */
export function isPerPair(model: VenueRisk['model'] | undefined): model is PerPairMaintenance {
  return typeof model === 'object' && model !== null && model.kind === 'maintenance' && (model as { maintenanceMarginRate?: unknown }).maintenanceMarginRate === 'perPair';
}

// thresholds of a per-pair maintenance model are checked as a maintenance model's (the rate does not change their order)
const PER_PAIR_STANDIN: ResolvedRiskModel = { kind: 'maintenance', maintenanceMarginRate: ONE };

const PRESET: Shape<VenuePreset> = {
  name: true,
  title: true,
  product: true,
  maxLeverage: true,
  risk: true,
  interest: true,
  transferOutLimit: true,
  liquidationFeeRate: true,
  liquidationMode: true,
  feeAsset: true,
  liquidationPrice: true,
  repaymentOrder: true,
  follows: true,
};
const PER_MODE: Shape<PerMode<unknown>> = { cross: true, isolated: true };
const RISK: Shape<VenueRisk> = { model: true, thresholds: true, partialTarget: true, levels: true, transferOutLimit: true, transferOutAtLimit: true, transferOutMarginLevel: true };
const LEVEL: Shape<VenueRiskLevel> = { maxLeverage: true, thresholds: true, partialTarget: true, tiers: true };
const TIER: Shape<VenueRiskTier> = { maxLeverage: true, partialTarget: true };
/** More leverage levels, or tiers in a level, than any venue publishes (Binance: three levels, ten tiers). */
const MAX_LEVELS = 16;
const PER_PAIR: Shape<PerPairMaintenance> = { kind: true, maintenanceMarginRate: true };
const INTEREST: Shape<NonNullable<VenuePreset['interest']>> = { clock: true, ratePeriodHours: true };
const LIQUIDATION_PRICE: Shape<NonNullable<VenuePreset['liquidationPrice']>> = { maintenanceBasis: true, closeFeeIncluded: true, closeFeeBasis: true };

function text(value: unknown, field: string, max: number): void {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) {
    throw new MarginError('INVALID_CONFIG', `${field} must be a text of 1 to ${max} characters, got ${shown(value)}`, { field, value: shown(value) });
  }
}

function perMode<T>(value: PerMode<T> | undefined, field: string, check: (v: T, field: string) => void): void {
  if (value === undefined) return;
  requireShape(value, field, PER_MODE as Shape<PerMode<T>>, 'INVALID_CONFIG', 'INVALID_CONFIG');
  for (const mode of ['cross', 'isolated'] as const) {
    const v = value[mode];
    if (v !== undefined) check(v, `${field}.${mode}`);
  }
}

/**
 * Checks that `venue` is a preset: `venuePresets.x`, or an object of the same shape (a preset read
 * back from a stored configuration) — a known venue name and every field of the right kind. Anything
 * else is `INVALID_CONFIG` naming the field: a preset's rules are never guessed from a look-alike.
 */
export function toVenue(venue: unknown, field = 'venue'): VenuePreset {
  requireShape(venue as VenuePreset, field, PRESET, 'INVALID_CONFIG', 'INVALID_CONFIG');
  const v = venue as VenuePreset;
  if (!isVenueName(v.name as string)) throw new MarginError('INVALID_CONFIG', `${field}.name must name a preset, got ${shown(v.name)}`, { field: `${field}.name`, value: shown(v.name) });
  text(v.title, `${field}.title`, 100);
  toChoice(v.product, `${field}.product`, ['spotMargin', 'leveraged'] as const, 'INVALID_CONFIG');
  requireShape(v.maxLeverage, `${field}.maxLeverage`, PER_MODE as Shape<PerMode<string>>, 'INVALID_CONFIG', 'INVALID_CONFIG');
  perMode(v.maxLeverage, `${field}.maxLeverage`, (cap, f) => toLeverage(cap as DecimalInput, f));
  perMode(v.risk, `${field}.risk`, (risk, f) => {
    requireShape(risk, f, RISK, 'INVALID_CONFIG', 'INVALID_CONFIG');
    const model = isPerPair(risk.model) ? (requireShape(risk.model, `${f}.model`, PER_PAIR, 'INVALID_CONFIG', 'INVALID_CONFIG'), PER_PAIR_STANDIN) : toRiskModel(risk.model, `${f}.model`);
    toThresholds(risk.thresholds, model, `${f}.thresholds`);
    if (risk.partialTarget !== undefined) toThreshold(risk.partialTarget, `${f}.partialTarget`);
    if (risk.transferOutLimit !== undefined) toThreshold(risk.transferOutLimit, `${f}.transferOutLimit`);
    toBoolean(risk.transferOutAtLimit, `${f}.transferOutAtLimit`, false, 'INVALID_CONFIG');
    if (risk.transferOutMarginLevel !== undefined) toThreshold(risk.transferOutMarginLevel, `${f}.transferOutMarginLevel`);
    if (risk.levels !== undefined) {
      requireArray(risk.levels, `${f}.levels`, 'INVALID_CONFIG');
      if (risk.levels.length > MAX_LEVELS) throw new MarginError('INVALID_CONFIG', `${f}.levels may hold at most ${MAX_LEVELS} levels`, { field: `${f}.levels` });
      risk.levels.forEach((level, i) => {
        const g = `${f}.levels.${i}`;
        requireShape(level, g, LEVEL, 'INVALID_CONFIG', 'INVALID_CONFIG');
        toLeverage(level.maxLeverage, `${g}.maxLeverage`);
        toThresholds(level.thresholds, model, `${g}.thresholds`);
        if (level.partialTarget !== undefined) toThreshold(level.partialTarget, `${g}.partialTarget`);
        if (level.tiers !== undefined) {
          requireArray(level.tiers, `${g}.tiers`, 'INVALID_CONFIG');
          if (level.tiers.length > MAX_LEVELS) throw new MarginError('INVALID_CONFIG', `${g}.tiers may hold at most ${MAX_LEVELS} tiers`, { field: `${g}.tiers` });
          level.tiers.forEach((tier, j) => {
            requireShape(tier, `${g}.tiers.${j}`, TIER, 'INVALID_CONFIG', 'INVALID_CONFIG');
            toLeverage(tier.maxLeverage, `${g}.tiers.${j}.maxLeverage`);
            toThreshold(tier.partialTarget, `${g}.tiers.${j}.partialTarget`);
          });
        }
      });
    }
  });
  if (v.interest !== undefined) {
    requireShape(v.interest, `${field}.interest`, INTEREST, 'INVALID_CONFIG', 'INVALID_CONFIG');
    toClock(v.interest.clock, `${field}.interest.clock`);
    toRatePeriodHours(v.interest.ratePeriodHours, `${field}.interest.ratePeriodHours`);
  }
  if (v.transferOutLimit !== undefined) toThreshold(v.transferOutLimit, `${field}.transferOutLimit`);
  if (v.liquidationFeeRate !== undefined) toRate(v.liquidationFeeRate, `${field}.liquidationFeeRate`);
  if (v.feeAsset !== undefined) toChoice(v.feeAsset, `${field}.feeAsset`, FEE_ASSETS, 'INVALID_CONFIG');
  if (v.liquidationMode !== undefined) toChoice(v.liquidationMode, `${field}.liquidationMode`, LIQUIDATION_MODES, 'INVALID_CONFIG');
  if (v.liquidationPrice !== undefined) {
    requireShape(v.liquidationPrice, `${field}.liquidationPrice`, LIQUIDATION_PRICE, 'INVALID_CONFIG', 'INVALID_CONFIG');
    toChoice(v.liquidationPrice.maintenanceBasis, `${field}.liquidationPrice.maintenanceBasis`, ['mark', 'entry'] as const, 'INVALID_CONFIG');
    toBoolean(v.liquidationPrice.closeFeeIncluded, `${field}.liquidationPrice.closeFeeIncluded`, false, 'INVALID_CONFIG');
    if (v.liquidationPrice.closeFeeBasis !== undefined) toChoice(v.liquidationPrice.closeFeeBasis, `${field}.liquidationPrice.closeFeeBasis`, CLOSE_FEE_BASES, 'INVALID_CONFIG');
  }
  if (v.repaymentOrder !== undefined) toChoice(v.repaymentOrder, `${field}.repaymentOrder`, ['interestFirst'] as const, 'INVALID_CONFIG');
  if (v.follows !== undefined) text(v.follows, `${field}.follows`, 2000);
  return v;
}
