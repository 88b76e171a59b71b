import { D, type Decimal } from '../decimal/constructor.js';
import { compare } from '../decimal/compare.js';
import { WIDEST } from '../decimal/bounds.js';
import { toDecimal } from '../decimal/toDecimal.js';

/**
 * Whether `theirs` (a value from outside: a plan passed back, possibly through JSON) says exactly
 * what `ours` (the library's own value) says: decimals equal in value, other strings, numbers,
 * booleans and null identical — a mode or an asset name is never read as a number —, records with
 * the same own keys, arrays of the same length, element by element. Only where ours is a decimal is
 * theirs parsed, within budget; nothing of theirs is called, so a hostile value costs at most a walk of ours.
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

/**
 * Where ours is a decimal, theirs must be one of the same value: a decimal of the library, or a
 * decimal string in any notation (`JSON.stringify` writes big.js values as `'1e-8'`, `toPlain` as
 * `'0.00000001'`). Read within the widest budget, so a hostile string costs no more than its length.
 */
function sameDecimal(ours: Decimal, theirs: unknown): boolean {
  if (typeof theirs !== 'string' && !(theirs instanceof D)) return false;
  try {
    return compare(ours, toDecimal(theirs as string, 'plan', WIDEST)) === 0;
  } catch {
    return false;
  }
}
