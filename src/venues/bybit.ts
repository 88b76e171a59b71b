import type { VenuePreset } from './venuePreset.js';

/** Bybit spot margin in the unified trading account (docs/venues.md#bybit). */
export const bybit: VenuePreset = {
  name: 'bybit',
  title: 'Bybit',
  product: 'spotMargin',
  maxLeverage: { cross: '10' },
  interest: { clock: { kind: 'clockHours' }, ratePeriodHours: 24 },
  liquidationPrice: { maintenanceBasis: 'entry', closeFeeIncluded: false },
};
