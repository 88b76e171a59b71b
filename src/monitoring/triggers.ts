import { isNegative, isPositive } from '../decimal/compare.js';
import { spotBoundary } from '../liquidation/solveSpotPrice.js';
import { approximate, MAX_TERMS } from '../decimal/approximation.js';
import { exactValuation } from './status.js';
import type { TickPrices } from './tickPrices.js';
import { valueAt, type Chunk } from './accountColumns.js';
import type { ShadowedMultiple, TrackingRules } from './trackingRules.js';
import { TriggerBuffer } from './triggerList.js';

/** Triggers collected before sorting, per asset. */
export type TriggerLists = Map<string, TriggerBuffer>;

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
export function addTriggers(lists: TriggerLists, chunk: Chunk, local: number, owner: number, prices: TickPrices, rules: TrackingRules): void {
  if (chunk.debtors[local] === 0) return;
  const from = chunk.start[local]!;
  const to = chunk.start[local + 1]!;
  for (let t = from; t < to; t++) {
    const slot = chunk.slots[t]!;
    // The valuation asset is slot 0 of every universe.
    if (slot === 0) continue;
    for (let m = 0; m < 2; m++) {
      const k = m === 0 ? rules.liquidation : rules.marginCall;
      const key = to - from <= MAX_TERMS ? shadowKey(chunk, from, to, t, prices, k) : undefined;
      const found = key === undefined ? exactKey(chunk, local, t, prices, k) : key;
      if (found === null) continue;
      const asset = prices.names[slot]!;
      let list = lists.get(asset);
      if (list === undefined) lists.set(asset, (list = new TriggerBuffer()));
      list.push(found, owner);
    }
  }
}

/** The trigger's key from float shadows: a positive number, null (no trigger), or undefined (not certain). */
function shadowKey(chunk: Chunk, from: number, to: number, j: number, prices: TickPrices, k: ShadowedMultiple): number | null | undefined {
  const shadows = chunk.shadows;
  const kn = k.numeratorShadow;
  const kd = k.denominatorShadow;
  const held = kd * shadows[2 * j]!;
  const owed = kn * shadows[2 * j + 1]!;
  let covered = 0;
  let due = 0;
  for (let i = from; i < to; i++) {
    if (i === j) continue;
    const price = prices.shadows[chunk.slots[i]!]!;
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
function exactKey(chunk: Chunk, local: number, j: number, prices: TickPrices, k: ShadowedMultiple): number | null {
  const others = exactValuation(chunk, local, prices, j);
  const { a, b } = spotBoundary(valueAt(chunk, j, 0), valueAt(chunk, j, 1), others.assets, others.liabilities, k);
  if (!((isPositive(a) && isPositive(b)) || (isNegative(a) && isNegative(b)))) return null; // never flips in (0, ∞)
  const key = approximate(b) / approximate(a);
  return Number.isFinite(key) && key > 0 ? key : NaN;
}
