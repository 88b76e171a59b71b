import { INPUT } from '../decimal/bounds.js';
import { requireArray } from '../input/shape.js';
import { amount, asset, choice, decimal, fieldsOf, instantOrNull, invalid, measureOrNull, owedPart, payload, price, record, schema, type Reader, type Schema } from '../decider/eventReaders.js';
import { deepFreeze } from '../freeze.js';
import { RISK_STATUSES } from '../risk/riskStatus.js';
import { LIQUIDATION_MODES } from '../liquidation/liquidationPlan.js';
import type { AccountEvent, EventType } from './events.js';

/** The most steps one `Liquidated` event holds (a plan sells and repays each asset a few times). */
export const MAX_STEPS = 10_000;

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

/** Whether `type` names a margin-account event. */
export function isMarginEventType(type: unknown): type is EventType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(SCHEMAS, type);
}

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

