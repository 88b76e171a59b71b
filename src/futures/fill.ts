import { zero, type Decimal } from '../decimal/constructor.js';
import { minus, plus } from '../decimal/addition.js';
import { compare, isNegative, isPositive, minOf } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import type { Side } from '../positions/position.js';
import { SCALE, pnlAt, valueAt } from './positionMath.js';
import { marketOfKey } from './positionKey.js';
import { withEntry, withoutEntry } from '../record.js';
import type { FuturesPosition, FuturesState, ResolvedFuturesMarket } from './state.js';

/** What a fill did to the market's position. */
export type PositionChange = 'opened' | 'increased' | 'reduced' | 'closed' | 'flipped';

/** Every `PositionChange` (internal: the validators' list). */
export const POSITION_CHANGES: readonly PositionChange[] = ['opened', 'increased', 'reduced', 'closed', 'flipped'];

/** A fill's effect: the position after (absent when closed), the wallet after, and what was realised. */
export interface FillResult {
  readonly position: FuturesPosition | undefined;
  readonly wallet: Decimal;
  readonly change: PositionChange;
  readonly realisedPnl: Decimal;
  /** Whether the fill added exposure (opened, increased, or the opening side of a flip). */
  readonly adds: boolean;
}

/** The average entry after adding `quantity` at `price`: linear by value, inverse by contracts per price (harmonic); 8 places, a long's up, a short's down. */
function averageEntry(market: ResolvedFuturesMarket, position: FuturesPosition, quantity: Decimal, price: Decimal): Decimal {
  const total = plus(position.quantity, quantity);
  const rounding = position.side === 'long' ? 'ceil' : 'floor';
  if (market.contract === 'linear') return divide(position.quantity.times(position.entryPrice).plus(quantity.times(price)), total, SCALE, rounding);
  return divide(total.times(position.entryPrice).times(price), position.quantity.times(price).plus(quantity.times(position.entryPrice)), SCALE, rounding);
}

/** Isolated margin of a new exposure on `market`: ⌈value at the fill price / leverage⌉. */
function postedMargin(state: FuturesState, market: string, quantity: Decimal, price: Decimal): Decimal {
  if (state.rules.marginMode === 'cross') return zero();
  return divide(valueAt(state.rules.markets[market]!, quantity, price, 'ceil'), state.leverage[market]!, SCALE, 'ceil');
}

/**
 * A fill of `quantity` contracts bought (`buy`: toward long) or sold at `price`, paying `fee`, on
 * the position under `key` ([docs/futures.md](../../docs/futures.md)): same side or none — open or increase (isolated: post
 * ⌈value / leverage⌉ from the wallet); opposite — reduce or close, realising the PnL of the closed
 * contracts and releasing their share of the margin (⌊margin × closed / quantity⌋), and past zero
 * (one-way only) open the rest on the other side. The wallet pays the fee and receives what is
 * realised. The reasons it cannot be: `'wallet'`, the wallet would go negative; `'side'`, in hedge
 * mode the fill would open the side's position the wrong way or go past it. Decide rejects them;
 * evolve refuses them.
 */
export function fillOf(state: FuturesState, key: string, side: 'buy' | 'sell', quantity: Decimal, price: Decimal, fee: Decimal): FillResult | 'wallet' | 'side' {
  const market = marketOfKey(key);
  const m = state.rules.markets[market]!;
  const direction: Side = side === 'buy' ? 'long' : 'short';
  const p = state.positions[key];
  if (state.rules.positionMode === 'hedge' && (p === undefined ? key !== `${market}:${direction}` : p.side !== direction && compare(quantity, p.quantity) > 0)) return 'side';
  if (p === undefined || p.side === direction) {
    const posted = postedMargin(state, market, quantity, price);
    const wallet = minus(state.wallet, plus(fee, posted));
    if (isNegative(wallet)) return 'wallet';
    const position: FuturesPosition =
      p === undefined
        ? { side: direction, quantity, entryPrice: price, margin: posted, realisedPnl: zero(), fundingPaid: zero() }
        : positionWith(p, { quantity: plus(p.quantity, quantity), entryPrice: averageEntry(m, p, quantity, price), margin: plus(p.margin, posted) });
    return filled(position, wallet, p === undefined ? 'opened' : 'increased', zero(), true);
  }
  const closed = minOf(quantity, p.quantity);
  const realisedPnl = pnlAt(m, p, closed, price);
  const whole = compare(closed, p.quantity) === 0;
  const released = whole ? p.margin : divide(p.margin.times(closed), p.quantity, SCALE, 'floor');
  const left = minus(quantity, closed);
  const posted = isPositive(left) ? postedMargin(state, market, left, price) : undefined;
  // the wallet pays the fee (and a flip's new margin) and gets the released margin and the PnL
  const paid = posted === undefined ? fee : plus(fee, posted);
  const wallet = plus(state.wallet, minus(plus(released, realisedPnl), paid));
  if (isNegative(wallet)) return 'wallet';
  if (posted !== undefined) return filled({ side: direction, quantity: left, entryPrice: price, margin: posted, realisedPnl: zero(), fundingPaid: zero() }, wallet, 'flipped', realisedPnl, true);
  if (whole) return filled(undefined, wallet, 'closed', realisedPnl, false);
  return filled(positionWith(p, { quantity: minus(p.quantity, closed), margin: minus(p.margin, released), realisedPnl: plus(p.realisedPnl, realisedPnl) }), wallet, 'reduced', realisedPnl, false);
}

/** A `FillResult`, as one object literal. */
function filled(position: FuturesPosition | undefined, wallet: Decimal, change: PositionChange, realisedPnl: Decimal, adds: boolean): FillResult {
  return { position, wallet, change, realisedPnl, adds };
}

/**
 * A fill without a fee against the open position under `key`, by at most its size (ADL, settlement,
 * a liquidation's reduction at market): never `'side'`.
 */
export function reductionOf(state: FuturesState, key: string, quantity: Decimal, price: Decimal): FillResult | 'wallet' {
  const side = state.positions[key]!.side === 'long' ? 'sell' : 'buy';
  return fillOf(state, key, side, quantity, price, zero()) as FillResult | 'wallet';
}

/** What a fill changes in the state: the wallet and the position under `key`. */
export function changesOf(state: FuturesState, key: string, fill: FillResult): Pick<FuturesState, 'wallet' | 'positions'> {
  return { wallet: fill.wallet, positions: withPosition(state, key, fill.position) };
}

/** Positions with the one under `key` replaced (or removed). */
export function withPosition(state: FuturesState, key: string, position: FuturesPosition | undefined): Readonly<Record<string, FuturesPosition>> {
  return position === undefined ? withoutEntry(state.positions, key) : withEntry(state.positions, key, position);
}

/** `p` with some of its amounts changed, as one object literal (see `record.ts` on why not a spread). */
export function positionWith(p: FuturesPosition, changes: Partial<Omit<FuturesPosition, 'side'>>): FuturesPosition {
  return {
    side: p.side,
    quantity: changes.quantity ?? p.quantity,
    entryPrice: changes.entryPrice ?? p.entryPrice,
    margin: changes.margin ?? p.margin,
    realisedPnl: changes.realisedPnl ?? p.realisedPnl,
    fundingPaid: changes.fundingPaid ?? p.fundingPaid,
  };
}
