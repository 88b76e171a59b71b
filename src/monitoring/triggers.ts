import { isNegative, isPositive } from '../decimal/compare.js';
import { spotBoundary } from '../liquidation/solveSpotPrice.js';
import { approximate, MAX_TERMS } from '../decimal/approximation.js';
import { exactValuation } from './status.js';
import type { TickPrices } from './tickPrices.js';
import type { TrackedAccount } from './tracked.js';
import type { ShadowedMultiple, TrackingRules } from './trackingRules.js';

/**
 * One asset's trigger prices, sorted: `keys[i]` is (a float shadow of) a price at which account
 * `owners[i]` crosses its margin-call or liquidation threshold when only this asset's price moves
 * ([docs/liquidation-price.md](../../docs/liquidation-price.md) "Spot margin" for a pair, the cross solve for many assets). `loose` lists accounts with a trigger
 * too large or small for a shadow: they are examined on every tick.
 */
export interface AssetTriggers {
  readonly keys: Float64Array;
  readonly owners: Int32Array;
  readonly loose: readonly number[];
}

/** Triggers collected before sorting, per asset: keys (NaN: loose) and their owners. */
export type TriggerLists = Map<string, { keys: number[]; owners: number[] }>;

// A boundary term is trusted from floats only when it is at least this share of its terms'
// magnitude: then its float carries a relative error below 3e-11 (the 1.5e-14 bound of
// approximation.ts over 1e-3), far inside crossedBy's 1e-9 search window, and its sign is exact.
const CERTAIN_SHARE = 1e-3;

/**
 * Adds the triggers of one account at the reference prices to `lists`: for each asset it holds or
 * owes other than the valuation asset, and each threshold, the price p at which p·a = b (every
 * other price fixed; a and b from `spotBoundary`), when one exists in (0, ∞). Computed on float
 * shadows when they are certain, else exactly.
 */
export function addTriggers(lists: TriggerLists, account: TrackedAccount, owner: number, prices: TickPrices, rules: TrackingRules): void {
  if (!account.hasDebt) return;
  const terms = account.assets.length;
  for (let j = 0; j < terms; j++) {
    const asset = account.assets[j]!;
    if (asset === rules.valuationAsset) continue;
    for (const k of [rules.liquidation, rules.marginCall]) {
      const key = terms <= MAX_TERMS ? shadowKey(account, j, prices, k) : undefined;
      const found = key === undefined ? exactKey(account, j, prices, k) : key;
      if (found === null) continue;
      let list = lists.get(asset);
      if (list === undefined) lists.set(asset, (list = { keys: [], owners: [] }));
      list.keys.push(found);
      list.owners.push(owner);
    }
  }
}

/** The trigger's key from float shadows: a positive number, null (no trigger), or undefined (not certain). */
function shadowKey(account: TrackedAccount, j: number, prices: TickPrices, k: ShadowedMultiple): number | null | undefined {
  const shadows = account.shadows;
  const kn = k.numeratorShadow;
  const kd = k.denominatorShadow;
  const held = kd * shadows[2 * j]!;
  const owed = kn * shadows[2 * j + 1]!;
  let covered = 0;
  let due = 0;
  for (let i = 0; i < account.assets.length; i++) {
    if (i === j) continue;
    const price = prices.shadows[account.slots[i]!]!;
    covered += kd * shadows[2 * i]! * price;
    due += kn * shadows[2 * i + 1]! * price;
  }
  const a = held - owed;
  const b = due - covered;
  // NaN anywhere fails both comparisons: not certain.
  if (!(Math.abs(a) > CERTAIN_SHARE * (held + owed)) || !(Math.abs(b) > CERTAIN_SHARE * (due + covered))) return undefined;
  if (a > 0 !== b > 0) return null;
  const key = b / a;
  return Number.isFinite(key) && key > 0 ? key : undefined;
}

/** The trigger's key from exact values: a positive number, NaN (a trigger without a shadow), or null. */
function exactKey(account: TrackedAccount, j: number, prices: TickPrices, k: ShadowedMultiple): number | null {
  const others = exactValuation(account, prices, j);
  const { a, b } = spotBoundary(account.held[j]!, account.debt[j]!, others.assets, others.liabilities, k);
  if (!((isPositive(a) && isPositive(b)) || (isNegative(a) && isNegative(b)))) return null; // never flips in (0, ∞)
  const key = approximate(b) / approximate(a);
  return Number.isFinite(key) && key > 0 ? key : NaN;
}

/** One asset's list sorted by key, merged with the kept (sorted) list minus `dropped` owners. */
export function sortTriggers(kept: AssetTriggers | undefined, dropped: ReadonlySet<number>, added: { keys: number[]; owners: number[] } | undefined): AssetTriggers {
  const addedKeys = added?.keys ?? [];
  const addedOwners = added?.owners ?? [];
  const loose = (kept?.loose ?? []).filter((owner) => !dropped.has(owner));
  const order: number[] = [];
  for (let i = 0; i < addedKeys.length; i++) {
    if (Number.isNaN(addedKeys[i])) loose.push(addedOwners[i]!);
    else order.push(i);
  }
  order.sort((x, y) => addedKeys[x]! - addedKeys[y]!);
  const oldKeys = kept?.keys ?? new Float64Array(0);
  const oldOwners = kept?.owners ?? new Int32Array(0);
  const keys = new Float64Array(oldKeys.length + order.length);
  const owners = new Int32Array(keys.length);
  const filter = dropped.size > 0;
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < oldKeys.length || j < order.length) {
    if (i < oldKeys.length && filter && dropped.has(oldOwners[i]!)) {
      i++;
      continue;
    }
    if (j >= order.length || (i < oldKeys.length && oldKeys[i]! <= addedKeys[order[j]!]!)) {
      keys[n] = oldKeys[i]!;
      owners[n++] = oldOwners[i++]!;
    } else {
      keys[n] = addedKeys[order[j]!]!;
      owners[n++] = addedOwners[order[j++]!]!;
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
