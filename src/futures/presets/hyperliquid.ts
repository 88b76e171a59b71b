import type { FuturesVenuePreset } from './futuresVenuePreset.js';

/**
 * Hyperliquid perpetuals: linear contracts settled in USDC, maintenance at the mark of half the
 * initial margin at the tier's maximum leverage (BTC 40x → 1.25%, above 150M USDC 20x → 2.5%),
 * funding every hour, liquidation in slices of 20% above 100,000 USDC with the liquidator vault's
 * backstop below two-thirds of maintenance.
 */
export const hyperliquid: FuturesVenuePreset = {
  name: 'hyperliquid',
  title: 'Hyperliquid perpetuals',
  settlementAsset: 'USDC',
  liquidationStyle: 'slices',
  market: { contract: 'linear', maintenanceBasis: 'mark', fundingIntervalHours: 1 },
  markets: {
    BTC: {
      contractSize: '1',
      maxLeverage: '40',
      tiers: [
        { notionalFloor: '0', maintenanceMarginRate: '0.0125', maxLeverage: '40' },
        { notionalFloor: '150000000', maintenanceMarginRate: '0.025', maxLeverage: '20' },
      ],
    },
  },
  follows:
    'the Hyperliquid docs (hyperliquid.gitbook.io): "Margining" ("The maintenance margin is currently set to half of the initial margin ' +
    'at max leverage"), "Margin tiers" (BTC 0–150M USDC 40x, above 20x; the deduction continuous), ' +
    '"Liquidations" ("For liquidatable positions larger than 100k USDC … only 20% of the position will be sent"; backstop "below 2/3 of ' +
    'the maintenance margin"; "no clearance fee"), "Funding" ("paid every hour")',
};
