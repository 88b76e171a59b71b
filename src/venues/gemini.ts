import type { VenuePreset } from './venuePreset.js';

/** Gemini spot margin: the leverage cap only ([docs/venues.md](../../docs/venues.md)#gemini). */
export const gemini: VenuePreset = {
  name: 'gemini',
  title: 'Gemini',
  product: 'spotMargin',
  maxLeverage: { cross: '5' },
};
