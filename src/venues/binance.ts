import type { VenuePreset } from './venuePreset.js';

/** Binance margin, cross classic and isolated (docs/venues.md#binance). */
export const binance: VenuePreset = {
  name: 'binance',
  title: 'Binance',
  product: 'spotMargin',
  maxLeverage: { cross: '3', isolated: '10' },
  risk: {
    cross: { model: { kind: 'marginLevel' }, thresholds: { marginCall: '1.3', liquidation: '1.1' } },
    isolated: { model: { kind: 'marginLevel' }, thresholds: { marginCall: '1.1', liquidation: '1.05' } },
  },
  interest: { clock: { kind: 'clockHours' }, ratePeriodHours: 24 },
  liquidationFeeRate: '0.02',
  // Binance FAQ "What is Binance Spot Trading Fee and How to Calculate": "Trading fees are always charged in the asset you receive"
  feeAsset: 'received',
  liquidationPrice: { maintenanceBasis: 'mark', closeFeeIncluded: false },
  repaymentOrder: 'interestFirst',
  follows: 'cross classic at 3x (margin call 1.3); the 5x cross account calls at 1.16 — pass maxLeverage 5 and thresholds { marginCall: 1.16, liquidation: 1.1 }',
};
