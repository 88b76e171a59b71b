import { shown } from '../../errors.js';
import { minus, plus } from '../../decimal/addition.js';
import { compare, isPositive } from '../../decimal/compare.js';
import { toOptionalAmount } from '../../decimal/validate.js';
import { toBoolean, toChoice } from '../../input/shape.js';
import { toPrice } from '../../positions/position.js';
import type { CommandOf, Rejection } from '../commands.js';
import { reject, toCommandAmount, unsupported, type Draft } from '../draft.js';
import { balanceOf, fillFee } from '../holdings.js';
import { borrowInto } from './borrow.js';
import { repayFrom } from './repay.js';
import type { EventOf } from '../events.js';
import { filledBalances } from '../evolve.js';

const SIDES: readonly ('buy' | 'sell')[] = ['buy', 'sell'];

/**
 * A fill of `quantity` base at `price`. The fee (`tradingFeeRate`, rounded up) is paid in the asset
 * the account's `feeAsset` names: under `received` a buy pays it in base out of the quantity
 * received and a sell in quote out of the proceeds (Binance); under `quote` it is always quote, on
 * top of a buy's cost. What is spent must be free, or — with `autoBorrow` — the shortfall is borrowed first
 * (buying borrows quote; a short sale borrows base). With `autoRepay`, what the fill brings in
 * repays that asset's debt. A fill whose fee, rounded up, is not below its value is refused
 * (`DUST_FILL`): it would bring in nothing, and venues refuse orders that small (Binance's
 * NOTIONAL filter).
 */
export function decideTrade(draft: Draft, command: CommandOf<'trade'>): Rejection | undefined {
  const { rules } = draft.state;
  const side = toChoice(command.side, 'side', SIDES, 'INVALID_COMMAND');
  const quantity = toCommandAmount(command.quantity, 'quantity');
  const price = toPrice(command.price, 'price');
  const pool = toOptionalAmount(command.poolRemaining, 'poolRemaining');
  const autoBorrow = toBoolean(command.autoBorrow, 'autoBorrow', false, 'INVALID_COMMAND');
  const autoRepay = toBoolean(command.autoRepay, 'autoRepay', false, 'INVALID_COMMAND');
  const base = command.base ?? rules.base;
  const quote = command.quote ?? rules.quote;
  // A cross account's fill must name its pair; without one it trades nothing the account holds.
  if (base === undefined || quote === undefined) return reject('UNSUPPORTED_ASSET', 'a trade needs two different assets: name base and quote', { base: shown(base), quote: shown(quote) });
  const rejection = unsupported(draft.state, base, 'base') ?? unsupported(draft.state, quote, 'quote');
  if (rejection) return rejection;
  if (base === quote) return reject('UNSUPPORTED_ASSET', 'a trade needs two different assets', { base, quote });

  const value = quantity.times(price);
  const { fee, asset: feeAsset, charged } = fillFee(draft.state, side, base, quote, quantity, value);
  if (compare(fee, charged) >= 0 && isPositive(fee)) {
    return reject('DUST_FILL', `the fill's fee ${fee.toFixed()} ${feeAsset} is not below what it is charged on, ${charged.toFixed()}: too small to trade`, { fee: fee.toFixed(), value: charged.toFixed() });
  }
  // what the fill spends and what it brings in (a sell: base for quote; a buy: quote for base), the fee
  // taken from what comes in or added to what goes out — as plain variables, not an array per fill
  const sell = side === 'sell';
  const spent = sell ? base : quote;
  const received = sell ? quote : base;
  const spend = sell ? quantity : feeAsset === base ? value : plus(value, fee);
  const receive = sell ? minus(value, fee) : feeAsset === base ? minus(quantity, fee) : quantity;
  const free = balanceOf(draft.state, spent);
  // the shortfall is worked out only when there is one (a subtraction costs more than the comparison)
  if (compare(spend, free) > 0) {
    const shortfall = minus(spend, free);
    if (!autoBorrow) {
      return reject('INSUFFICIENT_BALANCE', `the fill spends ${spend.toFixed()} ${spent}, more than is free`, { asset: spent, amount: spend.toFixed(), shortfall: shortfall.toFixed() });
    }
    const borrowRejected = borrowInto(draft, spent, shortfall, pool);
    if (borrowRejected) return borrowRejected;
  }
  // the fill's value is known here: its balances are not priced a second time
  const filled: EventOf<'TradeFilled'> = { type: 'TradeFilled', at: draft.at, side, base, quote, quantity, price, fee, feeAsset };
  draft.emit(filled, { balances: filledBalances(draft.state, filled, value) });
  if (autoRepay && isPositive(receive)) repayFrom(draft, received, receive);
  return undefined;
}
