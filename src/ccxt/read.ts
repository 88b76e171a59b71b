import { MarginError, shown } from '../errors.js';
import { toDecimal } from '../decimal/toDecimal.js';

/** The most entries an adapter reads from one ccxt array (a venue's full tier table or a year of hourly funding fits). */
export const MAX_CCXT_ENTRIES = 100_000;

/** A ccxt structure's own field (never an inherited one), or `undefined`. */
export function field(value: object, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, name) ? (value as Record<string, unknown>)[name] : undefined;
}

/**
 * An object's own enumerable fields, each read once, as a fresh object (what is checked and what
 * is converted are the same read, whatever a getter or a proxy answers next), else
 * `INVALID_OPTION` naming it.
 */
export function structure(value: unknown, name: string): object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MarginError('INVALID_OPTION', `${name} must be a ccxt structure (an object), got ${shown(value)}`, { field: name, value: shown(value) });
  // defined as own data: a `__proto__` key stays a plain name
  return Object.fromEntries(Object.entries(value));
}

/** An array of at most `MAX_CCXT_ENTRIES`, else `INVALID_OPTION` naming it. */
export function entries(value: unknown, name: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new MarginError('INVALID_OPTION', `${name} must be an array of ccxt structures, got ${shown(value)}`, { field: name, value: shown(value) });
  if (value.length > MAX_CCXT_ENTRIES) throw new MarginError('INVALID_OPTION', `${name} holds ${value.length} entries; at most ${MAX_CCXT_ENTRIES}`, { field: name });
  return value;
}

/**
 * A number ccxt gave (or a decimal string) as an exact decimal string, read as JavaScript writes the
 * number — `0.00004842` is the decimal 0.00004842; a missing one is `MISSING_INPUT` naming the field: the structure lacks what
 * the conversion needs.
 */
export function needed(value: object, name: string, where: string): string {
  const v = present(value, name, where);
  if (typeof v !== 'number' && typeof v !== 'string') throw new MarginError('INVALID_DECIMAL', `${where}.${name} must be a number, got ${shown(v)}`, { field: `${where}.${name}`, value: shown(v) });
  return toDecimal(v, `${where}.${name}`).toFixed();
}

/** A text field ccxt gave, else `MISSING_INPUT` (absent) or `INVALID_OPTION` (not a text) naming it. */
export function text(value: object, name: string, where: string): string {
  const v = present(value, name, where);
  if (typeof v !== 'string' || v.length === 0 || v.length > 100) throw new MarginError('INVALID_OPTION', `${where}.${name} must be a text, got ${shown(v)}`, { field: `${where}.${name}`, value: shown(v) });
  return v;
}

/** A field the conversion needs: its value, else `MISSING_INPUT` naming it (absent or null). */
function present(value: object, name: string, where: string): unknown {
  const v = field(value, name);
  if (v === undefined || v === null) throw new MarginError('MISSING_INPUT', `${where}.${name} is missing: the conversion needs it`, { field: `${where}.${name}` });
  return v;
}
