import type { Side } from '../positions/position.js';
import type { FuturesPositionMode } from './config.js';
import type { FuturesState } from './state.js';

const SIDES: readonly Side[] = ['long', 'short'];

/**
 * Where a position sits in `FuturesState.positions`: in one-way mode under its market (`BTCUSDT`);
 * in hedge mode under its market and side (`BTCUSDT:long`, `BTCUSDT:short`). `:` is outside the
 * asset-name grammar, so a hedge key never collides with a market, and every key starts with an
 * upper-case letter or a digit, so none is a name of `Object.prototype`.
 */
export function positionKey(mode: FuturesPositionMode, market: string, side: Side): string {
  return mode === 'hedge' ? `${market}:${side}` : market;
}

/** The market a position key belongs to. */
export function marketOfKey(key: string): string {
  const colon = key.indexOf(':');
  return colon < 0 ? key : key.slice(0, colon);
}

/** The keys of the market's open positions (one-way: at most one; hedge: the long, then the short). */
export function keysOfMarket(state: Pick<FuturesState, 'rules' | 'positions'>, market: string): string[] {
  const keys = state.rules.positionMode === 'hedge' ? SIDES.map((side) => `${market}:${side}`) : [market];
  return keys.filter((key) => state.positions[key] !== undefined);
}
