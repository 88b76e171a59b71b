import type { VenuePreset } from './venuePreset.js';

/** MEXC spot margin ([docs/venues.md](../../docs/venues.md)#mexc). */
export const mexc: VenuePreset = {
  name: 'mexc',
  title: 'MEXC',
  product: 'spotMargin',
  maxLeverage: { isolated: '5' },
  risk: {
    // MEXC blog "Words Explanations in Margin Trading": "Liquidation may happen when the Isolated account's risk rate is lower than 105%"
    isolated: { model: { kind: 'marginLevel' }, thresholds: { marginCall: '1.05', liquidation: '1.05' } },
  },
  interest: { clock: { kind: 'elapsedPeriods', periodHours: 1 }, ratePeriodHours: 1 },
  follows:
    "the margin blog's hourly clock (every started 60 minutes from the loan, at an hourly rate) over the 2019 launch notice's " +
    '"less than 1 day is calculated as 1 day"; the later rules page\'s isolated-only mode; the later blog\'s isolated ' +
    'liquidation below a risk rate (assets / liabilities) of 105% over the launch notice\'s 110%, with no earlier warning level ' +
    "published; the launch notice's 5x",
};
