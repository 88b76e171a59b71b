import type { FuturesMarket } from '../config.js';
import type { FuturesLiquidationStyle } from '../planFuturesLiquidation.js';

/** The shipped futures venue presets ([docs/venues.md](../../../docs/venues.md) "Futures presets"). */
export type FuturesVenueName = 'binanceUsdm' | 'binanceCoinm' | 'bybit' | 'bybitUnified' | 'bitmex' | 'okx' | 'hyperliquid' | 'bitget';

/**
 * A venue's futures rules as data: what every market of an account there shares, the markets whose
 * contract the venue publishes, and how it liquidates. `createFuturesAccount({ venue: preset })` expands it
 * into the account's configuration (the account's own fields win). Each field's source is in
 * [docs/venues.md](../../../docs/venues.md); fees are not preset (they depend on the account's fee tier).
 */
export interface FuturesVenuePreset {
  /** The preset's key in `futuresVenuePresets`. */
  readonly name: FuturesVenueName;
  /** The venue and product, for people. */
  readonly title: string;
  /** The asset the wallet holds: the quote of linear markets, the coin of inverse ones. */
  readonly settlementAsset: string;
  /** How the venue liquidates: `planFuturesLiquidation`'s default style for the account. */
  readonly liquidationStyle: FuturesLiquidationStyle;
  /** What every market of the venue shares (contract kind, maintenance basis, funding interval). */
  readonly market: Pick<FuturesMarket, 'contract' | 'maintenanceBasis' | 'fundingIntervalHours'>;
  /** Published contracts by symbol: size, tick, leverage cap, maintenance. A symbol not here needs its own fields. */
  readonly markets: Readonly<Record<string, FuturesMarket>>;
  /** Which documents the preset follows (and, where they conflict, over which). */
  readonly follows: string;
}
