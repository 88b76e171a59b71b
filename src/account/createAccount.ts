import { D, type Decimal } from '../decimal/constructor.js';
import { toAmount, toRate } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { toLeverage } from '../borrowing/toLeverage.js';
import { toClock } from '../interest/clock.js';
import { toEpochMs } from '../interest/time.js';
import { toRatePeriodHours } from '../interest/toRatePeriodHours.js';
import { toPrice } from '../positions/position.js';
import { coverageOf } from '../risk/coverageMultiple.js';
import { toRiskModel } from '../risk/model.js';
import { toThreshold, toThresholds } from '../risk/thresholds.js';
import type { AccountConfig } from './config.js';
import { deepFreeze } from '../freeze.js';
import type { AccountRules, AccountState, ResolvedInterestRule } from './state.js';
import { toPlain } from './json.js';
import { withVenue } from './venueConfig.js';

function invalid(message: string, field: string): MarginError {
  return new MarginError('INVALID_CONFIG', message, { field });
}

/** Validates a configuration into rules (`INVALID_CONFIG` and the usual codes name the field). */
export function toRules(given: AccountConfig): AccountRules {
  const config = withVenue(given);
  const mode = config.mode;
  if (mode !== 'cross' && mode !== 'isolated') throw invalid(`mode must be 'cross' or 'isolated', got ${String(mode)}`, 'mode');
  let assets: string[];
  let valuationAsset: string;
  let base: string | undefined;
  let quote: string | undefined;
  if (mode === 'isolated') {
    if (config.pair === undefined || typeof config.pair.base !== 'string' || typeof config.pair.quote !== 'string' || config.pair.base === config.pair.quote) {
      throw invalid('an isolated account needs a pair of two different assets', 'pair');
    }
    ({ base, quote } = config.pair);
    valuationAsset = quote;
    if (config.valuationAsset !== undefined && config.valuationAsset !== quote) throw invalid('an isolated account is valued in its quote asset', 'valuationAsset');
    assets = [base, quote];
  } else {
    valuationAsset = config.valuationAsset ?? 'USDT';
    assets = [...new Set([valuationAsset, ...(config.assets ?? [])])];
  }
  const model = toRiskModel(config.riskModel);
  const thresholds = toThresholds(config.thresholds, model);
  const transferOut = config.transferOutLimit === undefined ? thresholds.marginCall : toThreshold(config.transferOutLimit, 'transferOutLimit');
  const interest: Record<string, ResolvedInterestRule> = {};
  for (const [asset, rule] of Object.entries(config.interest ?? {})) {
    if (!assets.includes(asset)) throw invalid(`interest names ${asset}, which is not an asset of this account`, `interest.${asset}`);
    const clock = rule.clock ?? { kind: 'clockHours' as const };
    toClock(clock); // validates; the accrual reads the clock as given
    toRatePeriodHours(rule.ratePeriodHours);
    interest[asset] = { rate: toRate(rule.rate, `interest.${asset}.rate`), ratePeriodHours: rule.ratePeriodHours ?? 24, clock };
  }
  const coinLimits: Record<string, Decimal> = {};
  for (const [asset, limit] of Object.entries(config.coinLimits ?? {})) coinLimits[asset] = toAmount(limit, `coinLimits.${asset}`);
  const tradingFeeRate = config.tradingFeeRate === undefined ? new D(0) : toRate(config.tradingFeeRate, 'tradingFeeRate');
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
    liquidation: coverageOf(model, thresholds.liquidation),
    transferOut: coverageOf(model, transferOut),
    interest,
    coinLimits,
    tradingFeeRate,
  };
}

/** Every non-valuation asset's price, positive. */
export function toPrices(rules: AccountRules, prices: AccountConfig['prices'] | undefined): Record<string, Decimal> {
  const parsed: Record<string, Decimal> = {};
  for (const asset of rules.assets) {
    if (asset === rules.valuationAsset) continue;
    const value = prices?.[asset];
    if (value === undefined) throw invalid(`prices.${asset} is missing: every asset needs a price in ${rules.valuationAsset}`, `prices.${asset}`);
    parsed[asset] = toPrice(value, `prices.${asset}`);
  }
  return parsed;
}

/**
 * A new, empty margin account — `cross` (any of `assets`, account max leverage, default 3) or
 * `isolated` (one pair, default 10x) — with the venue's rules. Deeply frozen.
 * Docs: docs/state-machine.md.
 *
 * @example
 * const account = createAccount({ mode: 'isolated', pair: { base: 'BTC', quote: 'USDT' },
 *   interest: { USDT: { rate: '0.000126279' }, BTC: { rate: '0.00007' } }, prices: { BTC: '60000' }, at: Date.UTC(2024, 2, 1) });
 */
export function createAccount(config: AccountConfig): AccountState {
  if (typeof config !== 'object' || config === null) throw invalid('config must be an object', 'config');
  const rules = toRules(config);
  const at = toEpochMs(config.at, 'at');
  return deepFreeze({
    config: toPlain(config) as AccountConfig,
    rules,
    balances: {},
    loans: {},
    prices: toPrices(rules, config.prices),
    coupons: [],
    status: 'normal',
    at,
    version: 0,
  });
}
