import { toDecimal, type DecimalInput } from '../../decimal/toDecimal.js';
import { reject, type Rejection } from '../../decider/rejection.js';
import type { Decimal } from '../../decimal/constructor.js';
import { assetEntries } from '../../input/assetName.js';
import { toPrice } from '../../positions/position.js';
import type { FuturesCommandOf } from '../commands.js';
import { sided, unknownMarket, type FuturesDraft } from '../draft.js';
import { keysOfMarket } from '../positionKey.js';
import { fundingOf } from '../positionMath.js';

/** New marks; every market named must be the account's (`UNSUPPORTED_MARKET`). */
export function decideUpdateMarks(draft: FuturesDraft, command: FuturesCommandOf<'updateMarks'>): Rejection | undefined {
  const marks: Record<string, Decimal> = {};
  for (const [market, price] of assetEntries(command.marks, 'marks', 'INVALID_COMMAND', 'INVALID_COMMAND')) {
    marks[market] = toPrice(price as DecimalInput, `marks.${market}`);
    const refused = unknownMarket(draft.state, market, `marks.${market}`);
    if (refused) return refused;
  }
  draft.emit({ type: 'MarksUpdated', at: draft.at, marks });
  return undefined;
}

/** Funding at `rate` on the market's position (hedge mode: each of them), at its mark (`NO_POSITION` without one). One `FundingSettled` per position. */
export function decideSettleFunding(draft: FuturesDraft, command: FuturesCommandOf<'settleFunding'>): Rejection | undefined {
  const rate = toDecimal(command.rate, 'rate');
  const refused = unknownMarket(draft.state, command.market);
  if (refused) return refused;
  const { state } = draft;
  const keys = keysOfMarket(state, command.market);
  if (keys.length === 0) return reject('NO_POSITION', `no ${command.market} position to settle funding on`, { market: command.market });
  const markPrice = state.marks[command.market]!;
  for (const key of keys) {
    const payment = fundingOf(state.rules.markets[command.market]!, state.positions[key]!, markPrice, rate);
    draft.emit(sided(state, key, { type: 'FundingSettled', at: draft.at, market: command.market, rate, markPrice, payment }));
  }
  return undefined;
}
