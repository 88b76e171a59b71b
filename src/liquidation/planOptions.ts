import { zero, D, ONE, type Decimal } from '../decimal/constructor.js';
import { toScale } from '../decimal/round.js';
import { compare } from '../decimal/compare.js';
import { compareProducts } from '../decimal/compareProducts.js';
import { withEntries } from '../record.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount, toRate } from '../decimal/validate.js';
import { MarginError, shown } from '../errors.js';
import { assetEntries } from '../input/assetName.js';
import { requireArray, readShape, toChoice, type Shape } from '../input/shape.js';
import { toPrice, toQuantity } from '../positions/position.js';
import { coverageOf, type CoverageMultiple } from '../risk/coverageMultiple.js';
import { toThreshold } from '../risk/thresholds.js';
import { LIQUIDATION_MODES, type LiquidationAccount, type PlanLiquidationOptions, type ResolvedPlanOptions } from './liquidationPlan.js';

const DEFAULT_LOT = /* @__PURE__ */ new D('0.00000001');
const NO_ORDER: string[] = /* @__PURE__ */ Object.freeze([]) as unknown as string[];

const SHAPE: Shape<PlanLiquidationOptions> = {
  mode: true,
  targetRiskRate: true,
  feeRate: true,
  slippage: true,
  prices: true,
  lotSizes: true,
  minimums: true,
  saleOrder: true,
  repayOrder: true,
  scale: true,
};

function unknownAsset(account: LiquidationAccount, asset: unknown, field: string): MarginError | undefined {
  return typeof asset === 'string' && account.rules.assets.includes(asset) ? undefined : new MarginError('UNKNOWN_ASSET', `${field} names ${shown(asset)}, which is not an asset of this account`, { field, asset: shown(asset) });
}

/** An empty record, shared by every plan that gives no entries (frozen: a plan is). */
const NONE: Readonly<Record<string, Decimal>> = /* @__PURE__ */ Object.freeze({});

/** A per-asset record of decimals, every key an asset of the account; frozen (its values are decimals, which stay unfrozen). */
function perAsset(account: LiquidationAccount, record: Readonly<Record<string, DecimalInput>> | undefined, field: string, parse: (v: DecimalInput, f: string) => Decimal): Readonly<Record<string, Decimal>> {
  const entries = assetEntries(record, field, 'UNKNOWN_ASSET');
  if (entries.length === 0) return NONE;
  const parsed: Record<string, Decimal> = {};
  for (const [asset, value] of entries) {
    const where = `${field}.${asset}`;
    const error = unknownAsset(account, asset, where);
    if (error) throw error;
    parsed[asset] = parse(value, where);
  }
  return Object.freeze(parsed);
}

/** A list of the account's assets, each once; read element by element once, and what is kept is that copy. */
function toOrder(account: LiquidationAccount, order: readonly string[] | undefined, field: string): string[] {
  if (order === undefined) return NO_ORDER;
  requireArray(order, field);
  const copy: string[] = [];
  // a repeated asset ends the walk, so it stops within the account's assets whatever the length says
  for (let i = 0; i < order.length; i++) {
    const asset = order[i];
    const error = unknownAsset(account, asset, `${field}[${i}]`);
    if (error) throw error;
    if (copy.includes(asset as string)) throw new MarginError('INVALID_OPTION', `${field} names an asset twice`, { field, value: [...copy, asset].join(',') });
    copy.push(asset as string);
  }
  return Object.freeze(copy) as string[];
}

/** A fraction lost on a sale: at least 0 and below 1 (`INVALID_RATE`). */
function toFraction(value: DecimalInput | undefined, field: string): Decimal {
  if (value === undefined) return zero();
  const rate = toRate(value, field);
  if (compare(rate, ONE) >= 0) throw new MarginError('INVALID_RATE', `${field} must be below 1, got ${rate.toString()}`, { field, value: rate.toString() });
  return rate;
}

/**
 * Validates `planLiquidation`'s options against the account (`INVALID_OPTION`, `UNKNOWN_ASSET`,
 * `INVALID_PRICE`, `INVALID_RATE`, `INVALID_QUANTITY`, `INVALID_THRESHOLD` name the field).
 */
export function toPlanOptions(account: LiquidationAccount, given: PlanLiquidationOptions = {}): ResolvedPlanOptions {
  const options = readShape(given, 'options', SHAPE, 'INVALID_OPTION', 'INVALID_OPTION');
  const mode = options.mode === undefined ? (account.rules.liquidationMode ?? 'partial') : toChoice(options.mode, 'mode', LIQUIDATION_MODES, 'INVALID_OPTION');
  const { valuationAsset } = account.rules;
  // parsed before anything is checked against it: the record is read once
  const prices = perAsset(account, options.prices, 'prices', toPrice);
  if (Object.prototype.hasOwnProperty.call(prices, valuationAsset)) {
    throw new MarginError('INVALID_PRICE', `prices.${valuationAsset} cannot be set: the valuation asset's price is 1`, { field: `prices.${valuationAsset}` });
  }
  const targetRiskRate = options.targetRiskRate === undefined ? null : toThreshold(options.targetRiskRate, 'targetRiskRate');
  const tiered = account.rules.liabilityMaintenance;
  // a maintenance level is safer when lower; with liability tiers the fixed multiples cannot order levels
  const safer = (t: Decimal) => (tiered === undefined ? isSafer(coverageOf(account.rules.model, t), account.rules.liquidation) : t.lt(tiered.liquidation));
  if (targetRiskRate !== null && !safer(targetRiskRate)) {
    throw new MarginError('INVALID_THRESHOLD', `targetRiskRate ${targetRiskRate.toString()} must be safer than the liquidation threshold`, { field: 'targetRiskRate', value: targetRiskRate.toString() });
  }
  // frozen here, part by part (a plan holds them, and freezing what is known costs less than a walk)
  return Object.freeze({
    mode,
    targetRiskRate,
    feeRate: toFraction(options.feeRate, 'feeRate'),
    slippage: toFraction(options.slippage, 'slippage'),
    // the account's own prices where none are given (its record is frozen already), else a copy with them
    prices: prices === NONE ? account.prices : Object.freeze(withEntries(account.prices, prices)),
    lotSizes: perAsset(account, options.lotSizes, 'lotSizes', toQuantity),
    minimums: perAsset(account, options.minimums, 'minimums', toAmount),
    saleOrder: toOrder(account, options.saleOrder, 'saleOrder'),
    repayOrder: toOrder(account, options.repayOrder, 'repayOrder'),
    scale: toScale(options.scale),
  });
}

/** Whether coverage `a` demands strictly more assets per unit of debt than `b` (a safer level). */
export function isSafer(a: CoverageMultiple, b: CoverageMultiple): boolean {
  return compareProducts(a.numerator, b.denominator, b.numerator, a.denominator) > 0;
}

export function lotOf(options: ResolvedPlanOptions, asset: string): Decimal {
  return options.lotSizes[asset] ?? DEFAULT_LOT;
}
