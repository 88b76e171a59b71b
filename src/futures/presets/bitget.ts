import type { FuturesVenuePreset } from './futuresVenuePreset.js';

/**
 * Bitget USDT-M perpetuals: linear BTCUSDT by position tier, maintenance at the mark price, funding
 * every eight hours, a position reduced down the tiers before it is liquidated.
 */
export const bitget: FuturesVenuePreset = {
  name: 'bitget',
  title: 'Bitget USDT-M perpetual futures',
  settlementAsset: 'USDT',
  liquidationStyle: 'tierStepDown',
  market: { contract: 'linear', maintenanceBasis: 'mark', fundingIntervalHours: 8 },
  markets: {
    BTCUSDT: {
      contractSize: '1',
      maxLeverage: '150',
      tiers: [
        { notionalFloor: '0', maintenanceMarginRate: '0.004', maxLeverage: '150' },
        { notionalFloor: '200000', maintenanceMarginRate: '0.005', maxLeverage: '100' },
        { notionalFloor: '1000000', maintenanceMarginRate: '0.007', maxLeverage: '75' },
        { notionalFloor: '5000000', maintenanceMarginRate: '0.01', maxLeverage: '50' },
        { notionalFloor: '15000000', maintenanceMarginRate: '0.02', maxLeverage: '25' },
        { notionalFloor: '50000000', maintenanceMarginRate: '0.03', maxLeverage: '20' },
        { notionalFloor: '100000000', maintenanceMarginRate: '0.06', maxLeverage: '10' },
        { notionalFloor: '150000000', maintenanceMarginRate: '0.12', maxLeverage: '5' },
        { notionalFloor: '300000000', maintenanceMarginRate: '0.15', maxLeverage: '4' },
        { notionalFloor: '500000000', maintenanceMarginRate: '0.2', maxLeverage: '3' },
        { notionalFloor: '700000000', maintenanceMarginRate: '0.3', maxLeverage: '2' },
        { notionalFloor: '900000000', maintenanceMarginRate: '0.6', maxLeverage: '1', notionalCap: '1200000000' },
      ],
    },
  },
  follows:
    'the announcement "Adjustment of leverage, position tiers and maintenance margin rate for BTCUSDT perpetual futures" of 2025-09-26 ' +
    '(0–200,000 USDT at 150x and 0.40% … 900M–1.2B at 1x and 60%) over the tier table of "Bitget futures: Tiered maintenance margin ' +
    'explained" (2025-06-25: 0–150,000 at 125x); "Position Tier" (a margin rate at the maintenance rate "will trigger liquidation or reduce ' +
    'position"). The explainer gives maintenance as position value × rate; the preset keeps the tiers continuous (a deduction per tier), ' +
    'which agrees with it in the first tier',
};
