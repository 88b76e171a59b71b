import { zero, type Decimal } from '../decimal/constructor.js';
import { INPUT, STORED } from '../decimal/bounds.js';
import { toSignedDecimal, type Sign } from '../decimal/validate.js';
import { MarginError, shown } from '../errors.js';
import { toEpochMs } from '../input/instant.js';
import { requireObject, readShape, toChoice, type Shape } from '../input/shape.js';
import { toPlain } from '../account/json.js';
import { RISK_STATUSES, type RiskStatus } from '../risk/riskStatus.js';
import { seal } from '../sealed.js';
import type { FuturesConfig } from './config.js';
import { futuresStatusOf } from './positionMath.js';
import { toFuturesRules } from './rules.js';
import type { FuturesPosition, FuturesState } from './state.js';
import { marketOfKey, positionKey } from './positionKey.js';

/** A futures state as plain JSON (decimal strings). `accountFromJSON` restores it exactly. */
export interface FuturesJSON {
  /** Which account kind this is. */
  readonly kind: 'futures';
  /** The configuration the account was created with. */
  readonly config: FuturesConfig;
  /** The settlement asset held, a decimal string. */
  readonly wallet: string;
  /** Open positions by key (`BTCUSDT`; hedge mode `BTCUSDT:long`). */
  readonly positions: Readonly<
    Record<
      string,
      {
        /** `long` or `short`. */
        side: 'long' | 'short';
        /** Contracts, a decimal string. */
        quantity: string;
        /** Average entry price, a decimal string. */
        entryPrice: string;
        /** Isolated margin posted, a decimal string (cross: 0). */
        margin: string;
        /** PnL realised since the position opened, a decimal string. */
        realisedPnl: string;
        /** Funding paid since the position opened, a decimal string (negative: received). */
        fundingPaid: string;
      }
    >
  >;
  /** The leverage of each market, decimal strings. */
  readonly leverage: Readonly<Record<string, string>>;
  /** The last mark price of each market, decimal strings. */
  readonly marks: Readonly<Record<string, string>>;
  /** The risk status at the last event. */
  readonly status: RiskStatus;
  /** Time of the last event, epoch ms. */
  readonly at: number;
  /** Number of events applied since creation. */
  readonly version: number;
}

type PositionJSON = FuturesJSON['positions'][string];
const STATE: Shape<FuturesJSON> = { kind: true, config: true, wallet: true, positions: true, leverage: true, marks: true, status: true, at: true, version: true };
const POSITION: Shape<PositionJSON> = { side: true, quantity: true, entryPrice: true, margin: true, realisedPnl: true, fundingPaid: true };

function impossible(field: string, why: string, value?: unknown): MarginError {
  return new MarginError('INVALID_STATE', `${field} ${why}${value === undefined ? '' : `, got ${shown(value)}`}: not a state the library could have produced`, { field, ...(value !== undefined && { value: shown(value) }) });
}

function decimal(value: unknown, field: string, sign: Sign, budget = STORED): Decimal {
  return toSignedDecimal(value, field, budget, sign, 'INVALID_STATE');
}

/** The own entries of a record keyed by the account's markets (`INVALID_STATE` for any other key). */
function marketEntries(value: unknown, field: string, state: Pick<FuturesState, 'rules'>): [string, unknown][] {
  requireObject(value, field, 'INVALID_STATE');
  const entries = Object.entries(value);
  for (const [market] of entries) if (!Object.prototype.hasOwnProperty.call(state.rules.markets, market)) throw impossible(`${field}.${market}`, 'is not a market of this account', market);
  return entries;
}

/** Serialises a futures state (the `kind` field tells `accountFromJSON` which account it is). */
export function futuresToJSON(state: FuturesState): FuturesJSON {
  return toPlain({ kind: 'futures', config: state.config, wallet: state.wallet, positions: state.positions, leverage: state.leverage, marks: state.marks, status: state.status, at: state.at, version: state.version }) as FuturesJSON;
}

/**
 * Restores a futures state from `futuresToJSON` output, checking everything as for a margin account:
 * the configuration, every field's type, budget and sign (an isolated wallet never negative; a
 * cross position holds no margin of its own), every market the account's, a leverage and mark for
 * each within its limits, times within the account's life, and a status equal to the one the
 * numbers give. Anything else is `INVALID_STATE` (or `INVALID_CONFIG`) naming the field.
 */
export function futuresFromJSON(given: FuturesJSON): FuturesState {
  const json = readShape(given, '', STATE, 'INVALID_STATE', 'INVALID_STATE');
  if (json.kind !== 'futures') throw impossible('kind', "must be 'futures'", json.kind);
  requireObject(json.config, 'config', 'INVALID_CONFIG');
  const { rules, config } = toFuturesRules(json.config);
  const createdAt = toEpochMs(config.at, 'config.at', 'INVALID_CONFIG');
  const at = toEpochMs(json.at, 'at', 'INVALID_STATE');
  if (at < createdAt) throw impossible('at', `is before the account was created (${createdAt})`, at);
  const version = json.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) throw impossible('version', 'must be a whole number of events', version);
  const isolated = rules.marginMode === 'isolated';
  // funding is paid from the cross wallet (or an isolated position's margin) even past zero
  const wallet = decimal(json.wallet, 'wallet', isolated ? 'nonNegative' : 'any');
  const positions: Record<string, FuturesPosition> = {};
  requireObject(json.positions, 'positions', 'INVALID_STATE');
  for (const [key, value] of Object.entries(json.positions)) {
    const field = `positions.${key}`;
    if (!Object.prototype.hasOwnProperty.call(rules.markets, marketOfKey(key))) throw impossible(field, 'is not a position of a market of this account', key);
    const p = readShape(value as PositionJSON, field, POSITION, 'INVALID_STATE', 'INVALID_STATE');
    const side = toChoice(p.side, `${field}.side`, ['long', 'short'] as const, 'INVALID_STATE');
    // one-way: under its market; hedge: under its market and its own side
    if (positionKey(rules.positionMode, marketOfKey(key), side) !== key) throw impossible(field, rules.positionMode === 'hedge' ? `must be keyed ${marketOfKey(key)}:${side} in hedge mode` : 'must be keyed by its market in one-way mode', key);
    const margin = decimal(p.margin, `${field}.margin`, 'any');
    if (!isolated && !margin.eq(0)) throw impossible(`${field}.margin`, 'must be 0: a cross position holds no margin of its own', p.margin);
    positions[key] = {
      side,
      quantity: decimal(p.quantity, `${field}.quantity`, 'positive'),
      entryPrice: decimal(p.entryPrice, `${field}.entryPrice`, 'positive', INPUT),
      margin: isolated ? margin : zero(),
      realisedPnl: decimal(p.realisedPnl, `${field}.realisedPnl`, 'any'),
      fundingPaid: decimal(p.fundingPaid, `${field}.fundingPaid`, 'any'),
    };
  }
  const leverage: Record<string, Decimal> = {};
  for (const [market, value] of marketEntries(json.leverage, 'leverage', { rules })) {
    const l = decimal(value, `leverage.${market}`, 'positive', INPUT);
    if (l.lt(1) || l.gt(rules.markets[market]!.maxLeverage)) throw impossible(`leverage.${market}`, `must lie in 1 … ${rules.markets[market]!.maxLeverage.toFixed()}`, value);
    leverage[market] = l;
  }
  const marks: Record<string, Decimal> = {};
  for (const [market, value] of marketEntries(json.marks, 'marks', { rules })) marks[market] = decimal(value, `marks.${market}`, 'positive', INPUT);
  for (const market of Object.keys(rules.markets)) {
    if (leverage[market] === undefined) throw impossible(`leverage.${market}`, 'is missing');
    if (marks[market] === undefined) throw impossible(`marks.${market}`, 'is missing');
  }
  const status = toChoice(json.status, 'status', RISK_STATUSES, 'INVALID_STATE');
  const state = seal({ kind: 'futures' as const, config, rules, wallet, positions, leverage, marks, status, at, version }, 'futures', true); // settled: checked below, refused otherwise
  const implied = futuresStatusOf(state);
  if (implied !== status) throw impossible('status', `is ${status}, but the positions and marks give ${implied}`);
  return state;
}
