import type { VenuePreset } from './venuePreset.js';

/** MEXC spot margin (docs/venues.md#mexc). */
export const mexc: VenuePreset = {
  name: 'mexc',
  title: 'MEXC',
  product: 'spotMargin',
  maxLeverage: { isolated: '5' },
  risk: {
    isolated: { model: { kind: 'marginLevel' }, thresholds: { marginCall: '1.1', liquidation: '1.1' } },
  },
  interest: { clock: { kind: 'elapsedPeriods', periodHours: 1 }, ratePeriodHours: 1 },
  follows:
    "the margin blog's hourly clock (every started 60 minutes from the loan, at an hourly rate) over the 2019 launch notice's " +
    '"less than 1 day is calculated as 1 day"; the later rules page\'s isolated-only mode; the launch notice\'s 5x and ' +
    'liquidation at a risk rate (assets / liabilities) of 110%, with no earlier warning level published',
};
