import { MarginError, shown, type MarginErrorCode } from '../errors.js';

/**
 * An asset name: an upper-case letter or a digit, then up to 31 letters, digits, `.`, `_` or `-`
 * (`BTC`, `USDT`, `1000PEPE`, `USDC.e`). Every name of `Object.prototype` starts with a lower-case
 * letter or an underscore, so a record keyed by asset names can never answer with an inherited
 * value (`constructor`, `toString`, `__proto__` are not asset names). ccxt's unified currency codes
 * are upper case.
 */
const ASSET_NAME = /^[A-Z0-9][A-Za-z0-9._-]{0,31}$/;

export function isAssetName(value: unknown): value is string {
  return typeof value === 'string' && ASSET_NAME.test(value);
}

/** An asset name, else `code` (default `INVALID_ASSET`) naming the field. */
export function toAssetName(value: unknown, field: string, code: MarginErrorCode = 'INVALID_ASSET'): string {
  if (!isAssetName(value)) {
    throw new MarginError(code, `${field} must be an asset name (an upper-case letter or digit, then up to 31 letters, digits, '.', '_' or '-'), got ${shown(value)}`, {
      field,
      value: shown(value),
    });
  }
  return value;
}

/**
 * The own entries of a record keyed by asset names (`prices`, `balances`, …), each key checked
 * (`code` for a key that is no asset name); `field` names the record (`prices` → `prices.BTC`).
 * Not an object: `notRecord` (default `INVALID_OPTION`) naming the record. Absent: no entries.
 */
export function assetEntries<V>(record: Readonly<Record<string, V>> | undefined, field: string, code: MarginErrorCode = 'INVALID_ASSET', notRecord: MarginErrorCode = 'INVALID_OPTION'): [string, V][] {
  if (record === undefined) return [];
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new MarginError(notRecord, `${field} must be a record keyed by asset, got ${shown(record)}`, { field, value: shown(record) });
  }
  const entries = Object.entries(record);
  for (const [key] of entries) checkKey(key, field, code, undefined);
  return entries;
}

/**
 * The own keys of a record keyed by asset names, checked as `assetEntries` checks them, for a
 * caller that reads each value once itself (no entry pairs are built); keys in `known` (names
 * already checked, such as a book's assets) are not checked again. `record` must be an object.
 */
export function assetKeys(record: object, field: string, code: MarginErrorCode, known?: ReadonlyMap<string, unknown>): string[] {
  const keys = Object.keys(record);
  for (const key of keys) checkKey(key, field, code, known);
  return keys;
}

/** An asset-name key, or `code`; the entry's name is built only for a key that is no asset name (the error's). */
function checkKey(key: string, field: string, code: MarginErrorCode, known: ReadonlyMap<string, unknown> | undefined): void {
  if (known?.has(key) !== true && !isAssetName(key)) toAssetName(key, entryField(field, key), code);
}

/** How an entry of a record is named in an error: `prices.BTC`, or `prices["a name"]` when the key is no asset name. */
export function entryField(record: string, key: string): string {
  return isAssetName(key) ? `${record}.${key}` : `${record}[${shown(key)}]`;
}
