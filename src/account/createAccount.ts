import { zero, type Decimal } from '../decimal/constructor.js';
import { toAmount, toRate } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { toLeverage } from '../borrowing/toLeverage.js';
import { assetEntries, toAssetName } from '../input/assetName.js';
import { toEpochMs } from '../input/instant.js';
import { requireArray, requireObject, requireShape, toBoolean, toChoice, type Shape } from '../input/shape.js';
import { toClock } from '../interest/clock.js';
import { toRatePeriodHours } from '../interest/toRatePeriodHours.js';
import { toPrice } from '../positions/position.js';
import { coverageOf } from '../risk/coverageMultiple.js';
import { toRiskModel, type ResolvedRiskModel } from '../risk/model.js';
import { isSafer } from '../liquidation/planOptions.js';
import { toThreshold, toThresholds } from '../risk/thresholds.js';
import { seal } from '../sealed.js';
import type { AccountConfig, InterestRule } from './config.js';
import { MAX_ASSETS } from './limits.js';
import type { AccountRules, AccountState, ResolvedInterestRule } from './state.js';
import { toPlain } from './json.js';
import { snapshot } from '../input/snapshot.js';
import { withVenue } from './venueConfig.js';
import { LIQUIDATION_MODES } from '../liquidation/liquidationPlan.js';
import { FEE_ASSETS } from './config.js';
import { toLiabilityMaintenance } from './toLiabilityMaintenance.js';

/** The measure of `transferOutMarginLevel`, whatever the account's model. */
const MARGIN_LEVEL: ResolvedRiskModel = { kind: 'marginLevel' };

const CONFIG: Shape<AccountConfig> = {
  mode: true,
  venue: true,
  assets: true,
  pair: true,
  valuationAsset: true,
  maxLeverage: true,
  tier: true,
  riskModel: true,
  thresholds: true,
  maintenanceMarginRate: true,
  liabilityTiers: true,
  partialLiquidationTarget: true,
  liquidationMode: true,
  transferOutLimit: true,
  transferOutAtLimit: true,
  transferOutMarginLevel: true,
  interest: true,
  coinLimits: true,
  tradingFeeRate: true,
  feeAsset: true,
  prices: true,
  at: true,
};
const PAIR: Shape<NonNullable<AccountConfig['pair']>> = { base: true, quote: true };
const INTEREST_RULE: Shape<InterestRule> = { rate: true, openingRate: true, ratePeriodHours: true, clock: true };

function invalid(message: string, field: string): MarginError {
  return new MarginError('INVALID_CONFIG', message, { field });
}

function toAssets(config: AccountConfig): { assets: string[]; valuationAsset: string; base: string | undefined; quote: string | undefined } {
  if (config.mode === 'isolated') {
    if (config.pair === undefined) throw invalid('an isolated account needs a pair of two different assets', 'pair');
    requireShape(config.pair, 'pair', PAIR, 'INVALID_OPTION', 'INVALID_CONFIG');
    const base = toAssetName(config.pair.base, 'pair.base');
    const quote = toAssetName(config.pair.quote, 'pair.quote');
    if (base === quote) throw invalid('an isolated account needs a pair of two different assets', 'pair');
    if (config.valuationAsset !== undefined && config.valuationAsset !== quote) throw invalid('an isolated account is valued in its quote asset', 'valuationAsset');
    return { assets: [base, quote], valuationAsset: quote, base, quote };
  }
  const valuationAsset = config.valuationAsset === undefined ? 'USDT' : toAssetName(config.valuationAsset, 'valuationAsset');
  const listed = config.assets ?? [];
  requireArray(listed, 'assets', 'INVALID_CONFIG');
  if (listed.length >= MAX_ASSETS) throw invalid(`assets lists ${listed.length} assets; an account holds at most ${MAX_ASSETS} with the valuation asset`, 'assets');
  const assets = [...new Set([valuationAsset, ...listed.map((a, i) => toAssetName(a, `assets[${i}]`))])];
  return { assets, valuationAsset, base: undefined, quote: undefined };
}

/** The model with the config's `maintenanceMarginRate` in it (the caller's rate wins); only a maintenance model takes one. */
function withMaintenanceRate(model: ResolvedRiskModel, rate: AccountConfig['maintenanceMarginRate']): ResolvedRiskModel {
  if (rate === undefined) return model;
  if (model.kind !== 'maintenance') throw invalid(`maintenanceMarginRate applies to a maintenance risk model, not ${model.kind}`, 'maintenanceMarginRate');
  return { kind: 'maintenance', maintenanceMarginRate: toRate(rate, 'maintenanceMarginRate') };
}

/** Validates a configuration into rules (`INVALID_CONFIG` and the usual codes name the field). */
export function toRules(given: AccountConfig): AccountRules {
  requireShape(given, 'config', CONFIG, 'INVALID_OPTION', 'INVALID_CONFIG');
  const mode = toChoice(given.mode, 'mode', ['cross', 'isolated'] as const, 'INVALID_CONFIG');
  const config = withVenue(given);
  if (config.tier !== undefined) throw invalid('tier selects a tier of a venue preset\'s leverage level: give venue', 'tier');
  const { assets, valuationAsset, base, quote } = toAssets(config);
  const model = withMaintenanceRate(toRiskModel(config.riskModel, 'riskModel'), config.maintenanceMarginRate);
  const thresholds = toThresholds(config.thresholds, model);
  if (config.transferOutLimit !== undefined && config.transferOutMarginLevel !== undefined) {
    throw invalid('give transferOutLimit (in the risk model\'s measure) or transferOutMarginLevel, not both', 'transferOutMarginLevel');
  }
  const transferOutLevel = config.transferOutMarginLevel === undefined ? undefined : toThreshold(config.transferOutMarginLevel, 'transferOutMarginLevel');
  const transferOut = config.transferOutLimit === undefined ? thresholds.marginCall : toThreshold(config.transferOutLimit, 'transferOutLimit');
  const liquidation = coverageOf(model, thresholds.liquidation);
  const partialLevel = config.partialLiquidationTarget === undefined ? undefined : toThreshold(config.partialLiquidationTarget, 'partialLiquidationTarget');
  const partialTarget = partialLevel === undefined ? undefined : coverageOf(model, partialLevel);
  const liabilityMaintenance = toLiabilityMaintenance(config.liabilityTiers, model, assets, {
    marginCall: thresholds.marginCall,
    liquidation: thresholds.liquidation,
    partialTarget: partialLevel,
    transferOut: transferOutLevel === undefined ? transferOut : undefined,
  });
  // a maintenance level is safer when lower; with tiers the fixed multiples (flat rate, maybe 0) cannot order them
  const safer = partialLevel === undefined || (liabilityMaintenance === undefined ? isSafer(partialTarget!, liquidation) : partialLevel.lt(thresholds.liquidation));
  if (!safer) throw new MarginError('INVALID_THRESHOLD', 'partialLiquidationTarget must be safer than the liquidation threshold', { field: 'partialLiquidationTarget' });
  const interest: Record<string, ResolvedInterestRule> = {};
  for (const [asset, rule] of assetEntries(config.interest, 'interest')) {
    if (!assets.includes(asset)) throw invalid(`interest names ${asset}, which is not an asset of this account`, `interest.${asset}`);
    requireShape(rule, `interest.${asset}`, INTEREST_RULE, 'INVALID_OPTION', 'INVALID_CONFIG');
    const ratePeriodHours = rule.ratePeriodHours ?? 24;
    toRatePeriodHours(ratePeriodHours, `interest.${asset}.ratePeriodHours`);
    const clock = toClock(rule.clock ?? { kind: 'clockHours' }, `interest.${asset}.clock`);
    if (rule.openingRate !== undefined && (clock.kind === 'snapshots' || clock.kind === 'continuous')) {
      throw new MarginError('INVALID_CLOCK', `interest.${asset}.openingRate needs a charge at the borrow; the ${clock.kind} clock makes none`, { field: `interest.${asset}.openingRate` });
    }
    interest[asset] = {
      rate: toRate(rule.rate, `interest.${asset}.rate`),
      ...(rule.openingRate !== undefined && { openingRate: toRate(rule.openingRate, `interest.${asset}.openingRate`) }),
      ratePeriodHours,
      clock,
    };
  }
  const coinLimits: Record<string, Decimal> = {};
  for (const [asset, limit] of assetEntries(config.coinLimits, 'coinLimits')) {
    if (!assets.includes(asset)) throw invalid(`coinLimits names ${asset}, which is not an asset of this account`, `coinLimits.${asset}`);
    coinLimits[asset] = toAmount(limit, `coinLimits.${asset}`);
  }
  const tradingFeeRate = config.tradingFeeRate === undefined ? zero() : toRate(config.tradingFeeRate, 'tradingFeeRate');
  if (tradingFeeRate.gte(1)) throw new MarginError('INVALID_RATE', 'tradingFeeRate must be below 1', { field: 'tradingFeeRate', value: tradingFeeRate.toString() });
  return {
    mode,
    assets,
    valuationAsset,
    base,
    quote,
    maxLeverage: toLeverage(config.maxLeverage ?? (mode === 'cross' ? 3 : 10), 'maxLeverage'),
    model,
    marginCall: coverageOf(model, thresholds.marginCall),
    liquidation,
    transferOut: transferOutLevel === undefined ? coverageOf(model, transferOut) : coverageOf(MARGIN_LEVEL, transferOutLevel),
    transferOutAtLimit: toBoolean(config.transferOutAtLimit, 'transferOutAtLimit', false, 'INVALID_CONFIG'),
    partialTarget,
    liabilityMaintenance,
    liquidationMode: config.liquidationMode === undefined ? undefined : toChoice(config.liquidationMode, 'liquidationMode', LIQUIDATION_MODES, 'INVALID_CONFIG'),
    interest,
    coinLimits,
    tradingFeeRate,
    feeAsset: config.feeAsset === undefined ? 'quote' : toChoice(config.feeAsset, 'feeAsset', FEE_ASSETS, 'INVALID_CONFIG'),
  };
}

/** Every non-valuation asset's price, positive; a price for anything else is refused. */
export function toPrices(rules: AccountRules, prices: AccountConfig['prices'] | undefined): Record<string, Decimal> {
  if (prices === undefined) prices = {};
  const parsed: Record<string, Decimal> = {};
  for (const [asset, value] of assetEntries(prices, 'prices')) {
    if (!rules.assets.includes(asset)) throw invalid(`prices names ${asset}, which is not an asset of this account`, `prices.${asset}`);
    if (asset === rules.valuationAsset) throw invalid(`prices.${asset} cannot be set: the valuation asset's price is 1`, `prices.${asset}`);
    parsed[asset] = toPrice(value, `prices.${asset}`);
  }
  for (const asset of rules.assets) {
    if (asset !== rules.valuationAsset && parsed[asset] === undefined) throw invalid(`prices.${asset} is missing: every asset needs a price in ${rules.valuationAsset}`, `prices.${asset}`);
  }
  return parsed;
}

/**
 * A new, empty margin account — `cross` (any of `assets`, account max leverage, default 3) or
 * `isolated` (one pair, default 10x) — with the venue's rules. Every field is checked: unknown
 * fields are `INVALID_OPTION`, asset names follow the asset grammar (`INVALID_ASSET`), prices are
 * given for exactly the non-valuation assets. Deeply frozen. Docs: [docs/state-machine.md](../../docs/state-machine.md).
 *
 * @example
 * const account = createAccount({ mode: 'isolated', pair: { base: 'BTC', quote: 'USDT' },
 *   interest: { USDT: { rate: '0.000126279' }, BTC: { rate: '0.00007' } }, prices: { BTC: '60000' }, at: Date.UTC(2024, 2, 1) });
 */
export function createAccount(input: AccountConfig): AccountState {
  requireObject(input, 'config', 'INVALID_CONFIG');
  // read once: what is validated below, and kept, is this copy
  const config = snapshot(input, '', 'INVALID_CONFIG');
  const rules = toRules(config);
  const at = toEpochMs(config.at, 'at');
  const prices = toPrices(rules, config.prices);
  return seal({
    config: toPlain(config) as AccountConfig,
    rules,
    balances: {},
    loans: {},
    prices,
    coupons: [],
    status: 'normal',
    at,
    version: 0,
  }, 'margin', true); // settled: nothing held or owed is normal
}

