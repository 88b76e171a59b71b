import { isBigLike, toDecimal } from '../decimal/toDecimal.js';
import { MarginError } from '../errors.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import type { AccountConfig } from './config.js';
import type { AccountEvent, EventType } from './events.js';
import { deepFreeze } from '../freeze.js';
import type { AccountState, Coupon, Loan } from './state.js';

/** A JSON-safe deep copy: every big.js value becomes a plain decimal string (never exponent notation). */
export function toPlain(value: unknown): unknown {
  if (isBigLike(value)) return value.toFixed();
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

/**
 * Serialises an account: `JSON.stringify(accountToJSON(state))`. Docs: docs/state-machine.md.
 *
 * @example
 * const saved = JSON.stringify(accountToJSON(state)); const same = accountFromJSON(JSON.parse(saved));
 */
export function accountToJSON(state: AccountState): AccountJSON {
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

function decimals<T>(record: Readonly<Record<string, T>>, parse: (value: T, field: string) => unknown, prefix: string): Record<string, never> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, parse(v, `${prefix}.${k}`)])) as Record<string, never>;
}

/** Restores an account from its JSON given a rules resolver (the public `accountFromJSON` passes `toRules`). */
export function accountFromJSON(json: AccountJSON, rulesOf: (config: AccountConfig) => AccountState['rules']): AccountState {
  const loans: Record<string, Loan> = {};
  for (const [asset, loan] of Object.entries(json.loans)) {
    loans[asset] = {
      principal: toDecimal(loan.principal, `loans.${asset}.principal`),
      interest: toDecimal(loan.interest, `loans.${asset}.interest`),
      tranches: loan.tranches.map((t, i) => ({ principal: toDecimal(t.principal, `loans.${asset}.tranches[${i}].principal`), borrowedAt: t.borrowedAt, accruedTo: t.accruedTo })),
    };
  }
  const coupons: Coupon[] = json.coupons.map((c, i) => ({
    asset: c.asset,
    discount: { rateMultiplier: toDecimal(c.rateMultiplier, `coupons[${i}].rateMultiplier`), from: c.from ?? -Infinity, to: c.to ?? Infinity },
  }));
  return deepFreeze({
    config: json.config,
    rules: rulesOf(json.config),
    balances: decimals(json.balances, toDecimal, 'balances'),
    loans,
    prices: decimals(json.prices, toDecimal, 'prices'),
    coupons,
    status: json.status,
    at: json.at,
    version: json.version,
  });
}

/** Which payload fields of each event are decimals (a mapped type: a new event must say). */
const DECIMAL_FIELDS: { readonly [K in EventType]: readonly string[] } = {
  Deposited: ['amount'],
  Withdrawn: ['amount'],
  Borrowed: ['amount'],
  Repaid: ['interest', 'principal'],
  TradeFilled: ['quantity', 'price', 'fee'],
  InterestCharged: ['amount'],
  PricesUpdated: [],
  StatusChanged: ['riskRate'],
  CouponApplied: ['rateMultiplier'],
};

/** An event as plain JSON (decimal strings). */
export function eventToJSON(event: AccountEvent): Record<string, unknown> {
  return toPlain(event) as Record<string, unknown>;
}

/** Restores an event from `eventToJSON` output. Unknown types throw `INVALID_EVENT`. */
export function eventFromJSON(json: Record<string, unknown>): AccountEvent {
  const type = json['type'] as EventType;
  const fields = DECIMAL_FIELDS[type];
  if (fields === undefined) throw new MarginError('INVALID_EVENT', `unknown event type ${String(type)}`, { type: String(type) });
  const event: Record<string, unknown> = { ...json };
  for (const field of fields) if (event[field] !== null) event[field] = toDecimal(event[field] as string, field);
  if (type === 'PricesUpdated') event['prices'] = decimals(json['prices'] as Record<string, string>, toDecimal, 'prices');
  return deepFreeze(event) as unknown as AccountEvent;
}
