import type { VenuePreset } from './venuePreset.js';

/** Binance margin, cross classic and isolated ([docs/venues.md](../../docs/venues.md)#binance). */
export const binance: VenuePreset = {
  name: 'binance',
  title: 'Binance',
  product: 'spotMargin',
  maxLeverage: { cross: '3', isolated: '10' },
  risk: {
    cross: {
      model: { kind: 'marginLevel' },
      thresholds: { marginCall: '1.3', liquidation: '1.1' },
      // "The liquidation process will terminate early if … Margin Level has risen above: 1.5 for Cross
      // Margin 3X, 1.25 for Cross Margin 5X, … and the Initial Risk Ratio for Isolated Margin"
      partialTarget: '1.5',
      levels: [
        { maxLeverage: '3', thresholds: { marginCall: '1.3', liquidation: '1.1' }, partialTarget: '1.5' },
        { maxLeverage: '5', thresholds: { marginCall: '1.16', liquidation: '1.1' }, partialTarget: '1.25' },
      ],
      // "The Transfer-Out Margin Level of the Cross Margin account = 2"; max transfer-out = assets − 2 × liabilities
      transferOutLimit: '2',
      transferOutAtLimit: true,
    },
    isolated: {
      model: { kind: 'marginLevel' },
      thresholds: { marginCall: '1.1', liquidation: '1.05' },
      // tier 1's initial risk ratio: the same call and liquidation levels hold for every tier of a leverage
      partialTarget: '1.111',
      // "Tiered Leverage Function on Isolated Margin": per tier, the maximum leverage and the initial risk ratio
      levels: [
        {
          maxLeverage: '10',
          thresholds: { marginCall: '1.1', liquidation: '1.05' },
          partialTarget: '1.111',
          tiers: [
            { maxLeverage: '10', partialTarget: '1.111' },
            { maxLeverage: '8.91', partialTarget: '1.1264' },
            { maxLeverage: '8.05', partialTarget: '1.1418' },
            { maxLeverage: '7.36', partialTarget: '1.1572' },
            { maxLeverage: '6.79', partialTarget: '1.1726' },
            { maxLeverage: '6.31', partialTarget: '1.188' },
            { maxLeverage: '5.91', partialTarget: '1.2034' },
            { maxLeverage: '5.57', partialTarget: '1.2188' },
            { maxLeverage: '5.26', partialTarget: '1.2342' },
            { maxLeverage: '5', partialTarget: '1.2496' },
          ],
        },
        {
          maxLeverage: '5',
          thresholds: { marginCall: '1.19', liquidation: '1.15' },
          partialTarget: '1.25',
          tiers: [
            { maxLeverage: '5', partialTarget: '1.25' },
            { maxLeverage: '4.2', partialTarget: '1.3125' },
            { maxLeverage: '3.66', partialTarget: '1.375' },
            { maxLeverage: '3.28', partialTarget: '1.4375' },
            { maxLeverage: '3', partialTarget: '1.5' },
          ],
        },
        {
          maxLeverage: '3',
          thresholds: { marginCall: '1.22', liquidation: '1.18' },
          partialTarget: '1.5',
          tiers: [
            { maxLeverage: '3', partialTarget: '1.5' },
            { maxLeverage: '2.14', partialTarget: '1.875' },
            { maxLeverage: '1.8', partialTarget: '2.25' },
            { maxLeverage: '1.61', partialTarget: '2.625' },
            { maxLeverage: '1.5', partialTarget: '3' },
          ],
        },
      ],
    },
  },
  interest: { clock: { kind: 'clockHours' }, ratePeriodHours: 24 },
  liquidationFeeRate: '0.02',
  // Binance FAQ "What is Binance Spot Trading Fee and How to Calculate": "Trading fees are always charged in the asset you receive"
  feeAsset: 'received',
  liquidationPrice: { maintenanceBasis: 'mark', closeFeeIncluded: false },
  repaymentOrder: 'interestFirst',
  follows:
    'cross classic at 3x by default (the 5x account: maxLeverage 5 takes its call 1.16 and partial stop 1.25); isolated pairs by ' +
    'their leverage (10x, 5x or 3x), tier 1 of each unless the account names its tier (tier 2 of a 10x pair: 8.91x, partial stop ' +
    '1.1264); Cross Margin Pro is the preset binanceCrossPro',
};

/**
 * Binance Cross Margin Pro: margin level = Σ net equity / Σ maintenance margin, each liability's
 * maintenance from its own position tiers — the maintenance model with the account's
 * `liabilityTiers` (or one flat `maintenanceMarginRate`); risk = 1 / margin level ([docs/venues.md](../../docs/venues.md)#binance).
 */
export const binanceCrossPro: VenuePreset = {
  name: 'binanceCrossPro',
  title: 'Binance Cross Margin Pro',
  product: 'spotMargin',
  maxLeverage: { cross: '20' },
  risk: {
    cross: {
      // margin level = net equity / maintenance; risk = maintenance / net equity = 1 / margin level
      model: { kind: 'maintenance', maintenanceMarginRate: 'perPair' },
      // margin call below margin level 1.5 (risk above 2/3, which has no finite decimal: 0.66666667), liquidation at ≤ 1.0
      thresholds: { marginCall: '0.66666667', liquidation: '1' },
      // liquidation "will terminate early if … Margin Level has risen above … 2 for Cross Margin Pro": risk 1/2
      partialTarget: '0.5',
      // "Collateral Margin Level > 2": transfers out, measured as assets / liabilities
      transferOutMarginLevel: '2',
    },
  },
  interest: { clock: { kind: 'clockHours' }, ratePeriodHours: 24 },
  liquidationFeeRate: '0.03',
  feeAsset: 'received',
  repaymentOrder: 'interestFirst',
  follows:
    '"Introduction to Binance Cross Margin Pro" (margin level = Σ net equity / Σ maintenance margin, liquidation at ≤ 1.0, up to 20x), ' +
    'the margin-fee page\'s "Cross Margin Pro Position Tiers" (give liabilityTiers: each liability coin\'s tiers) and "How to Calculate ' +
    'the Margin Level on Cross Margin Pro" (margin call below 1.5, transfers out above a collateral margin level of 2); collateral ' +
    'haircuts and open-order losses are not modelled',
};
