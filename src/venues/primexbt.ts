import type { VenuePreset } from './venuePreset.js';

/** PrimeXBT crypto CFDs: the leverage cap only, for the position functions ([docs/venues.md](../../docs/venues.md)#primexbt). */
export const primexbt: VenuePreset = {
  name: 'primexbt',
  title: 'PrimeXBT',
  product: 'leveraged',
  maxLeverage: { cross: '100', isolated: '100' },
  follows: 'the 1:100 cap for crypto CFDs that reviews of its account types report, not the "up to 1000x for selected assets" of promotional pages',
};
