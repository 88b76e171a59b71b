import { toCommandAmount } from '../../account/draft.js';
import { isNegative, isZero } from '../../decimal/compare.js';
import { divide } from '../../decimal/divide.js';
import type { Decimal } from '../../decimal/constructor.js';
import { toRate } from '../../decimal/validate.js';
import { reject, type Rejection } from '../../decider/rejection.js';
import { toBoolean, toChoice } from '../../input/shape.js';
import { toPrice } from '../../positions/position.js';
import type { FuturesCommandOf } from '../commands.js';
import { commandKey, isRejection, sided, unknownMarket, type FuturesDraft } from '../draft.js';
import { changesOf, fillOf } from '../fill.js';
import { feeOf, uncappedAvailableOf } from '../positionMath.js';
import type { FuturesState } from '../state.js';
import { tierLimitOf } from '../tierLimit.js';

function onGrid(value: Decimal, step: Decimal | undefined): boolean {
  return step === undefined || isZero(divide(value, step, 0, 'floor').times(step).minus(value));
}

/**
 * A fill on the market's position ([docs/futures.md](../../../docs/futures.md); hedge mode: the `positionSide`'s): the fee by
 * `feeRate`, else the market's rate for the `role`; the quantity on the lot and the price on the
 * tick (`OFF_GRID`); `reduceOnly` against no opposite position, or past it, is `REDUCE_ONLY`, as is
 * a hedge-mode fill that would open a side's position the wrong way or go past it; `positionSide`
 * missing in hedge mode or given in one-way mode is `POSITION_MODE`; a wallet that cannot pay
 * the margin and fee is `INSUFFICIENT_BALANCE`; a position the market's tiers do not allow at the
 * account's leverage (valued at the fill price) is `LEVERAGE_LIMIT`; a cross account whose positions would need more
 * initial margin than it has, `INSUFFICIENT_MARGIN`.
 */
export function decideFuturesTrade(draft: FuturesDraft, command: FuturesCommandOf<'trade'>): Rejection | undefined {
  const side = toChoice(command.side, 'side', ['buy', 'sell'] as const, 'INVALID_COMMAND');
  const quantity = toCommandAmount(command.quantity, 'quantity');
  const price = toPrice(command.price, 'price');
  const role = command.role === undefined ? 'taker' : toChoice(command.role, 'role', ['maker', 'taker'] as const, 'INVALID_COMMAND');
  const feeRate = command.feeRate === undefined ? undefined : toRate(command.feeRate, 'feeRate');
  const reduceOnly = toBoolean(command.reduceOnly, 'reduceOnly', false, 'INVALID_COMMAND');
  const refused = unknownMarket(draft.state, command.market);
  if (refused) return refused;
  const state: FuturesState = draft.state;
  const key = commandKey(state, command.market, command.positionSide);
  if (isRejection(key)) return key;
  const market = state.rules.markets[command.market]!;
  if (!onGrid(quantity, market.lotSize) || !onGrid(price, market.tickSize)) {
    return reject('OFF_GRID', `${command.market} trades in lots of ${market.lotSize?.toFixed() ?? 'any size'} at ticks of ${market.tickSize?.toFixed() ?? 'any size'}`, { market: command.market, quantity: quantity.toFixed(), price: price.toFixed() });
  }
  if (market.expiresAt !== undefined && draft.at >= market.expiresAt) return reject('MARKET_EXPIRED', `${command.market} expired at ${market.expiresAt}: it only settles`, { market: command.market });
  const position = state.positions[key];
  if (reduceOnly && (position === undefined || position.side === (side === 'buy' ? 'long' : 'short') || quantity.gt(position.quantity))) {
    return reject('REDUCE_ONLY', `a reduce-only ${side} of ${quantity.toFixed()} must reduce an opposite ${command.market} position by at most its size`, { market: command.market, quantity: quantity.toFixed() });
  }
  const fee = feeOf(market, quantity, price, feeRate ?? (role === 'maker' ? market.makerFeeRate : market.takerFeeRate));
  const fill = fillOf(state, key, side, quantity, price, fee);
  if (fill === 'side') return reject('REDUCE_ONLY', `in hedge mode a ${side} on the ${key} position may only ${side === 'buy' ? 'reduce a short or add to a long' : 'reduce a long or add to a short'}, by at most its size`, { market: command.market, quantity: quantity.toFixed() });
  if (fill === 'wallet') return reject('INSUFFICIENT_BALANCE', `the wallet cannot pay this fill's margin and fee`, { market: command.market, quantity: quantity.toFixed(), fee: fee.toFixed() });
  if (fill.adds) {
    const limited = tierLimitOf(market, command.market, fill.position!.quantity, price, state.leverage[command.market]!);
    if (limited) return limited;
  }
  // the fill just computed on this state is what applying the event changes: not computed again
  draft.emit(sided(state, key, { type: 'PositionChanged', at: draft.at, market: command.market, side, quantity, price, fee, change: fill.change, realisedPnl: fill.realisedPnl }), changesOf(state, key, fill));
  if (fill.adds && state.rules.marginMode === 'cross' && isNegative(uncappedAvailableOf(draft.state))) {
    return reject('INSUFFICIENT_MARGIN', `the cross wallet does not cover the initial margin of every position after this fill`, { market: command.market, quantity: quantity.toFixed() });
  }
  return undefined;
}
