import { D, ONE, zero, type Decimal } from '../decimal/constructor.js';
import { divide } from '../decimal/divide.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { decideWith } from '../decider/decide.js';
import { MarginError, shown } from '../errors.js';
import { readShape, toChoice, type Shape } from '../input/shape.js';
import { toPrice, type Side } from '../positions/position.js';
import { maxPositionSize } from '../positions/maxPositionSize.js';
import { requireSealed } from '../sealed.js';
import type { FuturesCommand } from './commands.js';
import { FUTURES } from './kind.js';
import { positionKey } from './positionKey.js';
import { availableOf } from './positionMath.js';
import type { FuturesState } from './state.js';

/** What `maxOpenQuantity` asks: the side to open, where, as which role, and (hedge mode) on which position. */
export interface MaxOpenQuantityOptions {
  /** The side to trade: `buy` (toward long) or `sell` (toward short). */
  readonly side: 'buy' | 'sell';
  /** The fill price; default the mark. On the market's tick when it has one. */
  readonly price?: DecimalInput;
  /** The fee's role; default `taker`. */
  readonly role?: 'maker' | 'taker';
  /** Hedge mode: the position to open or add to (`'long'` for a buy, `'short'` for a sell). */
  readonly positionSide?: Side;
}

const SHAPE: Shape<MaxOpenQuantityOptions> = { side: true, price: true, role: true, positionSide: true };
const DEFAULT_LOT = /* @__PURE__ */ new D('0.00000001');
const TWO = /* @__PURE__ */ new D(2);
const LARGEST = /* @__PURE__ */ new D('1e24');

/**
 * The most contracts a `trade` on `side` would add to the market's position at `price` — the
 * largest whole number of lots the account's own decision accepts, so every rule counts (margin
 * and fee out of the wallet, 8-place roundings, a cross wallet's initial margin, tier leverage caps,
 * expiry, liquidation), and below 10^24 (the largest quantity a command carries). In one-way mode an opposite position is closed first at the same price, and
 * the answer is what opens after it (the trade's quantity is the position's plus the answer). On a
 * fresh account with a flat maintenance rate it equals `maxPositionSize` on the wallet, the account's
 * leverage and fee, in contracts. Docs: [docs/futures.md](../../docs/futures.md) "Views".
 *
 * @example
 * maxOpenQuantity(account, 'BTCUSDT', { side: 'buy' }); // → Big('2.42'): 1,000 USDT at 50x and 0.06% taker at 20,000, lots of 0.01
 */
export function maxOpenQuantity(state: FuturesState, market: string, given: MaxOpenQuantityOptions): Decimal {
  requireSealed(state, 'state', 'futures');
  if (typeof market !== 'string' || !Object.prototype.hasOwnProperty.call(state.rules.markets, market)) {
    throw new MarginError('INVALID_OPTION', `market must be a market of this account, got ${shown(market)}`, { field: 'market', value: shown(market) });
  }
  const options = readShape(given, 'options', SHAPE, 'INVALID_OPTION', 'INVALID_OPTION');
  const side = toChoice(options.side, 'side', ['buy', 'sell'] as const, 'INVALID_OPTION');
  const role = options.role === undefined ? 'taker' : toChoice(options.role, 'role', ['maker', 'taker'] as const, 'INVALID_OPTION');
  const m = state.rules.markets[market]!;
  const price = options.price === undefined ? state.marks[market]! : toPrice(options.price, 'price');
  const direction: Side = side === 'buy' ? 'long' : 'short';
  const hedge = state.rules.positionMode === 'hedge';
  const positionSide = options.positionSide === undefined ? undefined : toChoice(options.positionSide, 'positionSide', ['long', 'short'] as const, 'INVALID_OPTION');
  if (hedge ? positionSide !== direction : positionSide !== undefined) {
    throw new MarginError('INVALID_OPTION', hedge ? `a hedge-mode ${side} opens the ${direction} position: give positionSide '${direction}'` : 'a one-way account takes no positionSide', { field: 'positionSide' });
  }
  const trade = (quantity: Decimal, from: FuturesState): FuturesCommand => ({ type: 'trade', at: from.at, market, side, quantity, price, role, ...(hedge && { positionSide: direction }) });
  // one-way: an opposite position closes first, at the same price and role
  let base = state;
  const opposite = state.positions[positionKey(state.rules.positionMode, market, direction)];
  if (!hedge && opposite !== undefined && opposite.side !== direction) {
    const closed = decideWith(FUTURES, state, { ...trade(opposite.quantity, state), reduceOnly: true });
    if (!closed.ok) return zero();
    base = closed.state;
  }
  const lot = m.lotSize ?? DEFAULT_LOT;
  // a command's quantity is an input: below 10^24 (docs/decisions/0011-input-contract.md)
  const accepts = (lots: Decimal) => lots.times(lot).lt(LARGEST) && decideWith(FUTURES, base, trade(lots.times(lot), base)).ok;
  if (!accepts(ONE)) return zero();
  // a first guess from the closed form on what is available, then exact by the decision itself
  const available = availableOf(base);
  const feeRate = role === 'maker' ? m.makerFeeRate : m.takerFeeRate;
  const guess = available.gt(0)
    ? divide(maxPositionSize({ margin: available, price, leverage: base.leverage[market]!, feeRate, contract: m.contract, lotSize: lot.times(m.contractSize) }), lot.times(m.contractSize), 0, 'floor')
    : ONE;
  let low = ONE; // accepted
  let high: Decimal; // rejected
  if (guess.gt(ONE) && accepts(guess)) {
    low = guess;
    high = guess.plus(ONE);
    while (accepts(high)) [low, high] = [high, high.plus(high.minus(guess).times(TWO))];
  } else {
    high = guess.gt(ONE) ? guess : TWO;
    while (accepts(high)) [low, high] = [high, high.times(TWO)];
  }
  while (high.minus(low).gt(ONE)) {
    const middle = divide(low.plus(high), TWO, 0, 'floor');
    if (accepts(middle)) low = middle;
    else high = middle;
  }
  return low.times(lot);
}
