import { zero, type Decimal } from '../decimal/constructor.js';
import { MarginError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { assetEntries } from '../input/assetName.js';
import { requireShape, type Shape } from '../input/shape.js';
import { toPrice } from '../positions/position.js';
import type { Side } from '../positions/position.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { requireSealed } from '../sealed.js';
import { balanceFor, pnlAt, statusOfBalance } from './positionMath.js';
import { positionView } from './positionView.js';
import type { FuturesState } from './state.js';

/** Options of `planFuturesLiquidation`. */
export interface PlanFuturesLiquidationOptions {
  /** Where the engine closes each market's position (what the book gave it); default the mark. */
  readonly exitPrices?: Readonly<Record<string, DecimalInput>>;
}

/** One position the engine takes over at its bankruptcy price and closes at `exitPrice`. */
export interface FuturesClose {
  readonly market: string;
  readonly side: Side;
  /** Contracts. */
  readonly quantity: Decimal;
  /** Where the trader's equity in it is zero (`positionView`'s); `null` where there is none. Informational: the trader loses the margin either way. */
  readonly bankruptcyPrice: Decimal | null;
  readonly exitPrice: Decimal;
}

/** What `planFuturesLiquidation` returns: the closes, and what the insurance fund gains (positive) or pays. */
export interface FuturesLiquidationPlan {
  readonly version: number;
  readonly at: number;
  readonly liquidatable: boolean;
  readonly style: 'full';
  readonly closes: readonly FuturesClose[];
  /** The settlement asset. */
  readonly asset: string;
  /**
   * The equity left at the exit prices — margin + PnL to the exit of each closed isolated position,
   * or the cross wallet + Σ PnL: positive goes to the insurance fund (Binance: the remaining margin is
   * the "liquidation clearance fee"), negative is what the fund pays.
   */
  readonly fundDelta: Decimal;
  readonly options: { readonly exitPrices: Readonly<Record<string, Decimal>> };
}

const SHAPE: Shape<PlanFuturesLiquidationOptions> = { exitPrices: true };

/**
 * The full liquidation of a futures account at its mark (docs/futures.md "Liquidation"): an isolated
 * account's every position whose equity (margin + unrealised PnL) is at or below its maintenance, a
 * cross account's every position when the wallet's equity is. The engine takes each over at its
 * bankruptcy price — the trader loses the margin (isolated) or the wallet (cross) — and closes it at
 * the exit price; what is left of the equity there goes to the insurance fund, a deficit comes out of
 * it (`fundDelta`). Nothing to do: `liquidatable: false` and no closes. Execute it with the
 * `liquidate` command; `applyToFund` books its `fundDelta`. `tierStepDown` and `slices` are not
 * offered yet.
 *
 * @example
 * const plan = planFuturesLiquidation(account, { exitPrices: { BTCUSDT: '19600' } });
 * execute(account, { type: 'liquidate', at: account.at, plan });
 */
export function planFuturesLiquidation(state: FuturesState, options: PlanFuturesLiquidationOptions = {}): FuturesLiquidationPlan {
  requireSealed(state, 'state', 'futures');
  requireShape(options, 'options', SHAPE, 'INVALID_OPTION', 'INVALID_OPTION');
  const exitPrices: Record<string, Decimal> = {};
  for (const [market, price] of assetEntries(options.exitPrices, 'exitPrices', 'INVALID_ASSET', 'INVALID_OPTION')) {
    if (!Object.prototype.hasOwnProperty.call(state.rules.markets, market)) throw new MarginError('INVALID_OPTION', `exitPrices names ${market}, which is not a market of this account`, { field: `exitPrices.${market}` });
    exitPrices[market] = toPrice(price, `exitPrices.${market}`);
  }
  const cross = state.rules.marginMode === 'cross';
  const closes: FuturesClose[] = [];
  let fundDelta = cross ? state.wallet : zero();
  const markets = Object.keys(state.positions);
  const due = cross ? (markets.length > 0 && isAtMaintenance(state, markets[0]!) ? markets : []) : markets.filter((m) => isAtMaintenance(state, m));
  for (const market of due) {
    const p = state.positions[market]!;
    const exitPrice = exitPrices[market] ?? state.marks[market]!;
    closes.push({ market, side: p.side, quantity: p.quantity, bankruptcyPrice: positionView(state, market)!.bankruptcyPrice, exitPrice });
    fundDelta = fundDelta.plus(cross ? zero() : p.margin).plus(pnlAt(state.rules.markets[market]!, p, p.quantity, exitPrice));
  }
  const liquidatable = closes.length > 0;
  return deepFreeze({ version: state.version, at: state.at, liquidatable, style: 'full' as const, closes, asset: state.rules.settlementAsset, fundDelta: liquidatable ? fundDelta : zero(), options: { exitPrices } });
}

function isAtMaintenance(state: FuturesState, market: string): boolean {
  return statusOfBalance(balanceFor(state, market), undefined) === 'liquidation';
}
