import { zero, type Decimal } from '../decimal/constructor.js';
import { minus, plus } from '../decimal/addition.js';
import { compare, isPositive } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import { product } from '../decimal/multiply.js';
import { round } from '../decimal/round.js';
import { tierIndexOf } from '../liquidation/tiers.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import { marketOfKey, positionKey } from './positionKey.js';
import { linearEquityOf, linearPnlOf } from './linearPnl.js';
import { positionStatusOf } from './positionStatus.js';
import type { FuturesPosition, FuturesState, ResolvedFuturesMarket } from './state.js';

/** Settlement-asset amounts are kept to 8 places where a division or a fee rounds them. */
export const SCALE = 8;

/**
 * Contracts as the position functions count them: linear base units, inverse USD. A term of their
 * arithmetic, never returned as it is: a contract size of 1 gives `contracts` itself (`product`).
 */
export function unitsOf(market: ResolvedFuturesMarket, contracts: Decimal): Decimal {
  return product(contracts, market.contractSize);
}

/** The value of `contracts` at `price` in the settlement asset: linear exact; inverse USD / price, rounded as asked. */
export function valueAt(market: ResolvedFuturesMarket, contracts: Decimal, price: Decimal, rounding: 'ceil' | 'floor'): Decimal {
  // a term multiplied or divided further: `product` skips a contract size of 1
  const units = product(contracts, market.contractSize);
  return market.contract === 'linear' ? units.times(price) : divide(units, price, SCALE, rounding);
}

/** A fill's fee: ⌈value at the fill price × rate⌉ (8 places). */
export function feeOf(market: ResolvedFuturesMarket, contracts: Decimal, price: Decimal, rate: Decimal): Decimal {
  return round(valueAt(market, contracts, price, 'ceil').times(rate), SCALE, 'ceil');
}

/** Initial margin: ⌈value at entry / leverage⌉ (8 places). */
export function initialMarginOf(market: ResolvedFuturesMarket, position: Pick<FuturesPosition, 'quantity' | 'entryPrice'>, leverage: Decimal): Decimal {
  return divide(valueAt(market, position.quantity, position.entryPrice, 'ceil'), leverage, SCALE, 'ceil');
}

/** PnL of `contracts` of the position closed at `exit`: linear side × units × (exit − entry), exact; inverse side × USD × (1/entry − 1/exit), rounded down (against the trader). */
export function pnlAt(market: ResolvedFuturesMarket, position: Pick<FuturesPosition, 'side' | 'entryPrice'>, contracts: Decimal, exit: Decimal): Decimal {
  // linear: on float64 integers where they hold the values
  const fast = market.contract === 'linear' ? linearPnlOf(market, position.side, position.entryPrice, contracts, exit) : undefined;
  if (fast !== undefined) return fast;
  const move = minus(exit, position.entryPrice).times(product(contracts, market.contractSize));
  const signed = position.side === 'long' ? move : move.neg();
  return market.contract === 'linear' ? signed : divide(signed, position.entryPrice.times(exit), SCALE, 'floor');
}

/** Maintenance margin of the position: its value (at mark or entry, per the market) × the rate, less the tier's maintenance amount. */
export function maintenanceOf(market: ResolvedFuturesMarket, position: FuturesPosition, mark: Decimal): Decimal {
  const basis = market.maintenanceBasis === 'entry' ? position.entryPrice : mark;
  const value = valueAt(market, position.quantity, basis, 'ceil');
  const table = market.tiers;
  if (table === undefined) return round(value.times(market.maintenanceMarginRate ?? zero()), SCALE, 'ceil');
  const tier = table.tiers[tierIndexOf(table.tiers, value)]!;
  return round(value.times(tier.maintenanceMarginRate).minus(tier.maintenanceAmount), SCALE, 'ceil');
}

/** What the account's risk is measured on: equity (margin balance) and maintenance, of one position (isolated) or of the wallet (cross). */
export interface MarginBalance {
  readonly equity: Decimal;
  readonly maintenance: Decimal;
}

function positionBalance(state: FuturesState, key: string, position: FuturesPosition): MarginBalance {
  const market = marketOfKey(key);
  const m = state.rules.markets[market]!;
  const mark = state.marks[market]!;
  return { equity: plus(position.margin, pnlAt(m, position, position.quantity, mark)), maintenance: maintenanceOf(m, position, mark) };
}

/** The cross wallet's margin balance (wallet + Σ unrealised PnL) and Σ maintenance. */
export function crossBalance(state: FuturesState): MarginBalance {
  let equity = state.wallet;
  let maintenance = zero();
  for (const [key, position] of Object.entries(state.positions)) {
    const b = positionBalance(state, key, position);
    equity = plus(equity, b.equity);
    maintenance = plus(maintenance, b.maintenance);
  }
  return { equity, maintenance };
}

/** The balance the risk of the position under `key` is measured on: its own (isolated) or the cross wallet's. */
export function balanceFor(state: FuturesState, key: string): MarginBalance {
  const position = state.positions[key];
  if (state.rules.marginMode === 'cross' || position === undefined) return crossBalance(state);
  return positionBalance(state, key, position);
}

/** Margin ratio = maintenance / equity (8 places, up); `null` when equity ≤ 0 (unbounded); 0 without maintenance. */
export function marginRatioOf(b: MarginBalance): Decimal | null {
  if (!isPositive(b.maintenance)) return zero();
  return isPositive(b.equity) ? divide(b.maintenance, b.equity, SCALE, 'ceil') : null;
}

/** The status one balance warrants: liquidation at equity ≤ maintenance (or below zero without maintenance), a call at the ratio. */
export function statusOfBalance(b: MarginBalance, callRatio: Decimal | undefined): RiskStatus {
  if (!isPositive(b.maintenance)) return isPositive(b.equity) || b.equity.eq(0) ? 'normal' : 'liquidation';
  if (compare(b.equity, b.maintenance) <= 0) return 'liquidation';
  return callRatio !== undefined && compare(b.maintenance, callRatio.times(b.equity)) >= 0 ? 'marginCall' : 'normal';
}

const RANK: Readonly<Record<RiskStatus, number>> = { normal: 0, marginCall: 1, liquidation: 2 };

/** The balances the account is judged on: every isolated position's, or the one cross wallet's (when a position is open). */
function balances(state: FuturesState): MarginBalance[] {
  const keys = Object.keys(state.positions);
  if (keys.length === 0) return [];
  return state.rules.marginMode === 'cross' ? [crossBalance(state)] : keys.map((key) => positionBalance(state, key, state.positions[key]!));
}

/**
 * The account's status, decided without division: a balance whose equity is at or below its
 * maintenance is `liquidation`; at or above `marginCallRatio` × equity, `marginCall`; the worst
 * balance decides. No position: `normal`.
 */
export function futuresStatusOf(state: FuturesState): RiskStatus {
  const callRatio = state.rules.marginCallRatio;
  if (state.rules.marginMode === 'cross') {
    const keys = Object.keys(state.positions);
    return keys.length === 0 ? 'normal' : statusOfBalance(crossBalance(state), callRatio);
  }
  let worst: RiskStatus = 'normal';
  for (const key in state.positions) {
    if (!Object.prototype.hasOwnProperty.call(state.positions, key)) continue;
    const s = positionStatus(state, key, callRatio);
    if (RANK[s] > RANK[worst]) worst = s;
  }
  return worst;
}

/** The status of one isolated position's balance: on exact float64 integers where they hold it, else in big.js. */
export function positionStatus(state: FuturesState, key: string, callRatio: Decimal | undefined): RiskStatus {
  const position = state.positions[key]!;
  const market = marketOfKey(key);
  return positionStatusOf(state.rules.markets[market]!, position, state.marks[market]!, callRatio, SCALE) ?? statusOfBalance(positionBalance(state, key, position), callRatio);
}

/** The highest margin ratio among the balances (`null` if any is unbounded); the StatusChanged measure. */
export function futuresRiskOf(state: FuturesState): Decimal | null {
  let worst: Decimal | null = zero();
  for (const b of balances(state)) {
    const r = marginRatioOf(b);
    if (r === null) return null;
    if (worst !== null && r.gt(worst)) worst = r;
  }
  return worst;
}

/** Cross: what is free to open or withdraw — wallet + Σ unrealised PnL − Σ initial margin, never more than the wallet. Isolated: the wallet. */
export function availableOf(state: FuturesState): Decimal {
  if (state.rules.marginMode === 'isolated') return state.wallet;
  const available = uncappedAvailableOf(state);
  return available.gt(state.wallet) ? state.wallet : available;
}

/**
 * What a takeover leaves the insurance fund: the equity of the positions taken over at their exit
 * prices — each isolated position's margin + PnL to its exit, or the cross wallet + Σ PnL.
 */
export function takeoverEquity(state: FuturesState, closes: readonly { readonly market: string; readonly side: FuturesPosition['side']; readonly exitPrice: Decimal }[]): Decimal {
  const cross = state.rules.marginMode === 'cross';
  // isolated: Σ (margin + PnL), the first term without a sum with zero
  let equity: Decimal | undefined = cross ? state.wallet : undefined;
  for (const { market, side, exitPrice } of closes) {
    const p = state.positions[positionKey(state.rules.positionMode, market, side)]!;
    const m = state.rules.markets[market]!;
    if (cross) {
      equity = plus(equity!, pnlAt(m, p, p.quantity, exitPrice));
      continue;
    }
    const own = (m.contract === 'linear' ? linearEquityOf(m, p, exitPrice) : undefined) ?? plus(p.margin, pnlAt(m, p, p.quantity, exitPrice));
    equity = equity === undefined ? own : plus(equity, own);
  }
  return equity ?? zero();
}

/** What the position pays at a funding instant (positive = pays): side × value at mark × rate, rounded up — `fundingPayment` on the position's numbers. */
export function fundingOf(market: ResolvedFuturesMarket, position: Pick<FuturesPosition, 'side' | 'quantity'>, mark: Decimal, rate: Decimal): Decimal {
  const signedRate = position.side === 'long' ? rate : rate.neg();
  const units = product(position.quantity, market.contractSize);
  return market.contract === 'linear' ? round(units.times(mark).times(signedRate), SCALE, 'ceil') : divide(units.times(signedRate), mark, SCALE, 'ceil');
}

/** Cross: wallet + Σ unrealised PnL − Σ initial margin, not capped (negative: the positions need more than the account has). */
export function uncappedAvailableOf(state: FuturesState): Decimal {
  let available = state.wallet;
  for (const [key, position] of Object.entries(state.positions)) {
    const market = marketOfKey(key);
    const m = state.rules.markets[market]!;
    available = minus(plus(available, pnlAt(m, position, position.quantity, state.marks[market]!)), initialMarginOf(m, position, state.leverage[market]!));
  }
  return available;
}
