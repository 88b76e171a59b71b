import type { DecimalInput } from '../decimal/toDecimal.js';
import type { Tier } from '../liquidation/tiers.js';
import type { MaintenanceBasis } from '../liquidation/priceSolvers.js';
import type { Contract } from '../positions/position.js';
import type { FuturesLiquidationStyle } from './planFuturesLiquidation.js';
import type { FuturesVenuePreset } from './presets/futuresVenuePreset.js';

/** `isolated`: each position has its own posted margin; `cross`: every position shares the wallet. */
export type FuturesMarginMode = 'isolated' | 'cross';

/**
 * `oneWay`: one position per market, a fill against it reduces, closes or flips it; `hedge`: a long
 * and a short per market held side by side, each command naming the `positionSide` it works on
 * (Binance "Hedge Mode", Bybit "Hedge Mode": [docs/futures.md](../../docs/futures.md)).
 */
export type FuturesPositionMode = 'oneWay' | 'hedge';

/** One contract the account trades (Binance USDⓈ-M / COIN-M, Bybit, BitMEX: [docs/futures.md](../../docs/futures.md)). */
export interface FuturesMarket {
  /** `linear` (USDT-margined: PnL and margin in the quote) or `inverse` (coin-margined: contracts in USD, PnL in the coin). Default `linear`. */
  readonly contract?: Contract;
  /** What one contract is: linear, base units (default 1); inverse, USD (BitMEX XBTUSD: 1). */
  readonly contractSize?: DecimalInput;
  /** The price step of the market (rounds nothing here: a fill price must sit on it). Default none. */
  readonly tickSize?: DecimalInput;
  /** The quantity step, in contracts: a fill must be a whole number of lots. Default none. */
  readonly lotSize?: DecimalInput;
  /** The highest leverage the market allows (required unless the account's `venue` publishes the market). */
  readonly maxLeverage?: DecimalInput;
  /** The account's leverage on this market until `setLeverage` changes it. Default the smaller of 10 and `maxLeverage`. */
  readonly leverage?: DecimalInput;
  /** Flat maintenance rate of the position's value. One of this and `tiers`. */
  readonly maintenanceMarginRate?: DecimalInput;
  /** A bracket table by position value (linear: quote; inverse: coin). One of this and `maintenanceMarginRate`. */
  readonly tiers?: readonly Tier[];
  /** Where maintenance is valued: `'mark'` (default; Binance, Bybit Unified) or `'entry'` (Bybit classic). */
  readonly maintenanceBasis?: MaintenanceBasis;
  /** Fee rates of a fill's value by role. Default 0 each. */
  readonly makerFeeRate?: DecimalInput;
  /** The taker fee rate (the maker's is `makerFeeRate`). */
  readonly takerFeeRate?: DecimalInput;
  /** Hours between funding instants (informational: `settleFunding` is the caller's clock). Default 8. */
  readonly fundingIntervalHours?: number;
  /** A dated contract's expiry, epoch ms: from then it only settles (`settle`). Default none: a perpetual. */
  readonly expiresAt?: number;
}

/** Everything `createFuturesAccount` needs. */
export interface FuturesConfig {
  /**
   * A futures venue preset (`futuresVenuePresets.bybit`, …): its settlement asset, liquidation style,
   * and each market's shared and published fields, under the account's own ([docs/venues.md](../../docs/venues.md) "Futures
   * presets"). Expanded at creation: the account's `config` holds the result and names no venue.
   */
  readonly venue?: FuturesVenuePreset;
  /** `isolated` (each position its own margin) or `cross` (the wallet backs every position). */
  readonly marginMode: FuturesMarginMode;
  /** Default `'oneWay'`. */
  readonly positionMode?: FuturesPositionMode;
  /** The asset the wallet holds: linear markets' quote (default `'USDT'`), or the coin of inverse markets (`'BTC'`). */
  readonly settlementAsset?: string;
  /** Markets by symbol (asset-name grammar: `BTCUSDT`, `XBTUSD`); all linear or all inverse, one account settling in one asset. */
  readonly markets: Readonly<Record<string, FuturesMarket>>;
  /** `planFuturesLiquidation`'s default style for this account (the venue's). Default `'full'`. */
  readonly liquidationStyle?: FuturesLiquidationStyle;
  /**
   * A margin ratio (maintenance / equity) at or above which the account is in `marginCall`; default
   * none — `normal` until liquidation (ratio ≥ 1).
   */
  readonly marginCallRatio?: DecimalInput;
  /** Mark price of every market. */
  readonly marks: Readonly<Record<string, DecimalInput>>;
  /** Creation time, epoch ms. */
  readonly at: number;
}
