import type { VenuePreset } from './venuePreset.js';

/** Kraken spot margin (docs/venues.md#kraken). */
export const kraken: VenuePreset = {
  name: 'kraken',
  title: 'Kraken',
  product: 'spotMargin',
  maxLeverage: { cross: '5' },
  interest: { clock: { kind: 'elapsedPeriods', periodHours: 4, openingCharge: true }, ratePeriodHours: 4 },
};
