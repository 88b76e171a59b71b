import { INPUT, MEASURE, STORED, type DecimalBudget } from '../decimal/bounds.js';
import { toSignedDecimal, type Sign } from '../decimal/validate.js';
import { MarginError, shown } from '../errors.js';
import { toAssetName } from '../input/assetName.js';
import { toEpochMs } from '../input/instant.js';
import { requireArray, requireShape, toChoice, type Shape } from '../input/shape.js';
import { deepFreeze } from '../freeze.js';
import { RISK_STATUSES } from '../risk/riskStatus.js';
import { LIQUIDATION_MODES } from '../liquidation/liquidationPlan.js';
import type { AccountEvent, EventType } from './events.js';

/** The most steps one `Liquidated` event holds (a plan sells and repays each asset a few times). */
export const MAX_STEPS = 10_000;

type Reader = (value: unknown, field: string) => unknown;

function invalid(field: string, why: string, value: unknown): MarginError {
  return new MarginError('INVALID_EVENT', `${field} ${why}, got ${shown(value)}`, { field, value: shown(value) });
}

function decimal(budget: DecimalBudget, sign: Sign): Reader {
  return (value, field) => toSignedDecimal(value, field, budget, sign, 'INVALID_EVENT');
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

/** A record's schema: how each field is read, and the shape (those fields and the fixed ones) it is checked against. */
interface Schema {
  readonly fields: Fields;
  readonly shape: Shape<Record<string, unknown>>;
}

function schema(fields: Fields, fixed: readonly string[]): Schema {
  return { fields, shape: Object.fromEntries([...Object.keys(fields), ...fixed].map((k) => [k, true])) as Shape<Record<string, unknown>> };
}

/** Reads an object holding exactly the schema's fields (and the `fixed` ones, taken as they are), each through its reader. */
function fieldsOf(value: unknown, field: string, { fields, shape }: Schema, fixed: Readonly<Record<string, unknown>>): Record<string, unknown> {
  requireShape(value as Record<string, unknown>, field, shape, 'INVALID_EVENT', 'INVALID_EVENT');
  const parsed: Record<string, unknown> = { ...fixed };
  for (const [key, read] of Object.entries(fields)) parsed[key] = read((value as Record<string, unknown>)[key], field === '' ? key : `${field}.${key}`);
  return parsed;
}

const SELL_STEP = /* @__PURE__ */ schema({ asset, quantity: amount, price, for: asset, forPrice: price, proceeds: owedPart, fee: owedPart, slippage: owedPart }, ['kind']);
const REPAY_STEP = /* @__PURE__ */ schema({ asset, source: /* @__PURE__ */ choice(['holdings', 'proceeds'] as const), interest: owedPart, principal: owedPart }, ['kind']);

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

const at: Reader = (v, f) => toEpochMs(v, f, 'INVALID_EVENT');

/** An event's schema: `type`, `at` and its payload fields, each with its reader. */
function payload(fields: Fields): Schema {
  return schema({ at, ...fields }, ['type']);
}

/** Every event's payload fields and how each is read (a mapped type: a new event must say). */
const SCHEMAS: { readonly [K in EventType]: Schema } = {
  Deposited: /* @__PURE__ */ payload({ asset, amount }),
  Withdrawn: /* @__PURE__ */ payload({ asset, amount }),
  Borrowed: /* @__PURE__ */ payload({ asset, amount }),
  Repaid: /* @__PURE__ */ payload({ asset, interest: owedPart, principal: owedPart }),
  TradeFilled: /* @__PURE__ */ payload({ side: /* @__PURE__ */ choice(['buy', 'sell'] as const), base: asset, quote: asset, quantity: amount, price, fee: owedPart, feeAsset: asset }),
  InterestCharged: /* @__PURE__ */ payload({ asset, amount: owedPart }),
  PricesUpdated: /* @__PURE__ */ payload({ prices: /* @__PURE__ */ record(price) }),
  StatusChanged: /* @__PURE__ */ payload({ from: /* @__PURE__ */ choice(RISK_STATUSES), to: /* @__PURE__ */ choice(RISK_STATUSES), riskRate: measureOrNull }),
  CouponApplied: /* @__PURE__ */ payload({ asset, rateMultiplier: /* @__PURE__ */ decimal(INPUT, 'nonNegative'), from: instantOrNull, to: instantOrNull }),
  Liquidated: /* @__PURE__ */ payload({ mode: /* @__PURE__ */ choice(LIQUIDATION_MODES), steps }),
  LiquidationFeeCharged: /* @__PURE__ */ payload({ asset, amount }),
  BadDebtCovered: /* @__PURE__ */ payload({ asset, amount }),
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
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(SCHEMAS, type)) throw invalid('type', 'must be an event type', type);
  const event = fieldsOf(value, '', SCHEMAS[type as EventType], { type });
  if (type === 'TradeFilled' && event['base'] === event['quote']) throw invalid('quote', 'must differ from base', event['quote']);
  if (type === 'TradeFilled' && event['feeAsset'] !== event['base'] && event['feeAsset'] !== event['quote']) throw invalid('feeAsset', 'must be the base or the quote', event['feeAsset']);
  if (type === 'StatusChanged' && event['from'] === event['to']) throw invalid('to', 'must differ from from', event['to']);
  if (type === 'CouponApplied' && event['from'] !== null && event['to'] !== null && (event['to'] as number) < (event['from'] as number)) throw invalid('to', 'must not be before from', event['to']);
  return deepFreeze(event) as unknown as AccountEvent;
}

