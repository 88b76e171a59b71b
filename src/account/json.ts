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
  Liquidated: [],
  LiquidationFeeCharged: ['amount'],
  BadDebtCovered: ['amount'],
};

/** Decimal fields of a liquidation step, by kind. */
const STEP_FIELDS: Readonly<Record<string, readonly string[]>> = {
  sell: ['quantity', 'price', 'forPrice', 'proceeds', 'fee', 'slippage'],
  repay: ['interest', 'principal'],
  fee: ['amount'],
  cover: ['amount'],
};

function withDecimals(json: Record<string, unknown>, fields: readonly string[], prefix: string): Record<string, unknown> {
  const parsed: Record<string, unknown> = { ...json };
  for (const field of fields) if (parsed[field] !== null) parsed[field] = toDecimal(parsed[field] as string, `${prefix}${field}`);
  return parsed;
}

/**
 * An event as plain JSON (decimal strings). Docs: docs/state-machine.md.
 *
 * @example
 * const r = execute(account, { type: 'deposit', at, asset: 'USDT', amount: '1000' });
 * if (r.ok) log.append(r.events.map(eventToJSON)); // { type: 'Deposited', at, asset: 'USDT', amount: '1000' }
 */
export function eventToJSON(event: AccountEvent): Record<string, unknown> {
  return toPlain(event) as Record<string, unknown>;
}

/**
 * Restores an event from `eventToJSON` output. Unknown types throw `INVALID_EVENT`.
 * Docs: docs/state-machine.md.
 *
 * @example
 * const state = replay(createAccount(config), savedEvents.map(eventFromJSON));
 */
export function eventFromJSON(json: Record<string, unknown>): AccountEvent {
  const type = json['type'] as EventType;
  const fields = DECIMAL_FIELDS[type];
  if (fields === undefined) throw new MarginError('INVALID_EVENT', `unknown event type ${String(type)}`, { type: String(type) });
  const event = withDecimals(json, fields, '');
  if (type === 'PricesUpdated') event['prices'] = decimals(json['prices'] as Record<string, string>, toDecimal, 'prices');
  if (type === 'Liquidated') {
    const steps = json['steps'];
    if (!Array.isArray(steps)) throw new MarginError('INVALID_EVENT', 'Liquidated needs its steps', { type, field: 'steps' });
    event['steps'] = steps.map((step: Record<string, unknown>, i) => withDecimals(step, STEP_FIELDS[String(step['kind'])] ?? [], `steps[${i}].`));
  }
  return deepFreeze(event) as unknown as AccountEvent;
}

const DECIMAL_TEXT = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function canonical(value: unknown): unknown {
  if (isBigLike(value)) return value.toFixed();
  if (typeof value === 'string' && DECIMAL_TEXT.test(value)) return toDecimal(value, 'value').toFixed();
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/**
 * A value as one string with decimals normalised (`'1e-8'`, `'0.00000001'` and a `Big` agree) and
 * object keys sorted: two values give the same string exactly when they say the same thing.
 */
export function canonicalJSON(value: unknown): string {
  return JSON.stringify(canonical(value));
}
