import { toCommandAmount } from '../../account/draft.js';
import { minOf } from '../../decimal/compare.js';
import { zero } from '../../decimal/constructor.js';
import { reject, type Rejection } from '../../decider/rejection.js';
import type { FuturesCommandOf } from '../commands.js';
import { commandKey, isRejection, isolatedPosition, sided, unknownMarket, type FuturesDraft } from '../draft.js';
import { initialMarginOf, pnlAt } from '../positionMath.js';

/** Isolated: margin from the wallet to the position (`INSUFFICIENT_BALANCE` beyond the wallet). */
export function decideAddMargin(draft: FuturesDraft, command: FuturesCommandOf<'addMargin'>): Rejection | undefined {
  const amount = toCommandAmount(command.amount, 'amount');
  const refused = unknownMarket(draft.state, command.market);
  if (refused) return refused;
  const key = commandKey(draft.state, command.market, command.positionSide);
  if (isRejection(key)) return key;
  const position = isolatedPosition(draft.state, key, command.market);
  if (isRejection(position)) return position;
  if (amount.gt(draft.state.wallet)) return reject('INSUFFICIENT_BALANCE', `adding ${amount.toFixed()}: the wallet holds ${draft.state.wallet.toFixed()}`, { market: command.market, amount: amount.toFixed() });
  draft.emit(sided(draft.state, key, { type: 'MarginAdded', at: draft.at, market: command.market, amount }));
  return undefined;
}

/**
 * Isolated: margin back to the wallet, at most what leaves the position its initial margin at the
 * market's leverage after any unrealised loss at mark (`INSUFFICIENT_MARGIN`).
 */
export function decideRemoveMargin(draft: FuturesDraft, command: FuturesCommandOf<'removeMargin'>): Rejection | undefined {
  const amount = toCommandAmount(command.amount, 'amount');
  const refused = unknownMarket(draft.state, command.market);
  if (refused) return refused;
  const { state } = draft;
  const key = commandKey(state, command.market, command.positionSide);
  if (isRejection(key)) return key;
  const position = isolatedPosition(state, key, command.market);
  if (isRejection(position)) return position;
  const market = state.rules.markets[command.market]!;
  const loss = minOf(pnlAt(market, position, position.quantity, state.marks[command.market]!), zero());
  const removable = position.margin.plus(loss).minus(initialMarginOf(market, position, state.leverage[command.market]!));
  if (amount.gt(removable)) {
    return reject('INSUFFICIENT_MARGIN', `removing ${amount.toFixed()} would leave the ${key} position below its initial margin (at most ${removable.toFixed()} may go)`, { market: command.market, amount: amount.toFixed() });
  }
  draft.emit(sided(state, key, { type: 'MarginRemoved', at: draft.at, market: command.market, amount }));
  return undefined;
}
