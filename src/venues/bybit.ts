import type { VenuePreset } from './venuePreset.js';

/**
 * Bybit: spot margin in the unified trading account, and the classic account's futures liquidation
 * price — maintenance valued at entry, the fee to close at the bankruptcy price ([docs/venues.md](../../docs/venues.md)#bybit).
 */
export const bybit: VenuePreset = {
  name: 'bybit',
  title: 'Bybit',
  product: 'spotMargin',
  maxLeverage: { cross: '10' },
  interest: { clock: { kind: 'clockHours' }, ratePeriodHours: 24 },
  liquidationPrice: { maintenanceBasis: 'entry', closeFeeIncluded: true, closeFeeBasis: 'bankruptcy' },
  follows:
    'the classic account\'s "Liquidation Price (USDT Contract)" (maintenance at entry: 1 BTC at 20,000, 50x, 0.5% → 19,700) and ' +
    '"How to calculate Liquidation Price (Inverse Contract)" (the fee to close valued at the bankruptcy price); the unified ' +
    'trading account is the preset bybitUnified',
};

/**
 * Bybit's unified trading account: the same spot margin, and its isolated-mode futures liquidation
 * price — position value at the mark price, initial and maintenance margin each holding the
 * estimated fee to close ([docs/venues.md](../../docs/venues.md)#bybit).
 */
export const bybitUnified: VenuePreset = {
  name: 'bybitUnified',
  title: 'Bybit (Unified Trading Account)',
  product: 'spotMargin',
  maxLeverage: { cross: '10' },
  interest: { clock: { kind: 'clockHours' }, ratePeriodHours: 24 },
  liquidationPrice: { maintenanceBasis: 'mark', closeFeeIncluded: true, closeFeeBasis: 'bankruptcy' },
  follows:
    '"Liquidation Price Calculation under Isolated Mode (Unified Trading Account)" as last updated 2026-05-27 (position value at ' +
    'the mark price; initial and maintenance margin include the estimated fee to close) over its 2024 version (value at entry, no fee)',
};
