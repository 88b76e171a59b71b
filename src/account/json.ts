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
  /** The configuration the account was created with. */
  readonly config: AccountConfig;
  /** Free balance of each asset, as a decimal string. */
  readonly balances: Readonly<Record<string, string>>;
  /** What is owed of each asset. */
  readonly loans: Readonly<
    Record<
      string,
      {
        /** Principal owed, a decimal string. */
        principal: string;
        /** Posted interest owed, a decimal string. */
        interest: string;
        /** The borrows the interest clock runs on, oldest first. */
        tranches: {
          /** Principal still owed on this borrow, a decimal string. */
          principal: string;
          /** When it was borrowed, epoch ms. */
          borrowedAt: number;
          /** Charges posted up to this time, epoch ms; `null`: none yet. */
          accruedTo: number | null;
        }[];
      }
    >
  >;
  /** Last prices in the valuation asset, as decimal strings. */
  readonly prices: Readonly<Record<string, string>>;
  /** Rate discounts applied, oldest first. */
  readonly coupons: readonly {
    /** The loan asset discounted. */
    asset: string;
    /** The rate multiplier, a decimal string. */
    rateMultiplier: string;
    /** Start of the window, epoch ms; `null`: from the beginning. */
    from: number | null;
    /** End of the window (excluded), epoch ms; `null`: open-ended. */
    to: number | null;
  }[];
  /** The risk status at the last event. */
  readonly status: RiskStatus;
  /** Time of the last event, epoch ms. */
  readonly at: number;
  /** Number of events applied since creation. */
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
