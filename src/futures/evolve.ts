import type { Decimal } from '../decimal/constructor.js';
import { isNegative } from '../decimal/compare.js';
import { impossible } from '../decider/apply.js';
import type { FuturesEvent, FuturesEventOf, FuturesEventType } from './events.js';
import { changesOf, fillOf, reductionOf, withPosition } from './fill.js';
import { fundingOf, takeoverEquity } from './positionMath.js';
import { zero } from '../decimal/constructor.js';
import type { FuturesPosition, FuturesState, ResolvedFuturesMarket } from './state.js';

/** What an event may change in a futures state. */
export type FuturesChanges = Partial<Pick<FuturesState, 'wallet' | 'positions' | 'leverage' | 'marks' | 'status'>>;
type Handlers = { readonly [K in FuturesEventType]: (state: FuturesState, event: FuturesEventOf<K>) => FuturesChanges };

function marketOf(state: FuturesState, event: FuturesEvent, market: string): ResolvedFuturesMarket {
  if (!Object.prototype.hasOwnProperty.call(state.rules.markets, market)) throw impossible(event, `${market} is not a market of this account`);
  return state.rules.markets[market]!;
}

function positionOf(state: FuturesState, event: FuturesEvent, market: string): FuturesPosition {
  marketOf(state, event, market);
  const position = state.positions[market];
  if (position === undefined) throw impossible(event, `no ${market} position`);
  return position;
}

function isolatedPosition(state: FuturesState, event: FuturesEvent, market: string): FuturesPosition {
  if (state.rules.marginMode !== 'isolated') throw impossible(event, 'a cross account posts no margin to a position');
  return positionOf(state, event, market);
}

function walletMoved(state: FuturesState, event: FuturesEvent, delta: Decimal): Decimal {
  const wallet = state.wallet.plus(delta);
  if (isNegative(wallet)) throw impossible(event, `the wallet would be ${wallet.toFixed()}`);
  return wallet;
}

function settlement(state: FuturesState, event: FuturesEvent, asset: string): void {
  if (asset !== state.rules.settlementAsset) throw impossible(event, `${asset} is not the settlement asset ${state.rules.settlementAsset}`);
}

/** A reduction of `quantity` at the event's price with no fee (ADL, settlement): it may not go past the position; the PnL must be the event's. */
function closed(s: FuturesState, e: FuturesEventOf<'Deleveraged'> | FuturesEventOf<'Settled'>, quantity: Decimal): FuturesChanges {
  const p = positionOf(s, e, e.market);
  if (quantity.gt(p.quantity)) throw impossible(e, `reduces the ${e.market} position of ${p.quantity.toFixed()} by ${quantity.toFixed()}`);
  const fill = reductionOf(s, e.market, quantity, e.price);
  if (fill === 'wallet') throw impossible(e, 'the wallet would go negative');
  if (!fill.realisedPnl.eq(e.realisedPnl)) throw impossible(e, `the reduction realises ${fill.realisedPnl.toFixed()}, not ${e.realisedPnl.toFixed()}`);
  return changesOf(s, e.market, fill);
}

const handlers: Handlers = {
  Deposited: (s, e) => (settlement(s, e, e.asset), { wallet: walletMoved(s, e, e.amount) }),
  Withdrawn: (s, e) => (settlement(s, e, e.asset), { wallet: walletMoved(s, e, e.amount.neg()) }),
  LeverageSet: (s, e) => {
    const m = marketOf(s, e, e.market);
    if (e.leverage.lt(1) || e.leverage.gt(m.maxLeverage)) throw impossible(e, `leverage ${e.leverage.toFixed()} is outside 1 … ${m.maxLeverage.toFixed()}`);
    return { leverage: { ...s.leverage, [e.market]: e.leverage } };
  },
  PositionChanged: (s, e) => {
    marketOf(s, e, e.market);
    const fill = fillOf(s, e.market, e.side, e.quantity, e.price, e.fee);
    if (fill === 'wallet') throw impossible(e, 'the wallet would go negative');
    if (fill.change !== e.change || !fill.realisedPnl.eq(e.realisedPnl)) {
      throw impossible(e, `the fill ${fill.change} the position realising ${fill.realisedPnl.toFixed()}, not ${e.change} realising ${e.realisedPnl.toFixed()}`);
    }
    return changesOf(s, e.market, fill);
  },
  MarginAdded: (s, e) => {
    const p = isolatedPosition(s, e, e.market);
    return { wallet: walletMoved(s, e, e.amount.neg()), positions: withPosition(s, e.market, { ...p, margin: p.margin.plus(e.amount) }) };
  },
  MarginRemoved: (s, e) => {
    const p = isolatedPosition(s, e, e.market);
    if (e.amount.gt(p.margin)) throw impossible(e, `removes more than the position's margin ${p.margin.toFixed()}`);
    return { wallet: walletMoved(s, e, e.amount), positions: withPosition(s, e.market, { ...p, margin: p.margin.minus(e.amount) }) };
  },
  MarksUpdated: (s, e) => {
    for (const market of Object.keys(e.marks)) marketOf(s, e, market);
    return { marks: { ...s.marks, ...e.marks } };
  },
  FundingSettled: (s, e) => {
    const p = positionOf(s, e, e.market);
    const payment = fundingOf(s.rules.markets[e.market]!, p, e.markPrice, e.rate);
    if (!payment.eq(e.payment)) throw impossible(e, `the position pays ${payment.toFixed()} at this rate and mark, not ${e.payment.toFixed()}`);
    const paid = { ...p, fundingPaid: p.fundingPaid.plus(payment) };
    // isolated: from the position's margin (which may go below zero: the position is then past bankruptcy); cross: from the wallet
    if (s.rules.marginMode === 'isolated') return { positions: withPosition(s, e.market, { ...paid, margin: p.margin.minus(payment) }) };
    return { wallet: s.wallet.minus(payment), positions: withPosition(s, e.market, paid) };
  },
  Deleveraged: (s, e) => closed(s, e, e.quantity),
  Settled: (s, e) => {
    const p = positionOf(s, e, e.market);
    if (!p.quantity.eq(e.quantity)) throw impossible(e, `a settlement closes the whole ${e.market} position of ${p.quantity.toFixed()}`);
    return closed(s, e, e.quantity);
  },
  Liquidated: (before, e) => {
    settlement(before, e, e.asset);
    let s = before;
    for (const r of e.reductions) {
      const p = positionOf(s, e, r.market);
      if (p.side !== r.side || r.quantity.gt(p.quantity)) throw impossible(e, `the ${r.market} position is ${p.side} ${p.quantity.toFixed()}: it cannot be reduced as ${r.side} by ${r.quantity.toFixed()}`);
      const fill = reductionOf(s, r.market, r.quantity, r.exitPrice);
      if (fill === 'wallet') throw impossible(e, 'the wallet would go negative');
      if (!fill.realisedPnl.eq(r.realisedPnl)) throw impossible(e, `reducing ${r.market} realises ${fill.realisedPnl.toFixed()}, not ${r.realisedPnl.toFixed()}`);
      s = { ...s, ...changesOf(s, r.market, fill) };
    }
    if (e.closes.length === 0) {
      if (!e.fundDelta.eq(0)) throw impossible(e, 'reductions alone leave nothing to the fund');
      return { wallet: s.wallet, positions: s.positions };
    }
    const cross = s.rules.marginMode === 'cross';
    if (cross && e.closes.length !== Object.keys(s.positions).length) throw impossible(e, 'a cross liquidation closes every position');
    const positions: Record<string, FuturesPosition> = { ...s.positions };
    for (const close of e.closes) {
      const p = positionOf(s, e, close.market);
      if (positions[close.market] === undefined) throw impossible(e, `${close.market} is closed twice`);
      if (p.side !== close.side || !p.quantity.eq(close.quantity)) throw impossible(e, `the ${close.market} position is ${p.side} ${p.quantity.toFixed()}, not ${close.side} ${close.quantity.toFixed()}`);
      delete positions[close.market];
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
