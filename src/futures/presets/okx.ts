import type { FuturesVenuePreset } from './futuresVenuePreset.js';

/**
 * OKX USDT-margined perpetual swaps: BTC-USDT-SWAP of 0.01 BTC a contract on a 0.1 tick, up to 125x,
 * funding every eight hours, partial liquidation down the position tiers. OKX's tier tables are per
 * contract and revised often: give `maintenanceMarginRate` or `tiers` for each market.
 */
export const okx: FuturesVenuePreset = {
  name: 'okx',
  title: 'OKX USDT-margined perpetual swaps',
  settlementAsset: 'USDT',
  liquidationStyle: 'tierStepDown',
  market: { contract: 'linear', maintenanceBasis: 'mark', fundingIntervalHours: 8 },
  markets: { 'BTC-USDT-SWAP': { contractSize: '0.01', tickSize: '0.1', maxLeverage: '125' } },
  follows:
    'OKX help 7053456733325 (BTCUSDT perpetual: "Contract Size 0.01BTC", "Tick Size 0.1", "Leverage 0.01-125x", funding at 08:00, ' +
    '16:00 and 24:00 HKT); the OKX perpetual swap guide ("Forced Partial Liquidation … attempt to bring the user down to a lower MMR tier ' +
    'by partially liquidating")',
};
