import { toCommandAmount } from '../../account/draft.js';
import { reject, type Rejection } from '../../decider/rejection.js';
import { toPrice } from '../../positions/position.js';
import type { FuturesCommandOf } from '../commands.js';
import { commandKey, isRejection, openPosition, sided, unknownMarket, type FuturesDraft } from '../draft.js';
import { keysOfMarket } from '../positionKey.js';
import { reductionOf } from '../fill.js';

/**
 * Auto-deleveraging of this account's position (hedge mode: the `positionSide`'s): `quantity` (at most the position) closed at `price`
 * with no fee (`NO_POSITION`, `REDUCE_ONLY` past the position). Event: `Deleveraged`.
 */
export function decideDeleverage(draft: FuturesDraft, command: FuturesCommandOf<'deleverage'>): Rejection | undefined {
  const quantity = toCommandAmount(command.quantity, 'quantity');
  const price = toPrice(command.price, 'price');
  const refused = unknownMarket(draft.state, command.market);
  if (refused) return refused;
  const key = commandKey(draft.state, command.market, command.positionSide);
  if (isRejection(key)) return key;
  const position = openPosition(draft.state, key, command.market, ' to deleverage');
  if (isRejection(position)) return position;
  if (quantity.gt(position.quantity)) return reject('REDUCE_ONLY', `deleveraging ${quantity.toFixed()} exceeds the ${key} position of ${position.quantity.toFixed()}`, { market: command.market, quantity: quantity.toFixed() });
  const fill = reductionOf(draft.state, key, quantity, price);
  if (fill === 'wallet') return reject('INSUFFICIENT_BALANCE', 'the wallet cannot take the loss of this reduction', { market: command.market });
  draft.emit(sided(draft.state, key, { type: 'Deleveraged', at: draft.at, market: command.market, quantity, price, realisedPnl: fill.realisedPnl }));
  return undefined;
}

/**
 * A dated contract at expiry: the whole position (hedge mode: each) closed at the settlement
 * `price`, no fee. Before the market's `expiresAt` (or on a perpetual) it is `NOT_EXPIRED`; without
 * a position, `NO_POSITION`. Events: one `Settled` per position.
 */
export function decideSettle(draft: FuturesDraft, command: FuturesCommandOf<'settle'>): Rejection | undefined {
  const price = toPrice(command.price, 'price');
  const refused = unknownMarket(draft.state, command.market);
  if (refused) return refused;
  const { state } = draft;
  const expiresAt = state.rules.markets[command.market]!.expiresAt;
  if (expiresAt === undefined || draft.at < expiresAt) {
    return reject('NOT_EXPIRED', expiresAt === undefined ? `${command.market} is a perpetual: it does not settle` : `${command.market} expires at ${expiresAt}`, { market: command.market });
  }
  const keys = keysOfMarket(state, command.market);
  if (keys.length === 0) return reject('NO_POSITION', `no ${command.market} position to settle`, { market: command.market });
  for (const key of keys) {
    const position = draft.state.positions[key]!;
    const fill = reductionOf(draft.state, key, position.quantity, price);
    if (fill === 'wallet') return reject('INSUFFICIENT_BALANCE', 'the wallet cannot take the loss of the settlement', { market: command.market });
    draft.emit(sided(state, key, { type: 'Settled', at: draft.at, market: command.market, quantity: position.quantity, price, realisedPnl: fill.realisedPnl }));
  }
  return undefined;
}
