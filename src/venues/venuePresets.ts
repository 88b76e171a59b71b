import { deepFreeze } from '../freeze.js';
import { binance, binanceCrossPro } from './binance.js';
import { bitget, bitgetDebtRatio } from './bitget.js';
import { bybit, bybitUnified } from './bybit.js';
import { gemini } from './gemini.js';
import { kraken } from './kraken.js';
import { kucoin } from './kucoin.js';
import { mexc } from './mexc.js';
import { okx } from './okx.js';
import { primexbt } from './primexbt.js';
import type { VenueName, VenuePreset } from './venuePreset.js';

/**
 * Every shipped preset by name, deeply frozen. Each field's source is in [docs/venues.md](../../docs/venues.md).
 *
 * @example
 * const account = createAccount({ venue: venuePresets.kucoin, mode: 'cross', assets: ['BTC'],
 *   interest: { USDT: { rate: '0.0001' } }, prices: { BTC: '60000' }, at: Date.UTC(2024, 2, 1) });
 * account.rules.maxLeverage.toFixed(); // '5'
 */
export const venuePresets: { readonly [N in VenueName]: VenuePreset } = /* #__PURE__ */ deepFreeze({
  bitget,
  bitgetDebtRatio,
  binance,
  binanceCrossPro,
  bybit,
  bybitUnified,
  okx,
  kucoin,
  kraken,
  mexc,
  gemini,
  primexbt,
});
