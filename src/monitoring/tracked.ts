import { D, type Decimal } from '../decimal/constructor.js';
import { isZero } from '../decimal/compare.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { coverageOf, type CoverageMultiple } from '../risk/coverageMultiple.js';
import { toRiskModel, type ResolvedRiskModel } from '../risk/model.js';
import { statusOf, type RiskStatus } from '../risk/riskStatus.js';
import { toThresholds } from '../risk/thresholds.js';
import { approximate, certainSign, MAX_TERMS } from './approximation.js';
import type { MonitoredAccount, MonitorRules } from './monitoredAccount.js';

/**
 * An account parsed once: its non-zero holdings as exact values and their float shadows
 * (docs/decisions/0010-performance.md). Holdings that are zero on both sides are dropped.
 */
export interface TrackedAccount {
  readonly id: string;
  readonly assets: readonly string[];
  /** Each asset's position in the universe of the book or index that tracks the account. */
  readonly slots: readonly number[];
  readonly held: readonly Decimal[];
  readonly debt: readonly Decimal[];
  /** Float shadows, interleaved: held of asset 0, debt of asset 0, held of asset 1, … */
  readonly shadows: readonly number[];
  readonly hasDebt: boolean;
}

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

const ZERO = new D(0);

/**
 * The assets a book or index has seen, numbered: float prices are kept in an array by these
 * numbers. Grows while accounts are tracked; a copy is taken before growing a shared one.
 */
export type Universe = Map<string, number>;

/** Parses one account (`field` names it in errors: `accounts[3]`), numbering new assets in `universe`. */
export function track(account: MonitoredAccount, field: string, universe: Universe): TrackedAccount {
  if (typeof account !== 'object' || account === null || typeof account.id !== 'string') {
    throw new MarginError('INVALID_OPTION', `${field}.id must be a string`, { field: `${field}.id` });
  }
  if (typeof account.holdings !== 'object' || account.holdings === null) {
    throw new MarginError('MISSING_INPUT', `${field}.holdings must be an object of { held, debt } per asset`, { field: `${field}.holdings` });
  }
  const assets: string[] = [];
  const slots: number[] = [];
  const held: Decimal[] = [];
  const debt: Decimal[] = [];
  const shadows: number[] = [];
  let hasDebt = false;
  for (const asset of Object.keys(account.holdings)) {
    const holding = account.holdings[asset]!;
    const h = holding.held === undefined ? ZERO : toAmount(holding.held, `${field}.holdings.${asset}.held`);
    const d = holding.debt === undefined ? ZERO : toAmount(holding.debt, `${field}.holdings.${asset}.debt`);
    if (isZero(h) && isZero(d)) continue;
    assets.push(asset);
    let slot = universe.get(asset);
    if (slot === undefined) universe.set(asset, (slot = universe.size));
    slots.push(slot);
    held.push(h);
    debt.push(d);
    shadows.push(approximate(h), approximate(d));
    hasDebt ||= !isZero(d);
  }
  return { id: account.id, assets, slots, held, debt, shadows, hasDebt };
}

/** Prices parsed once: exact by asset, and float shadows by universe slot (NaN: no price or no shadow). */
export interface TickPrices {
  readonly exact: ReadonlyMap<string, Decimal>;
  readonly shadows: Float64Array;
}

/** Parses prices (`prices.BTC` in errors; `parse` says which are allowed); the valuation asset is 1 unless given. */
export function toTickPrices(
  prices: Readonly<Record<string, DecimalInput>>,
  valuationAsset: string,
  universe: ReadonlyMap<string, number>,
  parse: (value: DecimalInput, field: string) => Decimal = toAmount,
): TickPrices {
  if (typeof prices !== 'object' || prices === null) throw new MarginError('MISSING_INPUT', 'prices must be an object of price per asset', { field: 'prices' });
  const exact = new Map<string, Decimal>([[valuationAsset, new D(1)]]);
  for (const asset of Object.keys(prices)) exact.set(asset, parse(prices[asset]!, `prices.${asset}`));
  return { exact, shadows: shadowsOf(exact, universe) };
}

/** Float shadows of exact prices, by universe slot. */
export function shadowsOf(exact: ReadonlyMap<string, Decimal>, universe: ReadonlyMap<string, number>): Float64Array {
  const shadows = new Float64Array(universe.size).fill(NaN);
  for (const [asset, slot] of universe) {
    const price = exact.get(asset);
    if (price !== undefined) shadows[slot] = approximate(price);
  }
  return shadows;
}

/** The exact price of an asset an account holds, or `UNKNOWN_ASSET` naming the account. */
export function exactPriceOf(prices: TickPrices, asset: string, id: string): Decimal {
  const price = prices.exact.get(asset);
  if (price === undefined) throw new MarginError('UNKNOWN_ASSET', `no price for ${asset}, held or owed by account ${id}`, { field: `prices.${asset}`, asset, id });
  return price;
}

/** Assets and liabilities at the prices, exactly. */
export function exactValuation(account: TrackedAccount, prices: TickPrices): { assets: Decimal; liabilities: Decimal } {
  let assets = ZERO;
  let liabilities = ZERO;
  for (let j = 0; j < account.assets.length; j++) {
    const price = exactPriceOf(prices, account.assets[j]!, account.id);
    assets = assets.plus(account.held[j]!.times(price));
    liabilities = liabilities.plus(account.debt[j]!.times(price));
  }
  return { assets, liabilities };
}

/** The exact status: big.js products and sums, compared by cross-multiplying. */
export function exactStatus(account: TrackedAccount, prices: TickPrices, rules: TrackingRules): RiskStatus {
  const { assets, liabilities } = exactValuation(account, prices);
  return statusOf(assets, liabilities, rules.liquidation, rules.marginCall);
}

/**
 * The status, decided on the float shadows when they are certain (docs/decisions/0010) and
 * exactly otherwise; always the exact status. A missing price or shadow (NaN) takes the exact path.
 */
export function statusAt(account: TrackedAccount, prices: TickPrices, rules: TrackingRules): RiskStatus {
  if (!account.hasDebt) return 'normal';
  const terms = account.assets.length;
  if (terms <= MAX_TERMS) {
    let assets = 0;
    let liabilities = 0;
    const shadows = account.shadows;
    const slots = account.slots;
    const priceShadows = prices.shadows;
    for (let j = 0; j < terms; j++) {
      const price = priceShadows[slots[j]!]!;
      assets += shadows[2 * j]! * price;
      liabilities += shadows[2 * j + 1]! * price;
    }
    const liquidation = sideOf(assets, liabilities, rules.liquidation);
    if (liquidation < 0) return 'liquidation';
    if (liquidation > 0) {
      const marginCall = sideOf(assets, liabilities, rules.marginCall);
      if (marginCall < 0) return 'marginCall';
      if (marginCall > 0) return 'normal';
    }
  }
  return exactStatus(account, prices, rules);
}

/** Certain sign of denominator·assets − numerator·liabilities (≤ 0: at or beyond), or 0 when unsure. */
function sideOf(assets: number, liabilities: number, k: ShadowedMultiple): number {
  const covered = k.denominatorShadow * assets;
  const owed = k.numeratorShadow * liabilities;
  return certainSign(covered - owed, covered + owed);
}
