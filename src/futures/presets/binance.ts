import type { FuturesVenuePreset } from './futuresVenuePreset.js';

/**
 * Binance USDⓈ-M futures: linear USDT contracts of one base unit, maintenance at the mark by bracket
 * (notional × rate − maintenance amount), funding every eight hours, positions taken over at the
 * bankruptcy price ([docs/venues.md](../../../docs/venues.md) "Futures presets").
 */
export const binanceUsdm: FuturesVenuePreset = {
  name: 'binanceUsdm',
  title: 'Binance USDⓈ-M Futures',
  settlementAsset: 'USDT',
  liquidationStyle: 'full',
  market: { contract: 'linear', maintenanceBasis: 'mark', fundingIntervalHours: 8 },
  markets: {
    BTCUSDT: {
      contractSize: '1',
      maxLeverage: '125',
      tiers: [
        { notionalFloor: '0', maintenanceMarginRate: '0.004', maxLeverage: '125' },
        { notionalFloor: '50000', maintenanceMarginRate: '0.005', maxLeverage: '100' },
        { notionalFloor: '250000', maintenanceMarginRate: '0.01', maxLeverage: '50' },
        { notionalFloor: '1000000', maintenanceMarginRate: '0.025', maxLeverage: '20' },
        { notionalFloor: '10000000', maintenanceMarginRate: '0.05', maxLeverage: '10' },
        { notionalFloor: '20000000', maintenanceMarginRate: '0.1', maxLeverage: '5' },
        { notionalFloor: '50000000', maintenanceMarginRate: '0.125', maxLeverage: '4' },
        { notionalFloor: '100000000', maintenanceMarginRate: '0.15', maxLeverage: '3' },
        { notionalFloor: '200000000', maintenanceMarginRate: '0.25', maxLeverage: '2' },
        { notionalFloor: '300000000', maintenanceMarginRate: '0.5', maxLeverage: '1', notionalCap: '500000000' },
      ],
    },
  },
  follows:
    'the announcement "Updates to Leverage and Margin Tiers of Binance Futures Contracts (2021-03-18)" for the BTCUSDT brackets; ' +
    '"USDⓈ-Margined Futures Contract Specifications" (one base unit a contract, funding "every eight hours"); the FAQ "How to Calculate ' +
    'Liquidation Price of USDⓈ-M Futures Contracts" (maintenance at the liquidation price). Binance revises brackets: pass the current ones as tiers',
};

/**
 * Binance COIN-M futures: inverse contracts (BTC 100 USD a contract) settled in the coin, maintenance at
 * the mark by bracket, funding every eight hours, positions taken over at the bankruptcy price.
 */
export const binanceCoinm: FuturesVenuePreset = {
  name: 'binanceCoinm',
  title: 'Binance COIN-M Futures',
  settlementAsset: 'BTC',
  liquidationStyle: 'full',
  market: { contract: 'inverse', maintenanceBasis: 'mark', fundingIntervalHours: 8 },
  markets: {
    BTCUSD: {
      contractSize: '100',
      maxLeverage: '125',
      tiers: [
        { notionalFloor: '0', maintenanceMarginRate: '0.004', maxLeverage: '125' },
        { notionalFloor: '10', maintenanceMarginRate: '0.005', maxLeverage: '100' },
        { notionalFloor: '20', maintenanceMarginRate: '0.01', maxLeverage: '50' },
        { notionalFloor: '30', maintenanceMarginRate: '0.025', maxLeverage: '20' },
        { notionalFloor: '50', maintenanceMarginRate: '0.05', maxLeverage: '10', notionalCap: '100' },
      ],
    },
  },
  follows:
    '"Coin-Margined Futures Contract Specifications" ("The contract multiplier for BTC coin-margined contracts is 100 USD", funding ' +
    '"Every eight hours"); the first five BTCUSD brackets of FAQ be2c7d9d95b04a7e8044ed02dd7dfe5c with the rates whose amounts the FAQ ' +
    '"How to Calculate Liquidation Price of COIN-M Futures Contracts" publishes (0.56 BTC at 2.5%, 1.81 BTC at 5%)',
};
