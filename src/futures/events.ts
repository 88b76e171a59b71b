import type { Decimal } from '../decimal/constructor.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import type { PositionSide } from './commands.js';
import type { PositionChange } from './fill.js';
import type { FuturesClose, FuturesLiquidationStyle, FuturesReduction } from './planFuturesLiquidation.js';

/**
 * Payload of every futures event; an event is `{ type, at, ...payload }`. Amounts are in the
 * settlement asset. An event on one position of a hedge-mode account carries its `positionSide`; a
 * one-way account's never does.
 */
export interface FuturesEventPayloads {
  readonly Deposited: { readonly asset: string; readonly amount: Decimal };
  readonly Withdrawn: { readonly asset: string; readonly amount: Decimal };
  readonly LeverageSet: { readonly market: string; readonly leverage: Decimal };
  /**
   * A fill on `market`: `quantity` contracts bought or sold at `price`, paying `fee`. `change` and
   * `realisedPnl` say what it did; `evolve` recomputes both and refuses an event whose figures differ.
   */
  readonly PositionChanged: {
    readonly market: string;
    readonly side: 'buy' | 'sell';
    readonly quantity: Decimal;
    readonly price: Decimal;
    readonly fee: Decimal;
    readonly change: PositionChange;
    readonly realisedPnl: Decimal;
    readonly positionSide?: PositionSide;
  };
  /** Isolated margin moved from the wallet to the market's position, or back. */
  readonly MarginAdded: { readonly market: string; readonly amount: Decimal; readonly positionSide?: PositionSide };
  readonly MarginRemoved: { readonly market: string; readonly amount: Decimal; readonly positionSide?: PositionSide };
  readonly MarksUpdated: { readonly marks: Readonly<Record<string, Decimal>> };
  /**
   * Funding at `rate` on the market's position at `markPrice`: `payment` positive = the position
   * paid (from its isolated margin, or the cross wallet), negative = it received.
   */
  readonly FundingSettled: { readonly market: string; readonly rate: Decimal; readonly markPrice: Decimal; readonly payment: Decimal; readonly positionSide?: PositionSide };
  /**
   * A liquidation: first each of `reductions` closed at its exit price (the trader keeps the rest and
   * realises the PnL), then each position in `closes` taken over by the engine and closed at its exit
   * price, the trader losing the margin (isolated) or the wallet (cross). `fundDelta` (in `asset`) is
   * what the insurance fund gains, or pays when negative; `evolve` recomputes it and every reduction's PnL.
   */
  readonly Liquidated: { readonly style: FuturesLiquidationStyle; readonly reductions: readonly FuturesReduction[]; readonly closes: readonly FuturesClose[]; readonly asset: string; readonly fundDelta: Decimal };
  /** An ADL reduction of the market's position at `price`; `evolve` recomputes the realised PnL. */
  readonly Deleveraged: { readonly market: string; readonly quantity: Decimal; readonly price: Decimal; readonly realisedPnl: Decimal; readonly positionSide?: PositionSide };
  /** A dated contract settled: the whole position closed at `price`; `evolve` recomputes the realised PnL. */
  readonly Settled: { readonly market: string; readonly quantity: Decimal; readonly price: Decimal; readonly realisedPnl: Decimal; readonly positionSide?: PositionSide };
  /** `riskRate` is the highest margin ratio (maintenance / equity) at the change, `null` when unbounded. */
  readonly StatusChanged: { readonly from: RiskStatus; readonly to: RiskStatus; readonly riskRate: Decimal | null };
}

/** The name of a futures event. */
export type FuturesEventType = keyof FuturesEventPayloads;

/** Every event a futures account applies, discriminated by `type`; each carries `at`. */
export type FuturesEvent = { readonly [K in FuturesEventType]: { readonly type: K; readonly at: number } & FuturesEventPayloads[K] }[FuturesEventType];

/** The futures event of one type. */
export type FuturesEventOf<K extends FuturesEventType> = Extract<FuturesEvent, { type: K }>;
