import type { FuturesVenuePreset } from './futuresVenuePreset.js';

/**
 * BitMEX XBTUSD: the inverse swap of 1 USD contracts settled in XBT, up to 100x, the base
 * maintenance margin of its base risk limit, funding every eight hours, positions closed out at the
 * bankruptcy price.
 */
export const bitmex: FuturesVenuePreset = {
  name: 'bitmex',
  title: 'BitMEX (XBT-settled inverse swaps)',
  settlementAsset: 'XBT',
  liquidationStyle: 'full',
  market: { contract: 'inverse', maintenanceBasis: 'mark', fundingIntervalHours: 8 },
  markets: { XBTUSD: { contractSize: '1', maxLeverage: '100', maintenanceMarginRate: '0.004' } },
  follows:
    'the BitMEX blog "Reduction in Base Maintenance Margin – XBT and ETH Series – 5 May 2020" (XBTUSD 0.45% → 0.40%, base initial 1.00%, ' +
    'base risk limit 200 XBT) over the older "Risk Limits Examples" page (0.50%); "Important Changes to Bitcoin / USD Swap Funding" (an ' +
    '8-hour funding interval; "The leverage will remain unchanged at 100x"); "Auto-Deleveraging" (closed out at the bankruptcy price). ' +
    'Higher risk limits raise the maintenance by steps the trader chooses: pass the rate of yours',
};
