import { balanceOf, tradingFee } from '../holdings.js';
import { toOptionalAmount } from '../../decimal/validate.js';
import { MarginError } from '../../errors.js';
import { toPrice } from '../../positions/position.js';
import type { CommandOf, Rejection } from '../commands.js';
import { reject, toCommandAmount, unsupported, type Draft } from '../draft.js';
import { borrowInto } from './borrow.js';
import { repayFrom } from './repay.js';

/**
 * A fill of `quantity` base at `price`. The fee (`tradingFeeRate` × value, rounded up) is paid in
 * the quote. What is spent must be free, or — with `autoBorrow` — the shortfall is borrowed first
 * (buying borrows quote; a short sale borrows base). With `autoRepay`, what the fill brings in
 * repays that asset's debt.
 */
export function decideTrade(draft: Draft, command: CommandOf<'trade'>): Rejection | undefined {
  const { rules } = draft.state;
  if (command.side !== 'buy' && command.side !== 'sell') {
    throw new MarginError('INVALID_COMMAND', `side must be 'buy' or 'sell', got ${String(command.side)}`, { field: 'side', value: String(command.side) });
  }
  const quantity = toCommandAmount(command.quantity, 'quantity');
  const price = toPrice(command.price, 'price');
  const pool = toOptionalAmount(command.poolRemaining, 'poolRemaining');
  const base = command.base ?? rules.base;
  const quote = command.quote ?? rules.quote;
  const rejection = unsupported(draft.state, base) ?? unsupported(draft.state, quote);
  if (rejection) return rejection;
  if (base === quote || base === undefined || quote === undefined) return reject('UNSUPPORTED_ASSET', 'a trade needs two different assets', { base: String(base), quote: String(quote) });

  const value = quantity.times(price);
  const fee = tradingFee(draft.state, value);
  const [spent, spend, received, receive] = command.side === 'buy' ? [quote, value.plus(fee), base, quantity] : [base, quantity, quote, value.minus(fee)];
  const shortfall = spend.minus(balanceOf(draft.state, spent));
  if (shortfall.gt(0)) {
    if (command.autoBorrow !== true) {
      return reject('INSUFFICIENT_BALANCE', `the fill spends ${spend.toFixed()} ${spent}, more than is free`, { asset: spent, amount: spend.toFixed(), shortfall: shortfall.toFixed() });
    }
    const borrowRejected = borrowInto(draft, spent, shortfall, pool);
    if (borrowRejected) return borrowRejected;
  }
  draft.emit('TradeFilled', { side: command.side, base, quote, quantity, price, fee });
  if (command.autoRepay === true && receive.gt(0)) repayFrom(draft, received, receive);
  return undefined;
}
