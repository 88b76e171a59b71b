import type { VenuePreset } from './venuePreset.js';

/** Bitget spot margin (docs/venues.md#bitget). */
export const bitget: VenuePreset = {
  name: 'bitget',
  title: 'Bitget',
  product: 'spotMargin',
  maxLeverage: { cross: '3', isolated: '10' },
  risk: {
    cross: { model: { kind: 'debtRatio' }, thresholds: { marginCall: '0.8', liquidation: '1' } },
    isolated: { model: { kind: 'debtRatio' }, thresholds: { marginCall: '0.8', liquidation: '1' } },
  },
  interest: { clock: { kind: 'clockHours' }, ratePeriodHours: 24 },
  repaymentOrder: 'interestFirst',
  follows:
    "the help centre's risk rate = total liabilities / total assets with the API's warningRiskRatio 0.8 and liquidationRiskRatio 1.0, " +
    "not the blog's maintenance form (liabilities × MMR / equity): the help centre and the API are what the engine reports",
};
