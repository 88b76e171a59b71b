import type { VenuePreset } from './venuePreset.js';

/** Kraken spot margin ([docs/venues.md](../../docs/venues.md)#kraken). */
export const kraken: VenuePreset = {
  name: 'kraken',
  title: 'Kraken',
  product: 'spotMargin',
  maxLeverage: { cross: '5' },
  // The opening fee at the borrow, then a rollover every 4 hours after it ("begins after 4 hours"): the
  // periods' first charge is the opening fee — its rate may differ (the interest rule's `openingRate`).
  interest: { clock: { kind: 'elapsedPeriods', periodHours: 4 }, ratePeriodHours: 4 },
};
