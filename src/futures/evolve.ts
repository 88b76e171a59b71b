import type { Decimal } from '../decimal/constructor.js';
import { minus, plus } from '../decimal/addition.js';
import { isNegative } from '../decimal/compare.js';
import { impossible } from '../decider/apply.js';
import type { FuturesEvent, FuturesEventOf, FuturesEventType } from './events.js';
import { changesOf, fillOf, positionWith, reductionOf, withPosition } from './fill.js';
import { withEntries, withEntry } from '../record.js';
import { fundingOf, takeoverEquity } from './positionMath.js';
import { positionKey } from './positionKey.js';
import type { PositionSide } from './commands.js';
import { zero } from '../decimal/constructor.js';
import type { FuturesPosition, FuturesState, ResolvedFuturesMarket } from './state.js';

/** What an event may change in a futures state. */
export type FuturesChanges = Partial<Pick<FuturesState, 'wallet' | 'positions' | 'leverage' | 'marks' | 'status'>>;
type Handlers = { readonly [K in FuturesEventType]: (state: FuturesState, event: FuturesEventOf<K>) => FuturesChanges };

function marketOf(state: FuturesState, event: FuturesEvent, market: string): ResolvedFuturesMarket {
  if (!Object.prototype.hasOwnProperty.call(state.rules.markets, market)) throw impossible(event, `${market} is not a market of this account`);
  return state.rules.markets[market]!;
}

/** The key of the position an event on `market` works on: hedge mode needs its `positionSide`, one-way mode refuses one. */
function keyOf(state: FuturesState, event: FuturesEvent, market: string, positionSide: PositionSide | undefined): string {
  marketOf(state, event, market);
  const hedge = state.rules.positionMode === 'hedge';
  if (hedge !== (positionSide !== undefined)) throw impossible(event, hedge ? 'a hedge-mode account names the positionSide' : 'a one-way account names no positionSide');
  return positionKey(state.rules.positionMode, market, positionSide ?? 'long');
}

function positionOf(state: FuturesState, event: FuturesEvent, key: string): FuturesPosition {
  const position = state.positions[key];
  if (position === undefined) throw impossible(event, `no ${key} position`);
  return position;
}

function isolatedPosition(state: FuturesState, event: FuturesEvent, key: string): FuturesPosition {
  if (state.rules.marginMode !== 'isolated') throw impossible(event, 'a cross account posts no margin to a position');
  return positionOf(state, event, key);
}

function walletMoved(state: FuturesState, event: FuturesEvent, delta: Decimal): Decimal {
  const wallet = plus(state.wallet, delta);
  if (isNegative(wallet)) throw impossible(event, `the wallet would be ${wallet.toFixed()}`);
  return wallet;
}

function settlement(state: FuturesState, event: FuturesEvent, asset: string): void {
  if (asset !== state.rules.settlementAsset) throw impossible(event, `${asset} is not the settlement asset ${state.rules.settlementAsset}`);
}

/** A reduction of `quantity` at the event's price with no fee (ADL, settlement): it may not go past the position; the PnL must be the event's. */
function closed(s: FuturesState, e: FuturesEventOf<'Deleveraged'> | FuturesEventOf<'Settled'>, whole: boolean): FuturesChanges {
  const key = keyOf(s, e, e.market, e.positionSide);
  const p = positionOf(s, e, key);
  if (e.quantity.gt(p.quantity)) throw impossible(e, `reduces the ${key} position of ${p.quantity.toFixed()} by ${e.quantity.toFixed()}`);
  if (whole && !p.quantity.eq(e.quantity)) throw impossible(e, `a settlement closes the whole ${key} position of ${p.quantity.toFixed()}`);
  const fill = reductionOf(s, key, e.quantity, e.price);
  if (fill === 'wallet') throw impossible(e, 'the wallet would go negative');
  if (!fill.realisedPnl.eq(e.realisedPnl)) throw impossible(e, `the reduction realises ${fill.realisedPnl.toFixed()}, not ${e.realisedPnl.toFixed()}`);
  return changesOf(s, key, fill);
}

const handlers: Handlers = {
  Deposited: (s, e) => (settlement(s, e, e.asset), { wallet: walletMoved(s, e, e.amount) }),
  Withdrawn: (s, e) => (settlement(s, e, e.asset), { wallet: walletMoved(s, e, e.amount.neg()) }),
  LeverageSet: (s, e) => {
    const m = marketOf(s, e, e.market);
    if (e.leverage.lt(1) || e.leverage.gt(m.maxLeverage)) throw impossible(e, `leverage ${e.leverage.toFixed()} is outside 1 … ${m.maxLeverage.toFixed()}`);
    return { leverage: withEntry(s.leverage, e.market, e.leverage) };
  },
  PositionChanged: (s, e) => {
    const key = keyOf(s, e, e.market, e.positionSide);
    const fill = fillOf(s, key, e.side, e.quantity, e.price, e.fee);
    if (fill === 'wallet') throw impossible(e, 'the wallet would go negative');
    if (fill === 'side') throw impossible(e, `a ${e.side} of ${e.quantity.toFixed()} cannot work on the ${key} position in hedge mode`);
    if (fill.change !== e.change || !fill.realisedPnl.eq(e.realisedPnl)) {
      throw impossible(e, `the fill ${fill.change} the position realising ${fill.realisedPnl.toFixed()}, not ${e.change} realising ${e.realisedPnl.toFixed()}`);
    }
    return changesOf(s, key, fill);
  },
  MarginAdded: (s, e) => {
    const key = keyOf(s, e, e.market, e.positionSide);
    const p = isolatedPosition(s, e, key);
    return { wallet: walletMoved(s, e, e.amount.neg()), positions: withPosition(s, key, positionWith(p, { margin: plus(p.margin, e.amount) })) };
  },
  MarginRemoved: (s, e) => {
    const key = keyOf(s, e, e.market, e.positionSide);
    const p = isolatedPosition(s, e, key);
    if (e.amount.gt(p.margin)) throw impossible(e, `removes more than the position's margin ${p.margin.toFixed()}`);
    return { wallet: walletMoved(s, e, e.amount), positions: withPosition(s, key, positionWith(p, { margin: minus(p.margin, e.amount) })) };
  },
  MarksUpdated: (s, e) => {
    for (const market of Object.keys(e.marks)) marketOf(s, e, market);
    return { marks: withEntries(s.marks, e.marks) };
  },
  FundingSettled: (s, e) => {
    const key = keyOf(s, e, e.market, e.positionSide);
    const p = positionOf(s, e, key);
    const payment = fundingOf(s.rules.markets[e.market]!, p, e.markPrice, e.rate);
    if (!payment.eq(e.payment)) throw impossible(e, `the position pays ${payment.toFixed()} at this rate and mark, not ${e.payment.toFixed()}`);
    const paid = positionWith(p, { fundingPaid: plus(p.fundingPaid, payment) });
    // isolated: from the position's margin (which may go below zero: the position is then past bankruptcy); cross: from the wallet
    if (s.rules.marginMode === 'isolated') return { positions: withPosition(s, key, positionWith(paid, { margin: minus(p.margin, payment) })) };
    return { wallet: minus(s.wallet, payment), positions: withPosition(s, key, paid) };
  },
  Deleveraged: (s, e) => closed(s, e, false),
  Settled: (s, e) => closed(s, e, true),
  Liquidated: (before, e) => {
    settlement(before, e, e.asset);
    let s = before;
    for (const r of e.reductions) {
      marketOf(s, e, r.market);
      const key = positionKey(s.rules.positionMode, r.market, r.side);
      const p = positionOf(s, e, key);
      if (p.side !== r.side || r.quantity.gt(p.quantity)) throw impossible(e, `the ${key} position is ${p.side} ${p.quantity.toFixed()}: it cannot be reduced as ${r.side} by ${r.quantity.toFixed()}`);
      const fill = reductionOf(s, key, r.quantity, r.exitPrice);
      if (fill === 'wallet') throw impossible(e, 'the wallet would go negative');
      if (!fill.realisedPnl.eq(r.realisedPnl)) throw impossible(e, `reducing ${key} realises ${fill.realisedPnl.toFixed()}, not ${r.realisedPnl.toFixed()}`);
      s = { ...s, ...changesOf(s, key, fill) };
    }
    if (e.closes.length === 0) {
      if (!e.fundDelta.eq(0)) throw impossible(e, 'reductions alone leave nothing to the fund');
      return { wallet: s.wallet, positions: s.positions };
    }
    const cross = s.rules.marginMode === 'cross';
    if (cross && e.closes.length !== Object.keys(s.positions).length) throw impossible(e, 'a cross liquidation closes every position');
    const positions: Record<string, FuturesPosition> = { ...s.positions };
    for (const close of e.closes) {
      marketOf(s, e, close.market);
      const key = positionKey(s.rules.positionMode, close.market, close.side);
      const p = positionOf(s, e, key);
      if (positions[key] === undefined) throw impossible(e, `${key} is closed twice`);
      if (p.side !== close.side || !p.quantity.eq(close.quantity)) throw impossible(e, `the ${key} position is ${p.side} ${p.quantity.toFixed()}, not ${close.side} ${close.quantity.toFixed()}`);
      delete positions[key];
    }
    const fund = takeoverEquity(s, e.closes);
    if (!fund.eq(e.fundDelta)) throw impossible(e, `the equity left at the exit prices is ${fund.toFixed()}, not ${e.fundDelta.toFixed()}`);
    return cross ? { positions, wallet: zero() } : { positions, wallet: s.wallet };
  },
  StatusChanged: (s, e) => {
    if (e.from !== s.status) throw impossible(e, `status is ${s.status}, not ${e.from}`);
    return { status: e.to };
  },
};

/** What one futures event changes in a state (the shared decider applies and seals it). */
export function futuresChanges(state: FuturesState, event: FuturesEvent): FuturesChanges {
  return (handlers[event.type] as (s: FuturesState, e: FuturesEvent) => FuturesChanges)(state, event);
}
