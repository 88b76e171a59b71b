import type { FuturesMarket } from '../config.js';
import type { FuturesVenuePreset } from './futuresVenuePreset.js';

/** Bybit BTCUSDT's risk-limit tiers (floor = the previous tier's risk limit), as its "Margin Parameters" page gives them. */
const BTCUSDT: FuturesMarket = {
  contractSize: '1',
  maxLeverage: '100',
  tiers: [
    { notionalFloor: '0', maintenanceMarginRate: '0.005', maintenanceAmount: '0', maxLeverage: '100' },
    { notionalFloor: '2000000', maintenanceMarginRate: '0.0056', maintenanceAmount: '1200', maxLeverage: '90' },
    { notionalFloor: '2600000', maintenanceMarginRate: '0.0063', maintenanceAmount: '3020', maxLeverage: '80' },
    { notionalFloor: '3200000', maintenanceMarginRate: '0.0067', maintenanceAmount: '4300', maxLeverage: '75' },
    { notionalFloor: '3800000', maintenanceMarginRate: '0.0071', maintenanceAmount: '5820', maxLeverage: '70' },
    { notionalFloor: '4400000', maintenanceMarginRate: '0.0077', maintenanceAmount: '8460', maxLeverage: '65' },
    { notionalFloor: '5000000', maintenanceMarginRate: '0.0091', maintenanceAmount: '15460', maxLeverage: '55' },
    { notionalFloor: '5600000', maintenanceMarginRate: '0.01', maintenanceAmount: '20500', maxLeverage: '50' },
    { notionalFloor: '8500000', maintenanceMarginRate: '0.013', maintenanceAmount: '46000', maxLeverage: '45' },
    { notionalFloor: '10000000', maintenanceMarginRate: '0.015', maintenanceAmount: '66000', maxLeverage: '40' },
    { notionalFloor: '14000000', maintenanceMarginRate: '0.016', maintenanceAmount: '80000', maxLeverage: '35' },
    { notionalFloor: '20000000', maintenanceMarginRate: '0.02', maintenanceAmount: '160000', maxLeverage: '30' },
    { notionalFloor: '28000000', maintenanceMarginRate: '0.025', maintenanceAmount: '300000', maxLeverage: '25' },
    { notionalFloor: '38000000', maintenanceMarginRate: '0.029', maintenanceAmount: '452000', maxLeverage: '20' },
    { notionalFloor: '50000000', maintenanceMarginRate: '0.03', maintenanceAmount: '502000', maxLeverage: '19' },
    { notionalFloor: '55000000', maintenanceMarginRate: '0.035', maintenanceAmount: '777000', maxLeverage: '18' },
    { notionalFloor: '60000000', maintenanceMarginRate: '0.036', maintenanceAmount: '837000', maxLeverage: '17' },
    { notionalFloor: '65000000', maintenanceMarginRate: '0.038', maintenanceAmount: '967000', maxLeverage: '16' },
    { notionalFloor: '70000000', maintenanceMarginRate: '0.04', maintenanceAmount: '1107000', maxLeverage: '15' },
    { notionalFloor: '75000000', maintenanceMarginRate: '0.045', maintenanceAmount: '1482000', maxLeverage: '14', notionalCap: '80000000' },
  ],
};

const FOLLOWS =
  'the "Margin Parameters" page (BTCUSDT: risk limit, maximum leverage, maintenance margin rate and deduction per tier, the deduction ' +
  'continuous: "Limit at level (N−1) × (difference between the rates at n and N−1) + deduction at level (N−1)"); "Liquidation Process ' +
  '(USDT Contract)" (a FillOrKill reduction to the lower tier that is met); funding every eight hours by default';

/**
 * Bybit's classic account, USDT perpetuals: maintenance valued at the entry price ("Liquidation Price
 * (USDT Contract)": 1 BTC long at 20,000, 50x, 0.5% → 19,700), risk-limit tiers, liquidation
 * stepping down the tiers.
 */
export const bybit: FuturesVenuePreset = {
  name: 'bybit',
  title: 'Bybit USDT perpetuals (classic account)',
  settlementAsset: 'USDT',
  liquidationStyle: 'tierStepDown',
  market: { contract: 'linear', maintenanceBasis: 'entry', fundingIntervalHours: 8 },
  markets: { BTCUSDT },
  follows: /* @__PURE__ */ [FOLLOWS, '"Liquidation Price (USDT Contract)" (maintenance at entry)'].join('; '),
};

/** Bybit's unified trading account, USDT perpetuals: the same tiers, maintenance valued at the mark price. */
export const bybitUnified: FuturesVenuePreset = {
  name: 'bybitUnified',
  title: 'Bybit USDT perpetuals (Unified Trading Account)',
  settlementAsset: 'USDT',
  liquidationStyle: 'tierStepDown',
  market: { contract: 'linear', maintenanceBasis: 'mark', fundingIntervalHours: 8 },
  markets: { BTCUSDT },
  follows: /* @__PURE__ */ [FOLLOWS, '"Liquidation Price Calculation under Isolated Mode (Unified Trading Account)" (position value at the mark price)'].join('; '),
};
