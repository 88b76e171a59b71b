import { toLeverage } from '../../borrowing/toLeverage.js';
import { isNegative } from '../../decimal/compare.js';
import { reject, type Rejection } from '../../decider/rejection.js';
import type { FuturesCommandOf } from '../commands.js';
import { unknownMarket, type FuturesDraft } from '../draft.js';
import { initialMarginOf, uncappedAvailableOf } from '../positionMath.js';
import { keysOfMarket } from '../positionKey.js';
import { tierLimitOf } from '../tierLimit.js';

/**
 * The market's leverage (hedge mode: both sides'). Above the market's `maxLeverage`, or above what
 * the tier of an open position (valued at mark) allows: `LEVERAGE_LIMIT`. With a position open, each
 * isolated position's margin must cover its initial margin at the new leverage, and a cross
 * account's wallet every position's (`INSUFFICIENT_MARGIN`).
 */
export function decideSetLeverage(draft: FuturesDraft, command: FuturesCommandOf<'setLeverage'>): Rejection | undefined {
  const leverage = toLeverage(command.leverage, 'leverage');
  const refused = unknownMarket(draft.state, command.market);
  if (refused) return refused;
  const { state } = draft;
  const market = state.rules.markets[command.market]!;
  if (leverage.gt(market.maxLeverage)) {
    return reject('LEVERAGE_LIMIT', `${command.market} allows at most ${market.maxLeverage.toFixed()}x`, { market: command.market, leverage: leverage.toFixed(), limit: market.maxLeverage.toFixed() });
  }
  const keys = keysOfMarket(state, command.market);
  for (const key of keys) {
    const limited = tierLimitOf(market, command.market, state.positions[key]!.quantity, state.marks[command.market]!, leverage, false);
    if (limited) return limited;
  }
  draft.emit({ type: 'LeverageSet', at: draft.at, market: command.market, leverage });
  if (keys.length === 0) return undefined;
  const short =
    draft.state.rules.marginMode === 'isolated'
      ? keys.some((key) => initialMarginOf(market, draft.state.positions[key]!, leverage).gt(draft.state.positions[key]!.margin))
      : isNegative(uncappedAvailableOf(draft.state));
  return short ? reject('INSUFFICIENT_MARGIN', `the ${command.market} position's margin does not cover ${leverage.toFixed()}x: add margin first`, { market: command.market, leverage: leverage.toFixed() }) : undefined;
}
