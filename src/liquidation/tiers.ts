import { MarginError } from '../errors.js';
import { zero, type Decimal } from '../decimal/constructor.js';
import { isZero } from '../decimal/compare.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount, toOptionalAmount } from '../decimal/validate.js';
import { toLeverage } from '../borrowing/toLeverage.js';
import { toMaintenanceRate } from './toMaintenanceRate.js';
import { readShape, type Shape } from '../input/shape.js';

/**
 * One bracket of a venue's maintenance table (Binance "leverage and margin" brackets). A tier
 * covers notionals from its `notionalFloor` (inclusive) up to the next tier's floor (exclusive);
 * the last tier is open-ended unless it carries a `notionalCap`.
 */
export interface Tier {
  /** The smallest position value (notional) the tier covers, in the quote. */
  readonly notionalFloor: DecimalInput;
  /** The tier's maintenance rate, a fraction of the notional. */
  readonly maintenanceMarginRate: DecimalInput;
  /** Binance's "cum": subtracted from notional × rate. Derived by continuity when absent. */
  readonly maintenanceAmount?: DecimalInput;
  /** The tier's highest leverage. */
  readonly maxLeverage?: DecimalInput;
  /** Only on the last tier: the largest notional the venue allows. */
  readonly notionalCap?: DecimalInput;
}

/** A validated `Tier`: decimals parsed, the maintenance amount filled in by continuity. */
export interface ResolvedTier {
  /** The smallest notional the tier covers. */
  readonly notionalFloor: Decimal;
  /** The tier's maintenance rate. */
  readonly maintenanceMarginRate: Decimal;
  /** The amount subtracted from notional × rate (given, or by continuity). */
  readonly maintenanceAmount: Decimal;
  /** The tier's highest leverage, or `undefined` when not given. */
  readonly maxLeverage: Decimal | undefined;
}

/** A validated tier table: its tiers in order and the last tier's cap, if any. */
export interface ResolvedTiers {
  /** The tiers, lowest floor first. */
  readonly tiers: readonly ResolvedTier[];
  /** The largest notional the table allows, or `undefined`: open-ended. */
  readonly notionalCap: Decimal | undefined;
}

/** The longest table read: venues publish tens of brackets; every liquidation price solves each one. */
export const MAX_TIERS = 100;

const TIER: Shape<Tier> = { notionalFloor: true, maintenanceMarginRate: true, maintenanceAmount: true, maxLeverage: true, notionalCap: true };

function invalid(message: string, details: Record<string, string>): MarginError {
  return new MarginError('INVALID_TIERS', message, details);
}

/**
 * Validates a table and derives every maintenance amount from the continuity recurrence
 * c_i = c_{i−1} + floor_i × (m_i − m_{i−1}), seeded by the first tier's amount (default 0).
 * Floors must start at 0 and strictly increase; a stated amount must agree with the recurrence.
 */
export function toTiers(tiers: readonly Tier[], name = 'tiers'): ResolvedTiers {
  if (!Array.isArray(tiers) || tiers.length === 0) throw invalid(`${name} must be a non-empty array`, { field: name });
  if (tiers.length > MAX_TIERS) throw invalid(`${name} holds ${tiers.length} tiers; at most ${MAX_TIERS}`, { field: name, value: String(tiers.length) });
  const resolved: ResolvedTier[] = [];
  let notionalCap: Decimal | undefined;
  tiers.forEach((given, i) => {
    const field = `${name}[${i}]`;
    const tier = readShape(given, field, TIER, 'INVALID_TIERS', 'INVALID_TIERS');
    const notionalFloor = toAmount(tier.notionalFloor, `${field}.notionalFloor`);
    const maintenanceMarginRate = toMaintenanceRate(tier.maintenanceMarginRate, `${field}.maintenanceMarginRate`);
    const stated = toOptionalAmount(tier.maintenanceAmount, `${field}.maintenanceAmount`);
    const maxLeverage = tier.maxLeverage === undefined ? undefined : toLeverage(tier.maxLeverage, `${field}.maxLeverage`);
    const previous = resolved[i - 1];
    if (previous === undefined) {
      if (!isZero(notionalFloor)) throw invalid(`${field}.notionalFloor must be 0: the table must cover every notional`, { field: `${field}.notionalFloor`, value: notionalFloor.toString() });
    } else if (!notionalFloor.gt(previous.notionalFloor)) {
      throw invalid(`${field}.notionalFloor must be above the previous tier's (${previous.notionalFloor.toString()}): tiers are sorted and do not overlap`, {
        field: `${field}.notionalFloor`,
        value: notionalFloor.toString(),
      });
    }
    const derived = previous === undefined ? (stated ?? zero()) : previous.maintenanceAmount.plus(notionalFloor.times(maintenanceMarginRate.minus(previous.maintenanceMarginRate)));
    if (stated !== undefined && !stated.eq(derived)) {
      throw invalid(`${field}.maintenanceAmount ${stated.toString()} breaks continuity: the recurrence gives ${derived.toString()}`, {
        field: `${field}.maintenanceAmount`,
        value: stated.toString(),
        expected: derived.toString(),
      });
    }
    if (tier.notionalCap !== undefined) {
      if (i !== tiers.length - 1) throw invalid(`${field}.notionalCap is only allowed on the last tier`, { field: `${field}.notionalCap` });
      notionalCap = toAmount(tier.notionalCap, `${field}.notionalCap`);
      if (!notionalCap.gt(notionalFloor)) throw invalid(`${field}.notionalCap must be above its floor`, { field: `${field}.notionalCap`, value: notionalCap.toString() });
    }
    resolved.push({ notionalFloor, maintenanceMarginRate, maintenanceAmount: derived, maxLeverage });
  });
  return { tiers: resolved, notionalCap };
}

/** The index of the tier whose range holds `notional` (floor inclusive, next floor exclusive). */
export function tierIndexOf(tiers: readonly ResolvedTier[], notional: Decimal): number {
  let index = 0;
  for (let i = 1; i < tiers.length; i++) if ((tiers[i] as ResolvedTier).notionalFloor.lte(notional)) index = i;
  return index;
}

/** Maintenance margin of a notional under its tier: notional × rate − amount. */
export function tieredMaintenance(tier: ResolvedTier, notional: Decimal): Decimal {
  return notional.times(tier.maintenanceMarginRate).minus(tier.maintenanceAmount);
}
