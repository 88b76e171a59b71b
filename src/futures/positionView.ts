import { ONE, ZERO, zero, type Decimal } from '../decimal/constructor.js';
import { DEFAULT_SCALE } from '../decimal/round.js';
import { isNegative } from '../decimal/compare.js';
import { MarginError, shown } from '../errors.js';
import { bankruptcyPriceOfTerms } from '../liquidation/bankruptcyPrice.js';
import { liquidationPrice, type LiquidationPriceInput } from '../liquidation/liquidationPrice.js';
import type { Contract, Side } from '../positions/position.js';
import { requireSealed } from '../sealed.js';
import { toChoice } from '../input/shape.js';
import { balanceFor, initialMarginOf, maintenanceOf, marginRatioOf, pnlAt, unitsOf } from './positionMath.js';
import { keysOfMarket, marketOfKey, positionKey } from './positionKey.js';
import { hedgedMarketPrice } from './hedgedPrice.js';
import type { FuturesState } from './state.js';

/** What a futures account's position looks like at its mark (every figure in the settlement asset unless a price). */
export interface PositionView {
  /** The market's name. */
  readonly market: string;
  /** `long` or `short`. */
  readonly side: Side;
  /** Contracts. */
  readonly quantity: Decimal;
  /** Average entry price. */
  readonly entryPrice: Decimal;
  /** The account's mark price of the market. */
  readonly markPrice: Decimal;
  /** The market's leverage in the account. */
  readonly leverage: Decimal;
  /** Isolated: the posted margin (after funding); cross: the wallet every position shares. */
  readonly margin: Decimal;
  /** Value at entry / leverage, up. */
  readonly initialMargin: Decimal;
  /** Maintenance at the market's rate or tier, valued on its maintenance basis (mark or entry). */
  readonly maintenanceMargin: Decimal;
  /** At mark: linear exact, inverse rounded down. */
  readonly unrealisedPnl: Decimal;
  /** Maintenance / equity of the position (isolated) or the wallet (cross), 8 places up; `null` when equity ≤ 0. Liquidation at ≥ 1. */
  readonly marginRatio: Decimal | null;
  /**
   * `liquidationPrice` on the position's numbers (cross: with the other positions' maintenance and
   * PnL), on the market's tick when it has one; `null` when there is none, or the margin is gone. A
   * cross hedge-mode account holding both sides of the market: the mark at which the account is
   * liquidated with both sides moving (the same for either side; [docs/futures.md](../../docs/futures.md) "Hedge mode").
   */
  readonly liquidationPrice: Decimal | null;
  /** `bankruptcyPrice` on the position's numbers: where its equity is zero (on the market's tick when it has one); `null` when there is none. Cross, both sides held: where the wallet's equity is zero. */
  readonly bankruptcyPrice: Decimal | null;
  /** PnL realised since the position opened (fees not included). */
  readonly realisedPnl: Decimal;
  /** Funding paid since the position opened (negative: received). */
  readonly fundingPaid: Decimal;
}

/**
 * The position of `market` at the account's mark, or `null` when none is open. Hedge mode:
 * `positionSide` says which of the market's two positions (`INVALID_OPTION` without it); one-way
 * mode: when given, the view is `null` unless the open position is on that side. Its liquidation and
 * bankruptcy prices are `liquidationPrice` and `bankruptcyPrice` on the same numbers — the margin
 * the position actually holds after funding and fees, so funding paid moves them. Unknown market:
 * `INVALID_OPTION` naming `market`. Docs: [docs/futures.md](../../docs/futures.md).
 *
 * @example
 * const view = positionView(account, 'BTCUSDT');
 * // → { side: 'long', quantity: Big('1'), entryPrice: Big('20000'), liquidationPrice: Big('19900.50251257'), … }
 */
export function positionView(state: FuturesState, market: string, positionSide?: Side): PositionView | null {
  requireSealed(state, 'state', 'futures');
  if (typeof market !== 'string' || !Object.prototype.hasOwnProperty.call(state.rules.markets, market)) {
    throw new MarginError('INVALID_OPTION', `market must be a market of this account, got ${shown(market)}`, { field: 'market', value: shown(market) });
  }
  const side = positionSide === undefined ? undefined : toChoice(positionSide, 'positionSide', ['long', 'short'] as const, 'INVALID_OPTION');
  if (state.rules.positionMode === 'hedge' && side === undefined) throw new MarginError('INVALID_OPTION', `a hedge-mode account holds a long and a short ${market} position: name the positionSide`, { field: 'positionSide' });
  const key = positionKey(state.rules.positionMode, market, side ?? 'long');
  const position = state.positions[key];
  return position === undefined || (side !== undefined && position.side !== side) ? null : viewOf(state, key);
}

/** The view of the open position under `key` (internal: the planner's bankruptcy prices). */
export function viewOf(state: FuturesState, key: string): PositionView {
  const position = state.positions[key]!;
  const market = marketOfKey(key);
  const m = state.rules.markets[market]!;
  const mark = state.marks[market]!;
  const cross = state.rules.marginMode === 'cross';
  const { otherMaintenance, otherPnl } = othersOf(state, key);
  const margin = cross ? state.wallet : position.margin;
  const maintenance: Pick<LiquidationPriceInput, 'maintenanceMarginRate' | 'tiers'> =
    m.tiers === undefined ? { maintenanceMarginRate: m.maintenanceMarginRate ?? zero() } : { tiers: m.tiers.tiers.map((t) => ({ notionalFloor: t.notionalFloor, maintenanceMarginRate: t.maintenanceMarginRate, maintenanceAmount: t.maintenanceAmount })) };
  // a cross account holding both sides of the market: they move with the one mark
  const hedged = cross && keysOfMarket(state, market).length === 2;
  return Object.freeze({
    market,
    side: position.side,
    quantity: position.quantity,
    entryPrice: position.entryPrice,
    markPrice: mark,
    leverage: state.leverage[market]!,
    margin,
    initialMargin: initialMarginOf(m, position, state.leverage[market]!),
    maintenanceMargin: maintenanceOf(m, position, mark),
    unrealisedPnl: pnlAt(m, position, position.quantity, mark),
    marginRatio: marginRatioOf(balanceFor(state, key)),
    liquidationPrice: hedged
      ? hedgedMarketPrice(state, market, false)
      : isNegative(margin)
        ? null
        : liquidationPrice({ ...priceTerms(state, key), margin, ...maintenance, maintenanceBasis: m.maintenanceBasis, ...(cross ? { cross: { otherMaintenanceMargin: otherMaintenance, otherUnrealizedPnl: otherPnl } } : {}) }),
    bankruptcyPrice: bankruptcyPriceOf(state, key, otherPnl),
    realisedPnl: position.realisedPnl,
    fundingPaid: position.fundingPaid,
  });
}

/** A cross account's other positions at their marks: their maintenance and their unrealised PnL (zero when isolated). */
function othersOf(state: FuturesState, key: string): { otherMaintenance: Decimal; otherPnl: Decimal } {
  let otherMaintenance = zero();
  let otherPnl = zero();
  if (state.rules.marginMode !== 'cross') return { otherMaintenance, otherPnl };
  for (const [other, p] of Object.entries(state.positions)) {
    if (other === key) continue;
    const om = marketOfKey(other);
    otherMaintenance = otherMaintenance.plus(maintenanceOf(state.rules.markets[om]!, p, state.marks[om]!));
    otherPnl = otherPnl.plus(pnlAt(state.rules.markets[om]!, p, p.quantity, state.marks[om]!));
  }
  return { otherMaintenance, otherPnl };
}

/** The position's side, entry, quantity (in the formulas' units) and contract, with the market's tick where it has one (prices on it: a long's up, a short's down; else 8 places). */
function priceTerms(state: FuturesState, key: string): { side: Side; entryPrice: Decimal; quantity: Decimal; contract: Contract; tickSize?: Decimal } {
  const position = state.positions[key]!;
  const m = state.rules.markets[marketOfKey(key)]!;
  return { side: position.side, entryPrice: position.entryPrice, quantity: unitsOf(m, position.quantity), contract: m.contract, ...(m.tickSize === undefined ? {} : { tickSize: m.tickSize }) };
}

/**
 * The position's bankruptcy price (`positionView`'s): where its equity — the isolated margin, or
 * the cross wallet with the other positions' PnL — is zero; for a cross account holding both sides
 * of the market, where the wallet's is. `otherPnl` when the caller has it (cross).
 */
export function bankruptcyPriceOf(state: FuturesState, key: string, otherPnl?: Decimal): Decimal | null {
  const market = marketOfKey(key);
  const cross = state.rules.marginMode === 'cross';
  if (cross && keysOfMarket(state, market).length === 2) return hedgedMarketPrice(state, market, true);
  // the other positions count only in a cross account
  const margin = cross ? state.wallet.plus(otherPnl ?? othersOf(state, key).otherPnl) : state.positions[key]!.margin;
  if (isNegative(margin)) return null;
  // the position's values were validated when it was made: straight to the price, not through the public edge
  const position = state.positions[key]!;
  const m = state.rules.markets[market]!;
  const terms = { quantity: unitsOf(m, position.quantity), entry: position.entryPrice, marginNumerator: margin, marginDenominator: ONE };
  return bankruptcyPriceOfTerms(terms, m.contract, position.side, ZERO, m.tickSize === undefined ? { scale: DEFAULT_SCALE } : { tick: m.tickSize });
}
