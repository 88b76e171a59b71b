import { one, type Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { approximate } from '../decimal/approximation.js';
import { assetEntries } from '../input/assetName.js';

/** Prices parsed once: exact by asset, and float shadows by universe slot (NaN: no price or no shadow). */
export interface TickPrices {
  readonly exact: ReadonlyMap<string, Decimal>;
  readonly shadows: Float64Array;
}

/** Parses prices (`prices.BTC` in errors; `parse` says which are allowed); the valuation asset is 1 unless given. */
export function toTickPrices(
  prices: Readonly<Record<string, DecimalInput>>,
  valuationAsset: string,
  universe: ReadonlyMap<string, number>,
  parse: (value: DecimalInput, field: string) => Decimal = toAmount,
): TickPrices {
  if (typeof prices !== 'object' || prices === null || Array.isArray(prices)) throw new MarginError('MISSING_INPUT', 'prices must be an object of price per asset', { field: 'prices' });
  const exact = new Map<string, Decimal>([[valuationAsset, one()]]);
  for (const [asset, value] of assetEntries(prices, 'prices')) exact.set(asset, parse(value, `prices.${asset}`));
  return { exact, shadows: shadowsOf(exact, universe) };
}

/** Float shadows of exact prices, by universe slot. */
export function shadowsOf(exact: ReadonlyMap<string, Decimal>, universe: ReadonlyMap<string, number>): Float64Array {
  const shadows = new Float64Array(universe.size).fill(NaN);
  for (const [asset, slot] of universe) {
    const price = exact.get(asset);
    if (price !== undefined) shadows[slot] = approximate(price);
  }
  return shadows;
}

/** The exact price of an asset an account holds, or `UNKNOWN_ASSET` naming the account. */
export function exactPriceOf(prices: TickPrices, asset: string, id: string): Decimal {
  const price = prices.exact.get(asset);
  if (price === undefined) throw new MarginError('UNKNOWN_ASSET', `no price for ${asset}, held or owed by account ${id}`, { field: `prices.${asset}`, asset, id });
  return price;
}
