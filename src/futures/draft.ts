import { MarginError, shown } from '../errors.js';
import type { Draft } from '../decider/draft.js';
import { reject, type Rejection } from '../decider/rejection.js';
import type { FuturesEvent } from './events.js';
import type { FuturesPosition, FuturesState } from './state.js';

/** The draft of a futures decision (the shared decider's, on futures states and events). */
export type FuturesDraft = Draft<FuturesState, FuturesEvent>;

/** A command's market: a string (`INVALID_COMMAND` otherwise); one the account does not trade is `UNSUPPORTED_MARKET`. */
export function unknownMarket(state: FuturesState, market: unknown, field = 'market'): Rejection | undefined {
  if (typeof market !== 'string') throw new MarginError('INVALID_COMMAND', `${field} must be a market symbol, got ${shown(market)}`, { field, value: shown(market) });
  return Object.prototype.hasOwnProperty.call(state.rules.markets, market) ? undefined : reject('UNSUPPORTED_MARKET', `${shown(market)} is not a market of this account`, { market: shown(market) });
}

/** The market's isolated position, or why there is none to work on (`CROSS_MARGIN`, `NO_POSITION`). */
export function isolatedPosition(state: FuturesState, market: string): FuturesPosition | Rejection {
  if (state.rules.marginMode === 'cross') return reject('CROSS_MARGIN', 'a cross account posts no margin to a position: the wallet backs every position', { market });
  return state.positions[market] ?? reject('NO_POSITION', `no ${market} position`, { market });
}

/** Whether a value is a rejection rather than a position. */
export function isRejection(value: FuturesPosition | Rejection): value is Rejection {
  return 'code' in value;
}
