import type { DecimalInput } from '../decimal/toDecimal.js';
import type { FuturesLiquidationPlan } from './planFuturesLiquidation.js';

/**
 * Hedge mode: the position a command works on, `'long'` or `'short'` (required there; a one-way
 * account refuses it with `POSITION_MODE`).
 */
export type PositionSide = 'long' | 'short';

/** Every futures command carries `at` (epoch ms); time may not go backwards. */
export interface FuturesCommandPayloads {
  /** Into the wallet; the asset must be the settlement asset. */
  readonly deposit: {
    /** The settlement asset. */
    readonly asset: string;
    /** How much, in units of the asset; positive. */
    readonly amount: DecimalInput;
  };
  /** Out of the wallet, up to what is available (cross: wallet + unrealised PnL − initial margin, at most the wallet). */
  readonly withdraw: {
    /** The settlement asset. */
    readonly asset: string;
    /** How much, in units of the asset; positive. */
    readonly amount: DecimalInput;
  };
  /** The market's leverage, 1 … its `maxLeverage`; an open position's margin (isolated) or the wallet (cross) must still cover it. */
  readonly setLeverage: {
    /** The market's name (a key of the account's `markets`). */
    readonly market: string;
    /** The new leverage (a multiple, e.g. 10). */
    readonly leverage: DecimalInput;
  };
  /**
   * A fill of `quantity` contracts at `price`: `buy` toward long, `sell` toward short. The fee is
   * `feeRate` of the fill's value, else the market's maker or taker rate by `role` (default taker).
   * `reduceOnly`: only reduces an opposite position, never past it. Hedge mode: `positionSide` says
   * which position the fill works on — a buy opens or adds to the long and a sell reduces it, by at
   * most its size (and the other way round for the short).
   */
  readonly trade: {
    /** The market's name. */
    readonly market: string;
    /** `buy`: toward long; `sell`: toward short. */
    readonly side: 'buy' | 'sell';
    /** Contracts, a multiple of the market's lot; positive. */
    readonly quantity: DecimalInput;
    /** Fill price (quote per base), on the market's tick. */
    readonly price: DecimalInput;
    /** Which fee rate applies: the market's `makerFeeRate` or `takerFeeRate`. Default `taker`. */
    readonly role?: 'maker' | 'taker';
    /** The fee as a fraction of the fill's value, overriding the market's rate by role. */
    readonly feeRate?: DecimalInput;
    /** Refuse any part of the fill that would open or increase a position (`REDUCE_ONLY`). Default false. */
    readonly reduceOnly?: boolean;
    /** Hedge mode: the position the fill works on. */
    readonly positionSide?: PositionSide;
  };
  /** Isolated: margin from the wallet to the market's position. */
  readonly addMargin: {
    /** The market's name. */
    readonly market: string;
    /** Margin moved, in the settlement asset; positive. */
    readonly amount: DecimalInput;
    /** Hedge mode: which position. */
    readonly positionSide?: PositionSide;
  };
  /** Isolated: margin back to the wallet, keeping the position's initial margin (after any unrealised loss). */
  readonly removeMargin: {
    /** The market's name. */
    readonly market: string;
    /** Margin moved back, in the settlement asset; positive. */
    readonly amount: DecimalInput;
    /** Hedge mode: which position. */
    readonly positionSide?: PositionSide;
  };
  /** New mark prices (the price liquidation and funding use). */
  readonly updateMarks: {
    /** Mark price by market name; markets not named keep theirs. */
    readonly marks: Readonly<Record<string, DecimalInput>>;
  };
  /** Funding at `rate` (positive: longs pay shorts) on the market's position (hedge mode: each of its positions) at its mark. */
  readonly settleFunding: {
    /** The market's name. */
    readonly market: string;
    /** The funding rate of this interval, a fraction of the position's value at the mark (0.0001 = 0.01%); positive: longs pay. */
    readonly rate: DecimalInput;
  };
  /** Execute a plan from `planFuturesLiquidation` made for this account's current version (else `STALE_PLAN`). */
  readonly liquidate: {
    /** The plan, as `planFuturesLiquidation` returned it. */
    readonly plan: FuturesLiquidationPlan;
  };
  /** Auto-deleveraging: `quantity` of the market's position closed at `price` (an `adlAllocation` assignment: the liquidated position's bankruptcy price), no fee. */
  readonly deleverage: {
    /** The market's name. */
    readonly market: string;
    /** Contracts closed; at most the position's size. */
    readonly quantity: DecimalInput;
    /** The price they close at (the liquidated counterparty's bankruptcy price). */
    readonly price: DecimalInput;
    /** Hedge mode: which position. */
    readonly positionSide?: PositionSide;
  };
  /** A dated contract at expiry: the whole position (hedge mode: each) closed at the settlement `price`, no fee. */
  readonly settle: {
    /** The market's name (a dated contract with `expiresAt`). */
    readonly market: string;
    /** The settlement price. */
    readonly price: DecimalInput;
  };
}

/** The name of a futures command. */
export type FuturesCommandType = keyof FuturesCommandPayloads;

/** Every command a futures account takes, discriminated by `type`; each carries `at`. */
export type FuturesCommand = {
  readonly [K in FuturesCommandType]: {
    /** The command's name. */
    readonly type: K;
    /** When it is made, epoch ms; not before the account's last `at`. */
    readonly at: number;
  } & FuturesCommandPayloads[K];
}[FuturesCommandType];

/** The futures command of one type. */
export type FuturesCommandOf<K extends FuturesCommandType> = Extract<
  FuturesCommand,
  {
    /** The command's name. */
    type: K;
  }
>;
