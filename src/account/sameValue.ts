import { D, type Decimal } from '../decimal/constructor.js';
import { compare } from '../decimal/compare.js';
import { WIDEST } from '../decimal/bounds.js';
import { toDecimal } from '../decimal/toDecimal.js';

/**
 * Whether `theirs` (a value from outside: a plan passed back, possibly through JSON) says exactly
 * what `ours` (the library's own value) says: decimals equal in value — `theirs` a decimal of the
 * library, or the string `toFixed` wrote for it in JSON —, other strings, numbers, booleans and
 * null identical, records with the same own keys, arrays of the same length, element by element.
 * Nothing of `theirs` is parsed or called, so a hostile value costs at most a walk of `ours`.
 */
export function sameValue(ours: unknown, theirs: unknown): boolean {
  if (ours instanceof D) return sameDecimal(ours, theirs);
  if (typeof ours !== 'object' || ours === null) return ours === theirs;
  if (typeof theirs !== 'object' || theirs === null) return false;
  if (Array.isArray(ours)) {
    if (!Array.isArray(theirs) || theirs.length !== ours.length) return false;
    for (let i = 0; i < ours.length; i++) if (!sameValue(ours[i], theirs[i])) return false;
    return true;
  }
  if (Array.isArray(theirs)) return false;
  const keys = Object.keys(ours);
  const theirKeys = Object.keys(theirs);
  if (theirKeys.length !== keys.length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(theirs, key)) return false;
    if (!sameValue((ours as Record<string, unknown>)[key], (theirs as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function sameDecimal(ours: Decimal, theirs: unknown): boolean {
  if (typeof theirs === 'string') return theirs === ours.toFixed();
  if (!(theirs instanceof D)) return false;
  try {
    // read from its digits (a forged value is refused, never trusted for its prototype)
    return compare(ours, toDecimal(theirs, 'plan', WIDEST)) === 0;
  } catch {
    return false;
  }
}
