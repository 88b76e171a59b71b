import { MarginError, shown } from '../errors.js';
import type { VenueName, VenuePreset } from './venuePreset.js';
import { venuePresets } from './venuePresets.js';

/**
 * Whether `name` names a shipped preset (exactly, lower case). Docs: [docs/venues.md](../../docs/venues.md).
 *
 * @example
 * isVenueName('okx'); // true
 * isVenueName('ftx'); // false
 */
export function isVenueName(name: string): name is VenueName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(venuePresets, name);
}

/**
 * The shipped preset called `name` (any case), or `INVALID_OPTION` naming the known venues.
 * Docs: [docs/venues.md](../../docs/venues.md).
 *
 * @example
 * toVenuePreset('binance').liquidationFeeRate; // '0.02'
 */
export function toVenuePreset(name: string, field = 'venue'): VenuePreset {
  const wanted = typeof name === 'string' ? name.toLowerCase() : '';
  const key = Object.keys(venuePresets).find((k) => k.toLowerCase() === wanted) ?? '';
  if (!isVenueName(key)) {
    throw new MarginError('INVALID_OPTION', `${field} must be one of ${Object.keys(venuePresets).join(', ')}, got ${shown(name)}`, {
      field,
      value: shown(name),
    });
  }
  return venuePresets[key];
}
