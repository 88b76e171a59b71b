import { D, ONE, zero, type Decimal } from '../decimal/constructor.js';
import { compare, isPositive } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import { toAmount, toRate } from '../decimal/validate.js';
import { tierIndexOf } from '../liquidation/tiers.js';
import { changesOf, reductionOf } from './fill.js';
import { MarginError } from '../errors.js';
import { assetEntries } from '../input/assetName.js';
import { readShape, toChoice, type Shape } from '../input/shape.js';
import { toPrice } from '../positions/position.js';
import type { Side } from '../positions/position.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { requireSealed } from '../sealed.js';
import { balanceFor, positionStatus, statusOfBalance, takeoverEquity, valueAt } from './positionMath.js';
import { bankruptcyPriceOf } from './positionView.js';
import { marketOfKey } from './positionKey.js';
import type { FuturesState } from './state.js';

/**
 * How a due position is liquidated: `full` — taken over at the bankruptcy price (BitMEX, Binance);
 * `tierStepDown` — reduced at the exit price to the largest size whose lower tier's maintenance is met,
 * else taken over (Bybit); `slices` — a large position closed a fraction at a time at the exit price,
 * the trader keeping the collateral, and taken over once equity falls below two-thirds of
 * maintenance (Hyperliquid).
 */
export type FuturesLiquidationStyle = 'full' | 'tierStepDown' | 'slices';

/** Every `FuturesLiquidationStyle` (internal: the validators' list). */
export const FUTURES_LIQUIDATION_STYLES: readonly FuturesLiquidationStyle[] = ['full', 'tierStepDown', 'slices'];

/** Options of `planFuturesLiquidation`. */
export interface PlanFuturesLiquidationOptions {
  /** Default the account's `liquidationStyle` (its venue's; else `'full'`). */
  readonly style?: FuturesLiquidationStyle;
  /** Where the engine closes each market's position (what the book gave it); default the mark. */
  readonly exitPrices?: Readonly<Record<string, DecimalInput>>;
  /** `slices`: the share of a large position closed at a time. Default 0.2 (Hyperliquid: 20%). */
  readonly sliceFraction?: DecimalInput;
  /** `slices`: the position value (settlement asset) above which only a slice is closed. Default 100,000 (Hyperliquid: 100,000 USDC). */
  readonly sliceAbove?: DecimalInput;
}

/** One position the engine takes over at its bankruptcy price and closes at `exitPrice`. */
export interface FuturesClose {
  /** The market's name. */
  readonly market: string;
  /** The position's side. */
  readonly side: Side;
  /** Contracts. */
  readonly quantity: Decimal;
  /** Where the trader's equity in it is zero (`positionView`'s); `null` where there is none. Informational: the trader loses the margin either way. */
  readonly bankruptcyPrice: Decimal | null;
  /** Where the engine closes it. */
  readonly exitPrice: Decimal;
}

/** A reduction the engine makes at market (`tierStepDown`, `slices`): the trader keeps what is left, and realises the PnL of the contracts closed. */
export interface FuturesReduction {
  /** The market's name. */
  readonly market: string;
  /** The position's side (the reduction trades against it). */
  readonly side: Side;
  /** Contracts closed. */
  readonly quantity: Decimal;
  /** Where the contracts close. */
  readonly exitPrice: Decimal;
  /** PnL realised by the contracts closed, in the settlement asset. */
  readonly realisedPnl: Decimal;
}

/** What `planFuturesLiquidation` returns: the reductions and takeovers, and what the insurance fund gains (positive) or pays. */
export interface FuturesLiquidationPlan {
  /** The account version it was made for (`liquidate` refuses it once the account changes: `STALE_PLAN`). */
  readonly version: number;
  /** The account's time when it was made, epoch ms. */
  readonly at: number;
  /** Whether anything was due at the account's marks (else the plan is empty). */
  readonly liquidatable: boolean;
  /** The style the plan follows. */
  readonly style: FuturesLiquidationStyle;
  /** Applied first: reductions at market. */
  readonly reductions: readonly FuturesReduction[];
  /** Then the takeovers at the bankruptcy price. */
  readonly closes: readonly FuturesClose[];
  /** The settlement asset. */
  readonly asset: string;
  /**
   * The equity left at the exit prices of what was taken over — margin + PnL to the exit of each
   * isolated position, or the cross wallet + Σ PnL: positive goes to the insurance fund (Binance: the
   * remaining margin is the "liquidation clearance fee"; Bybit: "the remaining margin from the
   * position would be contributed to the insurance fund"), negative is what the fund pays.
   */
  readonly fundDelta: Decimal;
  /** The options the plan was made with, resolved. */
  readonly options: {
    /** The style the plan follows. */
    readonly style: FuturesLiquidationStyle;
    /** The exit price of each market the plan closes in (given, else the mark). */
    readonly exitPrices: Readonly<Record<string, Decimal>>;
    /** `slices`: the share closed at a time. */
    readonly sliceFraction: Decimal;
    /** `slices`: the position value above which only a slice is closed. */
    readonly sliceAbove: Decimal;
  };
}

const SHAPE: Shape<PlanFuturesLiquidationOptions> = { style: true, exitPrices: true, sliceFraction: true, sliceAbove: true };
const DEFAULT_LOT = /* @__PURE__ */ new D('0.00000001');
const TWO = /* @__PURE__ */ new D(2);
/** A `full` plan's reductions: none, one frozen empty list shared by every such plan. */
const NO_REDUCTIONS = /* @__PURE__ */ Object.freeze([]) as unknown as FuturesReduction[];

/** Hyperliquid's defaults, parsed once (each plan gets its own copy). */
const SLICE_FRACTION = /* @__PURE__ */ new D('0.2');
const SLICE_ABOVE = /* @__PURE__ */ new D(100000);

/**
 * The liquidation of a futures account at its mark ([docs/futures.md](../../docs/futures.md) "Liquidation"): due are an
 * isolated account's positions whose equity (margin + unrealised PnL) is at or below maintenance, or
 * a cross account's every position when the wallet's equity is. By `style`:
 * - `full`: the engine takes each over at its bankruptcy price — the trader loses the margin
 *   (isolated) or the wallet (cross) — and closes it at the exit price; what the equity leaves there
 *   goes to the insurance fund, a deficit comes out of it (`fundDelta`);
 * - `tierStepDown` (Bybit "Liquidation Process": "Submit a FillOrKill order of the difference between
 *   the current position value and the lower margin tier value which satisfies the margin
 *   requirement"): reduce at the exit price to just below the floor of the highest lower tier whose
 *   maintenance is then met; in the lowest tier, or when no lower tier is met, `full`;
 * - `slices` (Hyperliquid): a position worth more than `sliceAbove` at mark loses `sliceFraction` of
 *   its contracts (whole lots, up) at the exit price, a smaller one all of them, the trader keeping
 *   the collateral; below two-thirds of maintenance, the backstop: `full`.
 * Nothing due: `liquidatable: false`. Execute it with the `liquidate` command; `applyToFund` books
 * its `fundDelta`.
 *
 * @example
 * const plan = planFuturesLiquidation(account, { exitPrices: { BTCUSDT: '19600' } });
 * execute(account, { type: 'liquidate', at: account.at, plan });
 */
export function planFuturesLiquidation(state: FuturesState, given: PlanFuturesLiquidationOptions = {}): FuturesLiquidationPlan {
  requireSealed(state, 'state', 'futures');
  const options = readShape(given, 'options', SHAPE, 'INVALID_OPTION', 'INVALID_OPTION');
  const style = options.style === undefined ? state.rules.liquidationStyle : toChoice(options.style, 'style', FUTURES_LIQUIDATION_STYLES, 'INVALID_OPTION');
  const exitPrices: Record<string, Decimal> = {};
  for (const [market, price] of assetEntries(options.exitPrices, 'exitPrices', 'INVALID_ASSET', 'INVALID_OPTION')) {
    if (!Object.prototype.hasOwnProperty.call(state.rules.markets, market)) throw new MarginError('INVALID_OPTION', `exitPrices names ${market}, which is not a market of this account`, { field: `exitPrices.${market}` });
    exitPrices[market] = toPrice(price, `exitPrices.${market}`);
  }
  const sliceFraction = options.sliceFraction === undefined ? new D(SLICE_FRACTION) : toRate(options.sliceFraction, 'sliceFraction');
  if (!isPositive(sliceFraction) || compare(sliceFraction, ONE) > 0) throw new MarginError('INVALID_OPTION', 'sliceFraction must lie in (0, 1]', { field: 'sliceFraction', value: sliceFraction.toString() });
  const sliceAbove = options.sliceAbove === undefined ? new D(SLICE_ABOVE) : toAmount(options.sliceAbove, 'sliceAbove');
  // frozen as built: the plan holds them, and what is known frozen is not walked again
  const resolved = Object.freeze({ style, exitPrices: Object.freeze(exitPrices), sliceFraction, sliceAbove });

  const cross = state.rules.marginMode === 'cross';
  const keys = Object.keys(state.positions);
  const due: string[] = [];
  if (cross) {
    if (keys.length > 0 && isDue(state, keys[0]!)) due.push(...keys);
  } else for (const key of keys) if (isDue(state, key)) due.push(key);
  const { working, reductions, takeover } = style === 'full' ? { working: state, reductions: NO_REDUCTIONS, takeover: due } : reduced(state, keys, due, resolved);
  const closes: FuturesClose[] = [];
  for (const key of takeover) {
    const p = working.positions[key]!;
    closes.push(Object.freeze({ market: marketOfKey(key), side: p.side, quantity: p.quantity, bankruptcyPrice: bankruptcyPriceOf(state, key), exitPrice: exitOf(state, exitPrices, key) }));
  }
  const fundDelta = closes.length > 0 ? takeoverEquity(working, closes) : zero();
  // every part frozen as it was made (reductions and closes are literals, the options frozen above): the plan itself last
  return Object.freeze({ version: state.version, at: state.at, liquidatable: due.length > 0, style, reductions: Object.freeze(reductions), closes: Object.freeze(closes), asset: state.rules.settlementAsset, fundDelta, options: resolved });
}

/** Where the plan closes the position under `key`: its market's exit price, else its mark. */
function exitOf(state: FuturesState, exitPrices: Readonly<Record<string, Decimal>>, key: string): Decimal {
  const market = marketOfKey(key);
  return exitPrices[market] ?? state.marks[market]!;
}

type Resolved = { readonly style: FuturesLiquidationStyle; readonly exitPrices: Readonly<Record<string, Decimal>>; readonly sliceFraction: Decimal; readonly sliceAbove: Decimal };

/**
 * `tierStepDown` and `slices`: each due position reduced at market where its style allows (the
 * state after the reductions), the others taken over — and a cross account, once any is taken over,
 * taken over whole: a reduction does not survive the takeover of another position.
 */
function reduced(state: FuturesState, keys: string[], due: readonly string[], options: Resolved): { working: FuturesState; reductions: FuturesReduction[]; takeover: string[] } {
  const reductions: FuturesReduction[] = [];
  const takeover: string[] = [];
  let working = state;
  for (const key of due) {
    const exit = exitOf(state, options.exitPrices, key);
    const chosen = options.style === 'slices' ? sliceOf(working, key, options) : stepDownOf(working, key, exit);
    const fill = chosen === undefined ? 'none' : reductionOf(working, key, chosen, exit);
    if (chosen === undefined || fill === 'none' || fill === 'wallet') {
      takeover.push(key);
      continue;
    }
    reductions.push(Object.freeze({ market: marketOfKey(key), side: working.positions[key]!.side, quantity: chosen, exitPrice: exit, realisedPnl: fill.realisedPnl }));
    working = { ...working, ...changesOf(working, key, fill) };
  }
  if (state.rules.marginMode === 'cross' && takeover.length > 0) return { working: state, reductions: [], takeover: keys };
  return { working, reductions, takeover };
}

function isDue(state: FuturesState, key: string): boolean {
  return (state.rules.marginMode === 'cross' ? statusOfBalance(balanceFor(state, key), undefined) : positionStatus(state, key, undefined)) === 'liquidation';
}

/** `slices`: the contracts to close now, or `undefined` for the backstop (equity below ⅔ of maintenance). */
function sliceOf(state: FuturesState, key: string, options: { sliceFraction: Decimal; sliceAbove: Decimal }): Decimal | undefined {
  const b = balanceFor(state, key);
  if (b.equity.times(3).lt(b.maintenance.times(TWO))) return undefined;
  const market = marketOfKey(key);
  const m = state.rules.markets[market]!;
  const p = state.positions[key]!;
  if (!valueAt(m, p.quantity, state.marks[market]!, 'ceil').gt(options.sliceAbove)) return p.quantity;
  const lot = m.lotSize ?? DEFAULT_LOT;
  const slice = divide(p.quantity.times(options.sliceFraction), lot, 0, 'ceil').times(lot);
  return slice.gt(p.quantity) ? p.quantity : slice;
}

/**
 * `tierStepDown`: the contracts whose sale at `exit` leaves the position just below the floor of the
 * highest lower tier with its maintenance met, or `undefined` (lowest tier, no tiers, none met).
 */
function stepDownOf(state: FuturesState, key: string, exit: Decimal): Decimal | undefined {
  const market = marketOfKey(key);
  const m = state.rules.markets[market]!;
  const table = m.tiers?.tiers;
  const p = state.positions[key]!;
  if (table === undefined) return undefined;
  const mark = state.marks[market]!;
  const basis = m.maintenanceBasis === 'entry' ? p.entryPrice : mark;
  const tier = tierIndexOf(table, valueAt(m, p.quantity, basis, 'ceil'));
  const lot = m.lotSize ?? DEFAULT_LOT;
  for (let j = tier - 1; j >= 0; j--) {
    // the most lots whose value at the basis stays below the floor of tier j + 1
    const floor = table[j + 1]!.notionalFloor;
    let keep = divide(m.contract === 'linear' ? divide(floor, m.contractSize.times(basis), 24, 'floor') : floor.times(basis).div(m.contractSize), lot, 0, 'floor');
    while (isPositive(keep) && !valueAt(m, keep.times(lot), basis, 'ceil').lt(floor)) keep = keep.minus(1);
    const quantity = p.quantity.minus(keep.times(lot));
    if (!isPositive(quantity) || !isPositive(keep)) continue;
    const fill = reductionOf(state, key, quantity, exit);
    if (fill === 'wallet' || fill.position === undefined) continue;
    const after = { ...state, ...changesOf(state, key, fill) };
    if (statusOfBalance(balanceFor(after, key), undefined) !== 'liquidation') return quantity;
  }
  return undefined;
}
