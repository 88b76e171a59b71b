import type { VenuePreset } from './venuePreset.js';

/** OKX spot margin ([docs/venues.md](../../docs/venues.md)#okx). */
export const okx: VenuePreset = {
  name: 'okx',
  title: 'OKX',
  product: 'spotMargin',
  maxLeverage: { cross: '10', isolated: '10' },
  interest: { clock: { kind: 'snapshots', periodHours: 1 }, ratePeriodHours: 24 },
  liquidationPrice: { maintenanceBasis: 'mark', closeFeeIncluded: true },
  follows:
    "the 'market loan' limits page (borrow margin × (leverage − 1), as every other venue), not the spot-margin guide's example " +
    'that borrows 5,000 USDT on 1 ETH at 1,000 "at 5x" (6 ETH of exposure: 6x)',
};
