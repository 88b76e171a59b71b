import { D, type Decimal } from '../decimal/constructor.js';
import { isNegative, isPositive } from '../decimal/compare.js';
import { spotBoundary } from '../liquidation/solveSpotPrice.js';
import { approximate } from './approximation.js';
import { exactPriceOf, type TickPrices, type TrackedAccount, type TrackingRules } from './tracked.js';

/**
 * One asset's trigger prices, sorted: `keys[i]` is (a float shadow of) a price at which account
 * `owners[i]` crosses its margin-call or liquidation threshold when only this asset's price moves
 * (SPEC §7.4 for a pair, the cross solve for many assets). `loose` lists accounts with a trigger
 * too large or small for a shadow: they are examined on every tick.
 */
export interface AssetTriggers {
  readonly keys: Float64Array;
  readonly owners: Int32Array;
  readonly loose: readonly number[];
}

/** A trigger before sorting. */
export interface Trigger {
  readonly asset: string;
  readonly key: number;
  readonly owner: number;
}

/**
 * The triggers of one account at the reference prices: for each asset it holds or owes other than
 * the valuation asset, and each threshold, the price p at which p·a = b (every other price fixed),
 * when one exists in (0, ∞). A key of NaN marks a loose trigger.
 */
export function triggersOf(account: TrackedAccount, owner: number, prices: TickPrices, rules: TrackingRules): Trigger[] {
  if (!account.hasDebt) return [];
  const found: Trigger[] = [];
  const values = account.assets.map((asset, j) => {
    const price = exactPriceOf(prices, asset, account.id);
    return { held: account.held[j]!.times(price), owed: account.debt[j]!.times(price) };
  });
  let assets = new D(0);
  let liabilities = new D(0);
  for (const v of values) {
    assets = assets.plus(v.held);
    liabilities = liabilities.plus(v.owed);
  }
  for (let j = 0; j < account.assets.length; j++) {
    const asset = account.assets[j]!;
    if (asset === rules.valuationAsset) continue;
    const otherAssets = assets.minus(values[j]!.held);
    const otherLiabilities = liabilities.minus(values[j]!.owed);
    for (const k of [rules.liquidation, rules.marginCall]) {
      const { a, b } = spotBoundary(account.held[j]!, account.debt[j]!, otherAssets, otherLiabilities, k);
      if (!sameStrictSign(a, b)) continue; // no boundary in (0, ∞): the condition never flips
      const key = approximate(b) / approximate(a);
      found.push({ asset, key: Number.isFinite(key) && key > 0 ? key : NaN, owner });
    }
  }
  return found;
}

function sameStrictSign(a: Decimal, b: Decimal): boolean {
  return (isPositive(a) && isPositive(b)) || (isNegative(a) && isNegative(b));
}

/** Sorts one asset's triggers by key; `kept` (already sorted) are merged with the new ones. */
export function sortTriggers(kept: AssetTriggers | undefined, dropped: ReadonlySet<number>, added: readonly Trigger[]): AssetTriggers {
  const fresh = added.filter((t) => !Number.isNaN(t.key)).sort((x, y) => x.key - y.key);
  const loose = [...(kept?.loose ?? []).filter((owner) => !dropped.has(owner)), ...added.filter((t) => Number.isNaN(t.key)).map((t) => t.owner)];
  const oldKeys = kept?.keys ?? new Float64Array(0);
  const oldOwners = kept?.owners ?? new Int32Array(0);
  const keys = new Float64Array(oldKeys.length + fresh.length);
  const owners = new Int32Array(keys.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < oldKeys.length || j < fresh.length) {
    if (i < oldKeys.length && dropped.has(oldOwners[i]!)) {
      i++;
      continue;
    }
    if (j >= fresh.length || (i < oldKeys.length && oldKeys[i]! <= fresh[j]!.key)) {
      keys[n] = oldKeys[i]!;
      owners[n++] = oldOwners[i++]!;
    } else {
      keys[n] = fresh[j]!.key;
      owners[n++] = fresh[j++]!.owner;
    }
  }
  return Object.freeze({ keys: keys.subarray(0, n), owners: owners.subarray(0, n), loose: Object.freeze(loose) });
}

/** The first position whose key is ≥ `value` (keys ascending). */
export function lowerBound(keys: Float64Array, value: number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
