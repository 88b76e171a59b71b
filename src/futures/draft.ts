import { MarginError, shown } from '../errors.js';
import type { Draft } from '../decider/draft.js';
import { reject, type Rejection } from '../decider/rejection.js';
import type { FuturesEvent } from './events.js';
import { toChoice } from '../input/shape.js';
import { positionKey } from './positionKey.js';
import type { FuturesPosition, FuturesState } from './state.js';

/** The draft of a futures decision (the shared decider's, on futures states and events). */
export type FuturesDraft = Draft<FuturesState, FuturesEvent>;

/** A command's market: a string (`INVALID_COMMAND` otherwise); one the account does not trade is `UNSUPPORTED_MARKET`. */
export function unknownMarket(state: FuturesState, market: unknown, field = 'market'): Rejection | undefined {
  if (typeof market !== 'string') throw new MarginError('INVALID_COMMAND', `${field} must be a market symbol, got ${shown(market)}`, { field, value: shown(market) });
  return Object.prototype.hasOwnProperty.call(state.rules.markets, market) ? undefined : reject('UNSUPPORTED_MARKET', `${shown(market)} is not a market of this account`, { market: shown(market) });
}

/**
 * The key of the position a command on `market` works on: the market in one-way mode, with the
 * command's `positionSide` in hedge mode. `positionSide` other than `'long'` / `'short'` is
 * `INVALID_COMMAND`; missing in hedge mode, or given in one-way mode, `POSITION_MODE`.
 */
export function commandKey(state: FuturesState, market: string, positionSide: unknown): string | Rejection {
  const side = positionSide === undefined ? undefined : toChoice(positionSide, 'positionSide', ['long', 'short'] as const, 'INVALID_COMMAND');
  const hedge = state.rules.positionMode === 'hedge';
  if (hedge && side === undefined) return reject('POSITION_MODE', `a hedge-mode account holds a long and a short ${market} position: name the positionSide`, { market });
  if (!hedge && side !== undefined) return reject('POSITION_MODE', `a one-way account holds one ${market} position: a command names no positionSide`, { market, positionSide: side });
  return positionKey(state.rules.positionMode, market, side ?? 'long');
}

/** The position under `key`, or `NO_POSITION` naming what the command wanted. */
export function openPosition(state: FuturesState, key: string, market: string, why = ''): FuturesPosition | Rejection {
  return state.positions[key] ?? reject('NO_POSITION', `no ${key} position${why}`, { market });
}

/** The isolated position under `key`, or why there is none to work on (`CROSS_MARGIN`, `NO_POSITION`). */
export function isolatedPosition(state: FuturesState, key: string, market: string): FuturesPosition | Rejection {
  if (state.rules.marginMode === 'cross') return reject('CROSS_MARGIN', 'a cross account posts no margin to a position: the wallet backs every position', { market });
  return openPosition(state, key, market);
}

/**
 * `event` — a literal just written for the position under `key` — with the `positionSide` it adds
 * in hedge mode (`BTCUSDT:long` → `'long'`); in one-way mode it is left as it is. Set on the literal
 * rather than spread into a copy: V8 freezes a literal about three times faster.
 */
export function sided<T extends object>(state: FuturesState, key: string, event: T): T {
  if (state.rules.positionMode === 'hedge') (event as { positionSide?: 'long' | 'short' }).positionSide = key.endsWith(':long') ? 'long' : 'short';
  return event;
}

/** Whether a value is a rejection rather than a position or a key. */
export function isRejection<T>(value: T | Rejection): value is Rejection {
  return typeof value === 'object' && value !== null && 'code' in value;
}
