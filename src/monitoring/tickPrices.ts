import { one, type Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { approximate } from '../decimal/approximation.js';
import { assetEntries } from '../input/assetName.js';

/** Prices parsed once: exact by asset and by universe slot, and float shadows by slot (NaN: no price or no shadow). */
export interface TickPrices {
  readonly exact: ReadonlyMap<string, Decimal>;
  readonly bySlot: readonly (Decimal | undefined)[];
  /** The asset at each slot, for errors. */
  readonly names: readonly string[];
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
  return tickOf(exact, universe);
}

/** Exact prices by asset, arranged by universe slot with their float shadows. */
export function tickOf(exact: ReadonlyMap<string, Decimal>, universe: ReadonlyMap<string, number>): TickPrices {
  const shadows = new Float64Array(universe.size).fill(NaN);
  const bySlot = new Array<Decimal | undefined>(universe.size).fill(undefined);
  const names = new Array<string>(universe.size);
  for (const [asset, slot] of universe) {
    const price = exact.get(asset);
    bySlot[slot] = price;
    names[slot] = asset;
    if (price !== undefined) shadows[slot] = approximate(price);
  }
  return { exact, bySlot, names, shadows };
}

/** The exact price at a slot an account holds, or `UNKNOWN_ASSET` naming the asset and the account. */
export function exactPriceOf(prices: TickPrices, slot: number, id: string): Decimal {
  const price = prices.bySlot[slot];
  if (price === undefined) {
    const asset = prices.names[slot]!;
    throw new MarginError('UNKNOWN_ASSET', `no price for ${asset}, held or owed by account ${id}`, { field: `prices.${asset}`, asset, id });
  }
  return price;
}
