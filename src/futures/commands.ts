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
  readonly deposit: { readonly asset: string; readonly amount: DecimalInput };
  /** Out of the wallet, up to what is available (cross: wallet + unrealised PnL − initial margin, at most the wallet). */
  readonly withdraw: { readonly asset: string; readonly amount: DecimalInput };
  /** The market's leverage, 1 … its `maxLeverage`; an open position's margin (isolated) or the wallet (cross) must still cover it. */
  readonly setLeverage: { readonly market: string; readonly leverage: DecimalInput };
  /**
   * A fill of `quantity` contracts at `price`: `buy` toward long, `sell` toward short. The fee is
   * `feeRate` of the fill's value, else the market's maker or taker rate by `role` (default taker).
   * `reduceOnly`: only reduces an opposite position, never past it. Hedge mode: `positionSide` says
   * which position the fill works on — a buy opens or adds to the long and a sell reduces it, by at
   * most its size (and the other way round for the short).
   */
  readonly trade: {
    readonly market: string;
    readonly side: 'buy' | 'sell';
    readonly quantity: DecimalInput;
    readonly price: DecimalInput;
    readonly role?: 'maker' | 'taker';
    readonly feeRate?: DecimalInput;
    readonly reduceOnly?: boolean;
    readonly positionSide?: PositionSide;
  };
  /** Isolated: margin from the wallet to the market's position. */
  readonly addMargin: { readonly market: string; readonly amount: DecimalInput; readonly positionSide?: PositionSide };
  /** Isolated: margin back to the wallet, keeping the position's initial margin (after any unrealised loss). */
  readonly removeMargin: { readonly market: string; readonly amount: DecimalInput; readonly positionSide?: PositionSide };
  /** New mark prices (the price liquidation and funding use). */
  readonly updateMarks: { readonly marks: Readonly<Record<string, DecimalInput>> };
  /** Funding at `rate` (positive: longs pay shorts) on the market's position (hedge mode: each of its positions) at its mark. */
  readonly settleFunding: { readonly market: string; readonly rate: DecimalInput };
  /** Execute a plan from `planFuturesLiquidation` made for this account's current version (else `STALE_PLAN`). */
  readonly liquidate: { readonly plan: FuturesLiquidationPlan };
  /** Auto-deleveraging: `quantity` of the market's position closed at `price` (an `adlAllocation` assignment: the liquidated position's bankruptcy price), no fee. */
  readonly deleverage: { readonly market: string; readonly quantity: DecimalInput; readonly price: DecimalInput; readonly positionSide?: PositionSide };
  /** A dated contract at expiry: the whole position (hedge mode: each) closed at the settlement `price`, no fee. */
  readonly settle: { readonly market: string; readonly price: DecimalInput };
}

/** The name of a futures command. */
export type FuturesCommandType = keyof FuturesCommandPayloads;

/** Every command a futures account takes, discriminated by `type`; each carries `at`. */
export type FuturesCommand = { readonly [K in FuturesCommandType]: { readonly type: K; readonly at: number } & FuturesCommandPayloads[K] }[FuturesCommandType];

/** The futures command of one type. */
export type FuturesCommandOf<K extends FuturesCommandType> = Extract<FuturesCommand, { type: K }>;
