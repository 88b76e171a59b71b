import { MarginError, shown } from '../errors.js';
import { assetEntries } from '../input/assetName.js';
import { requireObject } from '../input/shape.js';
import type { RiskModel } from '../risk/model.js';
import { isPerPair, toVenue } from '../venues/toVenue.js';
import type { VenuePreset, VenueRiskLevel, VenueRiskTier } from '../venues/venuePreset.js';
import { toLeverage } from '../borrowing/toLeverage.js';
import { D } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import type { AccountConfig, InterestRule } from './config.js';

function invalid(message: string, field: string, venue: VenuePreset): MarginError {
  return new MarginError('INVALID_CONFIG', message, { field, venue: String(venue.name) });
}

/** A rule without its `undefined` fields, so spreading it over the venue's defaults keeps them. */
function definedOnly(rule: InterestRule): InterestRule {
  return Object.fromEntries(Object.entries(rule).filter(([, value]) => value !== undefined)) as unknown as InterestRule;
}

/**
 * The venue's rule for the account's max leverage, matched by value (`'10'`, `10` and `'10.0'` are one
 * level). A leverage the venue has no level for is `INVALID_CONFIG` naming `maxLeverage`, unless the
 * caller gives the thresholds themselves.
 */
function levelOf(levels: readonly VenueRiskLevel[], maxLeverage: DecimalInput | undefined, mode: string, venue: VenuePreset): VenueRiskLevel {
  const wanted = maxLeverage === undefined ? undefined : toLeverage(maxLeverage, 'maxLeverage');
  const level = wanted === undefined ? undefined : levels.find((l) => new D(l.maxLeverage).eq(wanted));
  if (level === undefined) {
    const known = levels.map((l) => `${l.maxLeverage}x`).join(', ');
    throw invalid(`${venue.title} ${mode} margin has rules for ${known}: give one of these maxLeverage, or thresholds of your own`, 'maxLeverage', venue);
  }
  return level;
}

/**
 * The tier `wanted` (1-based) of the account's leverage level, or `undefined` when none is asked. A tier
 * needs a level with tiers (the venue's rule for the account's leverage, not thresholds of the caller's).
 */
function tierOf(level: VenueRiskLevel | undefined, wanted: unknown, mode: string, venue: VenuePreset): VenueRiskTier | undefined {
  if (wanted === undefined) return undefined;
  const tiers = level?.tiers;
  if (tiers === undefined) throw invalid(`${venue.title} ${mode} margin has no tiers for this account's rule: tier applies to a leverage level with tiers (Binance isolated)`, 'tier', venue);
  if (typeof wanted !== 'number' || !Number.isSafeInteger(wanted) || wanted < 1 || wanted > tiers.length) {
    throw invalid(`tier must be a whole number from 1 to ${tiers.length} for ${venue.title} ${mode} margin at ${level!.maxLeverage}x, got ${shown(wanted)}`, 'tier', venue);
  }
  return tiers[wanted - 1];
}

/**
 * The configuration (its `mode` already checked) with the preset's rules filled in where the caller gave none ([docs/venues.md](../../docs/venues.md)).
 * The caller's fields always win. A rule the venue does not publish is never guessed: an account on a
 * preset without a risk rule for its mode must name its own `riskModel`.
 */
export function withVenue(config: AccountConfig): AccountConfig {
  if (config.venue === undefined) return config;
  const venue = toVenue(config.venue);
  if (venue.product !== 'spotMargin') {
    throw invalid(`${venue.title} presets carry leverage caps for positions, not spot margin account rules`, 'venue', venue);
  }
  const mode = config.mode;
  const cap = venue.maxLeverage[mode];
  if (cap === undefined && config.maxLeverage === undefined) {
    throw invalid(`${venue.title} publishes no ${mode} margin leverage; give maxLeverage`, 'maxLeverage', venue);
  }
  const risk = venue.risk?.[mode];
  const ownModel = config.riskModel !== undefined;
  if (!ownModel && risk === undefined) {
    throw invalid(`${venue.title} publishes no ${mode} account risk rule this library models; give riskModel and thresholds`, 'riskModel', venue);
  }
  const interest: Record<string, InterestRule> = {};
  for (const [asset, rule] of assetEntries(config.interest, 'interest')) {
    requireObject(rule, `interest.${asset}`, 'INVALID_CONFIG');
    interest[asset] = venue.interest === undefined ? rule : { ...venue.interest, ...definedOnly(rule) };
  }
  const maxLeverage = config.maxLeverage ?? cap;
  let riskModel: RiskModel | undefined = config.riskModel;
  if (riskModel === undefined && risk !== undefined) {
    if (isPerPair(risk.model)) {
      if (config.maintenanceMarginRate === undefined && config.liabilityTiers === undefined) {
        throw invalid(`${venue.title} sets the ${mode} maintenance margin rate per pair or position tier: give the account's maintenanceMarginRate or liabilityTiers`, 'maintenanceMarginRate', venue);
      }
      // with tiers and no flat rate, every asset needs tiers (checked with the rules): no debt goes without maintenance
      riskModel = { kind: 'maintenance', maintenanceMarginRate: config.maintenanceMarginRate ?? '0' };
    } else {
      riskModel = risk.model;
    }
  }
  // a venue with a rule per leverage level (Binance): the level of the account's max leverage
  const level = ownModel || risk?.levels === undefined || config.thresholds !== undefined ? undefined : levelOf(risk.levels, maxLeverage, mode, venue);
  const tier = tierOf(level, config.tier, mode, venue);
  const thresholds = config.thresholds ?? (ownModel ? undefined : (level?.thresholds ?? risk?.thresholds));
  // one transfer-out limit: the caller's (in either measure), else the venue's
  const transferOutMarginLevel = config.transferOutMarginLevel ?? (ownModel || config.transferOutLimit !== undefined ? undefined : risk?.transferOutMarginLevel);
  const transferOutLimit = config.transferOutLimit ?? (ownModel || transferOutMarginLevel !== undefined ? undefined : (risk?.transferOutLimit ?? venue.transferOutLimit));
  const transferOutAtLimit = config.transferOutAtLimit ?? (ownModel ? undefined : risk?.transferOutAtLimit);
  const partialLiquidationTarget = config.partialLiquidationTarget ?? (ownModel ? undefined : (tier?.partialTarget ?? (level === undefined ? risk?.partialTarget : level.partialTarget)));
  const liquidationMode = config.liquidationMode ?? venue.liquidationMode;
  const feeAsset = config.feeAsset ?? venue.feeAsset;
  const { tier: _consumed, ...rest } = config;
  return {
    ...rest,
    ...(tier !== undefined ? { maxLeverage: tier.maxLeverage } : maxLeverage === undefined ? {} : { maxLeverage }),
    ...(riskModel === undefined ? {} : { riskModel }),
    ...(thresholds === undefined ? {} : { thresholds }),
    ...(transferOutLimit === undefined ? {} : { transferOutLimit }),
    ...(transferOutAtLimit === undefined ? {} : { transferOutAtLimit }),
    ...(transferOutMarginLevel === undefined ? {} : { transferOutMarginLevel }),
    ...(partialLiquidationTarget === undefined ? {} : { partialLiquidationTarget }),
    ...(liquidationMode === undefined ? {} : { liquidationMode }),
    ...(feeAsset === undefined ? {} : { feeAsset }),
    interest,
  };
}
