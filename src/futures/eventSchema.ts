import { INPUT, STORED } from '../decimal/bounds.js';
import { amount, asset, choice, decimal, fieldsOf, invalid, measureOrNull, optional, owedPart, payload, price, record, schema, type Reader, type Schema } from '../decider/eventReaders.js';
import { requireArray } from '../input/shape.js';
import { MAX_MARKETS } from './rules.js';
import { deepFreeze } from '../freeze.js';
import { RISK_STATUSES } from '../risk/riskStatus.js';
import type { FuturesEvent, FuturesEventType } from './events.js';
import { POSITION_CHANGES } from './fill.js';
import { FUTURES_LIQUIDATION_STYLES } from './planFuturesLiquidation.js';

const signed = /* @__PURE__ */ decimal(STORED, 'any');
/** Hedge mode's side of the position an event works on (absent in one-way mode: applying checks which). */
const positionSide = /* @__PURE__ */ optional(/* @__PURE__ */ choice(['long', 'short'] as const));
const CLOSE = /* @__PURE__ */ schema({ market: asset, side: /* @__PURE__ */ choice(['long', 'short'] as const), quantity: amount, bankruptcyPrice: priceOrNull, exitPrice: price }, []);

function priceOrNull(value: unknown, field: string): unknown {
  return value === null ? null : price(value, field);
}

const REDUCTION = /* @__PURE__ */ schema({ market: asset, side: /* @__PURE__ */ choice(['long', 'short'] as const), quantity: amount, exitPrice: price, realisedPnl: signed }, []);

/** A liquidation's list of one kind: at most one entry per position, so at most two per market (hedge mode). */
function perPosition(entry: Schema): Reader {
  return (value, field) => {
    requireArray(value, field, 'INVALID_EVENT');
    if (value.length > 2 * MAX_MARKETS) throw invalid(field, `must hold at most ${2 * MAX_MARKETS} entries`, value.length);
    return value.map((item, i) => fieldsOf(item, `${field}[${i}]`, entry, {}));
  };
}
const closes = /* @__PURE__ */ perPosition(CLOSE);
const reductions = /* @__PURE__ */ perPosition(REDUCTION);

/** Every futures event's payload fields and how each is read (a mapped type: a new event must say). */
const SCHEMAS: { readonly [K in FuturesEventType]: Schema } = {
  Deposited: /* @__PURE__ */ payload({ asset, amount }),
  Withdrawn: /* @__PURE__ */ payload({ asset, amount }),
  LeverageSet: /* @__PURE__ */ payload({ market: asset, leverage: /* @__PURE__ */ decimal(INPUT, 'positive') }),
  PositionChanged: /* @__PURE__ */ payload({
    market: asset,
    side: /* @__PURE__ */ choice(['buy', 'sell'] as const),
    quantity: amount,
    price,
    fee: owedPart,
    change: /* @__PURE__ */ choice(POSITION_CHANGES),
    realisedPnl: signed,
    positionSide,
  }),
  MarginAdded: /* @__PURE__ */ payload({ market: asset, amount, positionSide }),
  MarginRemoved: /* @__PURE__ */ payload({ market: asset, amount, positionSide }),
  MarksUpdated: /* @__PURE__ */ payload({ marks: /* @__PURE__ */ record(price) }),
  FundingSettled: /* @__PURE__ */ payload({ market: asset, rate: /* @__PURE__ */ decimal(INPUT, 'any'), markPrice: price, payment: signed, positionSide }),
  Deleveraged: /* @__PURE__ */ payload({ market: asset, quantity: amount, price, realisedPnl: signed, positionSide }),
  Settled: /* @__PURE__ */ payload({ market: asset, quantity: amount, price, realisedPnl: signed, positionSide }),
  Liquidated: /* @__PURE__ */ payload({ style: /* @__PURE__ */ choice(FUTURES_LIQUIDATION_STYLES), reductions, closes, asset, fundDelta: signed }),
  StatusChanged: /* @__PURE__ */ payload({ from: /* @__PURE__ */ choice(RISK_STATUSES), to: /* @__PURE__ */ choice(RISK_STATUSES), riskRate: measureOrNull }),
};

/** Whether `type` names a futures event. */
export function isFuturesEventType(type: unknown): type is FuturesEventType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(SCHEMAS, type);
}

/**
 * A futures event from outside the library, read as strictly as a margin one (the type one of the
 * futures account's, exactly its fields, decimals within budget and of the right sign, names in the
 * asset grammar); `INVALID_EVENT` naming the field otherwise. What depends on the state is checked
 * when it is applied.
 */
export function toFuturesEvent(value: unknown): FuturesEvent {
  if (typeof value !== 'object' || value === null) throw invalid('event', 'must be an object', value);
  const type: unknown = (value as { type?: unknown }).type;
  if (!isFuturesEventType(type)) throw invalid('type', 'must be an event type of a futures account', type);
  const event = fieldsOf(value, '', SCHEMAS[type], { type });
  if (type === 'StatusChanged' && event['from'] === event['to']) throw invalid('to', 'must differ from from', event['to']);
  if (type === 'Liquidated' && (event['closes'] as unknown[]).length + (event['reductions'] as unknown[]).length === 0) throw invalid('closes', 'and reductions must not both be empty', event['closes']);
  return deepFreeze(event) as unknown as FuturesEvent;
}
