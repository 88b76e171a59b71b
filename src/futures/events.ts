import type { Decimal } from '../decimal/constructor.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import type { PositionSide } from './commands.js';
import type { PositionChange } from './fill.js';
import type { FuturesLiquidationPlan } from './planFuturesLiquidation.js';

/**
 * Payload of every futures event; an event is `{ type, at, ...payload }`. Amounts are in the
 * settlement asset. An event on one position of a hedge-mode account carries its `positionSide`; a
 * one-way account's never does.
 */
export interface FuturesEventPayloads {
  /** Settlement asset credited to the wallet. */
  readonly Deposited: {
    /** The settlement asset. */
    readonly asset: string;
    /** How much, in units of the asset. */
    readonly amount: Decimal;
  };
  /** Settlement asset taken out of the wallet. */
  readonly Withdrawn: {
    /** The settlement asset. */
    readonly asset: string;
    /** How much, in units of the asset. */
    readonly amount: Decimal;
  };
  /** The market's leverage changed. */
  readonly LeverageSet: {
    /** The market's name. */
    readonly market: string;
    /** The new leverage. */
    readonly leverage: Decimal;
  };
  /**
   * A fill on `market`: `quantity` contracts bought or sold at `price`, paying `fee`. `change` and
   * `realisedPnl` say what it did; `evolve` recomputes both and refuses an event whose figures differ.
   */
  readonly PositionChanged: {
    /** The market's name. */
    readonly market: string;
    /** `buy`: toward long; `sell`: toward short. */
    readonly side: 'buy' | 'sell';
    /** Contracts filled. */
    readonly quantity: Decimal;
    /** Fill price. */
    readonly price: Decimal;
    /** Trading fee paid, in the settlement asset (rounded up). */
    readonly fee: Decimal;
    /** What the fill did to the position: `opened`, `increased`, `reduced`, `closed` or `flipped`. */
    readonly change: PositionChange;
    /** PnL realised by the part that reduced a position, in the settlement asset, before the fee; 0 when nothing was reduced. */
    readonly realisedPnl: Decimal;
    /** Hedge mode: the position the fill worked on. */
    readonly positionSide?: PositionSide;
  };
  /** Isolated margin moved from the wallet to the market's position. */
  readonly MarginAdded: {
    /** The market's name. */
    readonly market: string;
    /** Margin moved, in the settlement asset. */
    readonly amount: Decimal;
    /** Hedge mode: which position. */
    readonly positionSide?: PositionSide;
  };
  /** Isolated margin moved from the market's position back to the wallet. */
  readonly MarginRemoved: {
    /** The market's name. */
    readonly market: string;
    /** Margin moved back, in the settlement asset. */
    readonly amount: Decimal;
    /** Hedge mode: which position. */
    readonly positionSide?: PositionSide;
  };
  /** New mark prices. */
  readonly MarksUpdated: {
    /** Mark price by market name; markets not named keep theirs. */
    readonly marks: Readonly<Record<string, Decimal>>;
  };
  /**
   * Funding at `rate` on the market's position at `markPrice`: `payment` positive = the position
   * paid (from its isolated margin, or the cross wallet), negative = it received.
   */
  readonly FundingSettled: {
    /** The market's name. */
    readonly market: string;
    /** The interval's funding rate; positive: longs pay shorts. */
    readonly rate: Decimal;
    /** The mark price the position was valued at. */
    readonly markPrice: Decimal;
    /** In the settlement asset: positive, the position paid; negative, it received. */
    readonly payment: Decimal;
    /** Hedge mode: which position. */
    readonly positionSide?: PositionSide;
  };
  /**
   * A liquidation: first each of `reductions` closed at its exit price (the trader keeps the rest and
   * realises the PnL), then each position in `closes` taken over by the engine and closed at its exit
   * price, the trader losing the margin (isolated) or the wallet (cross). `fundDelta` (in `asset`) is
   * what the insurance fund gains, or pays when negative; `evolve` recomputes it and every reduction's PnL.
   */
  readonly Liquidated: Pick<FuturesLiquidationPlan, 'style' | 'reductions' | 'closes' | 'asset' | 'fundDelta'>;
  /** An ADL reduction of the market's position at `price`; `evolve` recomputes the realised PnL. */
  readonly Deleveraged: {
    /** The market's name. */
    readonly market: string;
    /** Contracts closed. */
    readonly quantity: Decimal;
    /** The price they closed at. */
    readonly price: Decimal;
    /** PnL realised, in the settlement asset (no fee). */
    readonly realisedPnl: Decimal;
    /** Hedge mode: which position. */
    readonly positionSide?: PositionSide;
  };
  /** A dated contract settled: the whole position closed at `price`; `evolve` recomputes the realised PnL. */
  readonly Settled: {
    /** The market's name. */
    readonly market: string;
    /** Contracts closed (the whole position). */
    readonly quantity: Decimal;
    /** The settlement price. */
    readonly price: Decimal;
    /** PnL realised, in the settlement asset (no fee). */
    readonly realisedPnl: Decimal;
    /** Hedge mode: which position. */
    readonly positionSide?: PositionSide;
  };
  /** `riskRate` is the highest margin ratio (maintenance / equity) at the change, `null` when unbounded. */
  readonly StatusChanged: {
    /** The status before. */
    readonly from: RiskStatus;
    /** The status after. */
    readonly to: RiskStatus;
    /** The highest margin ratio after the change; `null` when unbounded (no position). */
    readonly riskRate: Decimal | null;
  };
}

/** The name of a futures event. */
export type FuturesEventType = keyof FuturesEventPayloads;

/** Every event a futures account applies, discriminated by `type`; each carries `at`. */
export type FuturesEvent = {
  readonly [K in FuturesEventType]: {
    /** The event's name. */
    readonly type: K;
    /** When it happened, epoch ms. */
    readonly at: number;
  } & FuturesEventPayloads[K];
}[FuturesEventType];

/** The futures event of one type. */
export type FuturesEventOf<K extends FuturesEventType> = Extract<
  FuturesEvent,
  {
    /** The event's name. */
    type: K;
  }
>;
