import { isNegative, isPositive } from '../decimal/compare.js';
import { INPUT, MEASURE, STORED, type DecimalBudget } from '../decimal/bounds.js';
import { toDecimal, type DecimalInput } from '../decimal/toDecimal.js';
import { MarginError, shown } from '../errors.js';
import { toAssetName } from '../input/assetName.js';
import { toEpochMs } from '../input/instant.js';
import { requireArray, requireShape, toChoice, type Shape } from '../input/shape.js';
import { deepFreeze } from '../freeze.js';
import { RISK_STATUSES } from '../risk/riskStatus.js';
import type { AccountEvent, EventType } from './events.js';

/** The most steps one `Liquidated` event holds (a plan sells and repays each asset a few times). */
export const MAX_STEPS = 10_000;

type Reader = (value: unknown, field: string) => unknown;

function invalid(field: string, why: string, value: unknown): MarginError {
  return new MarginError('INVALID_EVENT', `${field} ${why}, got ${shown(value)}`, { field, value: shown(value) });
}

function decimal(budget: DecimalBudget, sign: 'positive' | 'nonNegative'): Reader {
  return (value, field) => {
    const d = toDecimal(value as DecimalInput, field, budget);
    if (sign === 'positive' ? !isPositive(d) : isNegative(d)) throw invalid(field, sign === 'positive' ? 'must be positive' : 'must not be negative', d.toFixed());
    return d;
  };
}

const amount = /* @__PURE__ */ decimal(STORED, 'positive');
const owedPart = /* @__PURE__ */ decimal(STORED, 'nonNegative');
const price = /* @__PURE__ */ decimal(INPUT, 'positive');
const asset: Reader = (value, field) => toAssetName(value, field, 'INVALID_EVENT');
const choice = <T extends string>(allowed: readonly T[]): Reader => (value, field) => toChoice(value, field, allowed, 'INVALID_EVENT');
const instantOrNull: Reader = (value, field) => (value === null ? null : toEpochMs(value, field, 'INVALID_EVENT'));
const measureOrNull: Reader = (value, field) => (value === null ? null : decimal(MEASURE, 'nonNegative')(value, field));

function record(read: Reader): Reader {
  return (value, field) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(field, 'must be a record keyed by asset', value);
    const parsed: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) parsed[asset(key, `${field}.${key}`) as string] = read(v, `${field}.${key}`);
    return parsed;
  };
}

type Fields = Readonly<Record<string, Reader>>;

/** Reads an object holding exactly `fields` (and `extra`, read as is), each through its reader. */
function fieldsOf(value: unknown, field: string, fields: Fields, fixed: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const shape = Object.fromEntries([...Object.keys(fields), ...Object.keys(fixed)].map((k) => [k, true])) as Shape<Record<string, unknown>>;
  requireShape(value as Record<string, unknown>, field, shape, 'INVALID_EVENT', 'INVALID_EVENT');
  const parsed: Record<string, unknown> = { ...fixed };
  for (const [key, read] of Object.entries(fields)) parsed[key] = read((value as Record<string, unknown>)[key], field === '' ? key : `${field}.${key}`);
  return parsed;
}

const SELL_STEP: Fields = { asset, quantity: amount, price, for: asset, forPrice: price, proceeds: owedPart, fee: owedPart, slippage: owedPart };
const REPAY_STEP: Fields = { asset, source: /* @__PURE__ */ choice(['holdings', 'proceeds'] as const), interest: owedPart, principal: owedPart };

const steps: Reader = (value, field) => {
  requireArray(value, field, 'INVALID_EVENT');
  if (value.length > MAX_STEPS) throw invalid(field, `must hold at most ${MAX_STEPS} steps`, value.length);
  return value.map((step, i) => {
    const where = `${field}[${i}]`;
    const kind = typeof step === 'object' && step !== null ? (step as { kind?: unknown }).kind : undefined;
    if (kind === 'sell') return fieldsOf(step, where, SELL_STEP, { kind });
    if (kind === 'repay') return fieldsOf(step, where, REPAY_STEP, { kind });
    throw invalid(`${where}.kind`, "must be 'sell' or 'repay'", kind);
  });
};

/** Every event's payload fields and how each is read (a mapped type: a new event must say). */
const PAYLOADS: { readonly [K in EventType]: Fields } = {
  Deposited: { asset, amount },
  Withdrawn: { asset, amount },
  Borrowed: { asset, amount },
  Repaid: { asset, interest: owedPart, principal: owedPart },
  TradeFilled: { side: /* @__PURE__ */ choice(['buy', 'sell'] as const), base: asset, quote: asset, quantity: amount, price, fee: owedPart },
  InterestCharged: { asset, amount: owedPart },
  PricesUpdated: { prices: /* @__PURE__ */ record(price) },
  StatusChanged: { from: /* @__PURE__ */ choice(RISK_STATUSES), to: /* @__PURE__ */ choice(RISK_STATUSES), riskRate: measureOrNull },
  CouponApplied: { asset, rateMultiplier: /* @__PURE__ */ decimal(INPUT, 'nonNegative'), from: instantOrNull, to: instantOrNull },
  Liquidated: { mode: /* @__PURE__ */ choice(['partial', 'full'] as const), steps },
  LiquidationFeeCharged: { asset, amount },
  BadDebtCovered: { asset, amount },
};

/**
 * An event from outside the library (a stored log, JSON, a caller's object) as the library makes
 * them: the known type, an instant, exactly its payload fields, every decimal a fresh value within
 * its budget and of the right sign, every asset a valid name. Anything else is `INVALID_EVENT` (or
 * `INVALID_DECIMAL`) naming the field. What depends on the state (is the asset the account's, is
 * enough held) is checked when the event is applied.
 */
export function toEvent(value: unknown): AccountEvent {
  if (typeof value !== 'object' || value === null) throw invalid('event', 'must be an object', value);
  const type: unknown = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(PAYLOADS, type)) throw invalid('type', 'must be an event type', type);
  const fields = PAYLOADS[type as EventType];
  const event = fieldsOf(value, '', { at: (v, f) => toEpochMs(v, f, 'INVALID_EVENT'), ...fields }, { type });
  if (type === 'TradeFilled' && event['base'] === event['quote']) throw invalid('quote', 'must differ from base', event['quote']);
  if (type === 'StatusChanged' && event['from'] === event['to']) throw invalid('to', 'must differ from from', event['to']);
  if (type === 'CouponApplied' && event['from'] !== null && event['to'] !== null && (event['to'] as number) < (event['from'] as number)) throw invalid('to', 'must not be before from', event['to']);
  return deepFreeze(event) as unknown as AccountEvent;
}

