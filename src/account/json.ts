import { D } from '../decimal/constructor.js';
import { WIDEST } from '../decimal/bounds.js';
import { isBigLike, toDecimal } from '../decimal/toDecimal.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import type { AccountConfig } from './config.js';
import { requireState } from './limits.js';
import type { AccountState } from './state.js';

const toFixed = D.prototype.toFixed;

/**
 * A JSON-safe deep copy: every decimal becomes a plain decimal string (never exponent notation).
 * The library's own decimals are written with big.js's `toFixed` itself (an own `toFixed` on a value
 * is never called); a decimal of another big.js copy is read from its digits first.
 */
export function toPlain(value: unknown): unknown {
  if (value instanceof D) return toFixed.call(value);
  if (isBigLike(value)) return toDecimal(value, 'value', WIDEST).toFixed();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  return value;
}

/** The state as plain JSON (decimal strings; open coupon bounds as null). `accountFromJSON` restores it exactly. */
export interface AccountJSON {
  readonly config: AccountConfig;
  readonly balances: Readonly<Record<string, string>>;
  readonly loans: Readonly<Record<string, { principal: string; interest: string; tranches: { principal: string; borrowedAt: number; accruedTo: number | null }[] }>>;
  readonly prices: Readonly<Record<string, string>>;
  readonly coupons: readonly { asset: string; rateMultiplier: string; from: number | null; to: number | null }[];
  readonly status: RiskStatus;
  readonly at: number;
  readonly version: number;
}

/** A margin state as plain JSON (the public `accountToJSON` dispatches here). */
export function marginToJSON(state: AccountState): AccountJSON {
  requireState(state);
  return toPlain({
    config: state.config,
    balances: state.balances,
    loans: state.loans,
    prices: state.prices,
    coupons: state.coupons.map((c) => ({
      asset: c.asset,
      rateMultiplier: c.discount.rateMultiplier,
      from: Number.isFinite(c.discount.from) ? c.discount.from : null,
      to: Number.isFinite(c.discount.to) ? c.discount.to : null,
    })),
    status: state.status,
    at: state.at,
    version: state.version,
  }) as AccountJSON;
}
