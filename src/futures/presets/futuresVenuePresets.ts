import { deepFreeze } from '../../freeze.js';
import { binanceCoinm, binanceUsdm } from './binance.js';
import { bitget } from './bitget.js';
import { bitmex } from './bitmex.js';
import { bybit, bybitUnified } from './bybit.js';
import { hyperliquid } from './hyperliquid.js';
import { okx } from './okx.js';
import type { FuturesVenueName, FuturesVenuePreset } from './futuresVenuePreset.js';

/**
 * Every shipped futures preset by name, deeply frozen; give one as `createFuturesAccount`'s `venue`.
 * Each field's source is in [docs/venues.md](../../../docs/venues.md).
 *
 * @example
 * const account = createFuturesAccount({ venue: futuresVenuePresets.bybit, marginMode: 'isolated', markets: { BTCUSDT: { leverage: 50 } },
 *   marks: { BTCUSDT: '20000' }, at: Date.UTC(2024, 0, 1) });
 * futuresVenuePresets.bybit.liquidationStyle; // 'tierStepDown'
 */
export const futuresVenuePresets: { readonly [N in FuturesVenueName]: FuturesVenuePreset } = /* #__PURE__ */ deepFreeze({
  binanceUsdm,
  binanceCoinm,
  bybit,
  bybitUnified,
  bitmex,
  okx,
  hyperliquid,
  bitget,
});
