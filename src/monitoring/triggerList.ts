import { digitStarts } from './radix.js';

/*
 * One asset's trigger prices, sorted, as a persistent list of leaves (docs/decisions/0020): every
 * entry is a key — a float shadow of a price at which its owner (an account's position) crosses a
 * threshold when only this asset moves — ordered by key, then owner. Leaves hold LEAF entries when
 * built and are split beyond twice that; a change copies only the leaves it touches and the
 * directory of their first entries (a copy of a few thousand numbers), so no change costs O(n) and
 * no merge is ever due. Keys are only for finding candidates: every answer is checked exactly.
 */

/** Entries per leaf when a list is built or a leaf is split; a leaf is split beyond twice this. */
const LEAF = 2048;

/**
 * A run of entries, sorted. Plain arrays, not typed ones: allocating a typed array's separate
 * buffer was a quarter of an update's profile; a plain array is allocated on the collector's heap
 * (the update's total time moved less than that: the collector does the rest).
 */
export interface TriggerLeaf {
  readonly keys: readonly number[];
  readonly owners: readonly number[];
}

/** One asset's triggers. `loose` lists owners with a trigger too large or small for a shadow: they are examined on every tick. */
export interface AssetTriggers {
  /** The directory an entry is looked up in (by each leaf's first entry). */
  readonly leaves: readonly TriggerLeaf[];
  readonly loose: readonly number[];
}

/** One asset's triggers collected before sorting: keys (NaN: loose) and their owners, in typed arrays that double as they fill. */
export class TriggerBuffer {
  keys = new Float64Array(4);
  owners = new Int32Array(4);
  length = 0;

  push(key: number, owner: number): void {
    if (this.length === this.keys.length) {
      const keys = new Float64Array(2 * this.length);
      const owners = new Int32Array(2 * this.length);
      keys.set(this.keys);
      owners.set(this.owners);
      this.keys = keys;
      this.owners = owners;
    }
    this.keys[this.length] = key;
    this.owners[this.length++] = owner;
  }
}

/** A list without triggers. */
export const NO_TRIGGERS: AssetTriggers = { leaves: [], loose: [] };

/** A list of the collected triggers (NaN keys loose). */
export function toAssetTriggers(collected: TriggerBuffer, leaf = LEAF): AssetTriggers {
  return changedTriggers(NO_TRIGGERS, new Set(), undefined, collected, leaf);
}

/**
 * The list without the `removed` entries (the earlier triggers of `changedOwners`, recomputed) and
 * with the `added` ones. Entries to remove that are not there are ignored: a stale entry could only
 * add a candidate, which is checked exactly. `leaf` is the leaf size (smaller in tests, to split often).
 */
export function changedTriggers(
  list: AssetTriggers,
  changedOwners: ReadonlySet<number>,
  removed: TriggerBuffer | undefined,
  added: TriggerBuffer | undefined,
  leaf = LEAF,
): AssetTriggers {
  const loose = changedOwners.size === 0 ? list.loose.slice() : list.loose.filter((owner) => !changedOwners.has(owner));
  const out = sortedPairs(removed, undefined);
  const put = sortedPairs(added, loose);
  if (out.keys.length === 0 && put.keys.length === 0) return Object.freeze({ ...list, loose: Object.freeze(loose) });

  if (list.leaves.length === 0) {
    const leaves: TriggerLeaf[] = [];
    if (put.keys.length > 0) split(leaves, put.keys, put.owners, leaf);
    return listOf(leaves, loose);
  }
  // The leaves the changes fall in, each with its run of removals and additions: an entry belongs
  // to the last leaf whose first entry does not sort after it (the first leaf takes what sorts before all).
  const leaves = list.leaves.slice();
  const touched: number[] = [];
  const runs: number[] = [];
  let r = 0;
  let a = 0;
  while (r < out.keys.length || a < put.keys.length) {
    const fromOut = r < out.keys.length && (a >= put.keys.length || precedes(out.keys[r]!, out.owners[r]!, put.keys[a]!, put.owners[a]!));
    const at = leafOf(list, fromOut ? out.keys[r]! : put.keys[a]!, fromOut ? out.owners[r]! : put.owners[a]!);
    const next = list.leaves[at + 1];
    const rEnd = next === undefined ? out.keys.length : boundary(out, r, next.keys[0]!, next.owners[0]!);
    const aEnd = next === undefined ? put.keys.length : boundary(put, a, next.keys[0]!, next.owners[0]!);
    touched.push(at);
    runs.push(r, rEnd, a, aEnd);
    r = rEnd;
    a = aEnd;
  }
  // From the last touched leaf back, so the places of earlier ones do not move.
  for (let t = touched.length - 1; t >= 0; t--) {
    const at = touched[t]!;
    const replaced: TriggerLeaf[] = [];
    rebuilt(replaced, list.leaves[at]!, out, runs[4 * t]!, runs[4 * t + 1]!, put, runs[4 * t + 2]!, runs[4 * t + 3]!, leaf);
    leaves.splice(at, 1, ...replaced);
  }
  return listOf(leaves, loose);
}

/**
 * A list of these leaves. (The list is frozen, its leaves are not: freezing thousands of entries
 * on every change costs more than the change; nothing outside the index ever sees them.)
 */
function listOf(leaves: TriggerLeaf[], loose: number[]): AssetTriggers {
  return Object.freeze({ leaves, loose: Object.freeze(loose) });
}

/** The leaf an entry belongs to: the last whose first entry does not sort after it, or the first. */
function leafOf(list: AssetTriggers, key: number, owner: number): number {
  let low = 0;
  let high = list.leaves.length;
  // The first leaf whose first entry sorts after (key, owner), less one.
  while (low < high) {
    const mid = (low + high) >>> 1;
    const first = list.leaves[mid]!;
    if (precedes(key, owner, first.keys[0]!, first.owners[0]!)) high = mid;
    else low = mid + 1;
  }
  return Math.max(0, low - 1);
}

/** The end of the run of sorted entries from `from` that sort before (`key`, `owner`). */
function boundary(entries: Sorted, from: number, key: number, owner: number): number {
  let end = from;
  while (end < entries.keys.length && precedes(entries.keys[end]!, entries.owners[end]!, key, owner)) end++;
  return end;
}

function precedes(k1: number, o1: number, k2: number, o2: number): boolean {
  return k1 < k2 || (k1 === k2 && o1 < o2);
}

/**
 * A leaf without out[r … rEnd) and with put[a … aEnd) (both sorted), pushed as one leaf, split, or
 * none when empty. The runs of the leaf between changes are copied whole.
 */
function rebuilt(leaves: TriggerLeaf[], leaf: TriggerLeaf, out: Sorted, r: number, rEnd: number, put: Sorted, a: number, aEnd: number, size: number): void {
  const length = leaf.keys.length;
  const keys = new Array<number>(length + aEnd - a);
  const owners = new Array<number>(keys.length);
  let n = 0;
  let i = 0;
  while (r < rEnd || a < aEnd) {
    // A removal before an equal addition: an unchanged trigger leaves and comes back.
    const removal = r < rEnd && (a >= aEnd || !precedes(put.keys[a]!, put.owners[a]!, out.keys[r]!, out.owners[r]!));
    const key = removal ? out.keys[r]! : put.keys[a]!;
    const owner = removal ? out.owners[r]! : put.owners[a]!;
    const at = firstNotBefore(leaf, i, key, owner);
    for (; i < at; i++, n++) {
      keys[n] = leaf.keys[i]!;
      owners[n] = leaf.owners[i]!;
    }
    if (removal) {
      if (i < length && leaf.keys[i] === key && leaf.owners[i] === owner) i++;
      r++;
    } else {
      keys[n] = key;
      owners[n++] = owner;
      a++;
    }
  }
  for (; i < length; i++, n++) {
    keys[n] = leaf.keys[i]!;
    owners[n] = leaf.owners[i]!;
  }
  keys.length = n;
  owners.length = n;
  if (n <= 2 * size) {
    if (n > 0) leaves.push({ keys, owners });
  } else {
    split(leaves, keys, owners, size);
  }
}

/** The first place from `from` whose entry does not sort before (key, owner). */
function firstNotBefore(leaf: TriggerLeaf, from: number, key: number, owner: number): number {
  let low = from;
  let high = leaf.keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (precedes(leaf.keys[mid]!, leaf.owners[mid]!, key, owner)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Pushes sorted entries as leaves: one when at most twice `size`, else leaves of `size`. */
function split(leaves: TriggerLeaf[], keys: ArrayLike<number>, owners: ArrayLike<number>, size: number): void {
  const step = keys.length <= 2 * size ? keys.length : size;
  for (let i = 0; i < keys.length; i += step) {
    const end = Math.min(i + step, keys.length);
    leaves.push({ keys: copyOf(keys, i, end), owners: copyOf(owners, i, end) });
  }
}

function copyOf(values: ArrayLike<number>, from: number, to: number): number[] {
  const copy = new Array<number>(to - from);
  for (let i = from; i < to; i++) copy[i - from] = values[i]!;
  return copy;
}

/** Calls `visit` with every owner whose key lies in [low, high], and every loose owner. */
export function ownersBetween(list: AssetTriggers, low: number, high: number, visit: (owner: number) => void): void {
  for (const owner of list.loose) visit(owner);
  const { leaves } = list;
  // Entries of key `low` may begin in the leaf before the first one starting at or above it.
  let start = 0;
  let end = leaves.length;
  while (start < end) {
    const mid = (start + end) >>> 1;
    if (leaves[mid]!.keys[0]! < low) start = mid + 1;
    else end = mid;
  }
  let leaf = Math.max(0, start - 1);
  for (; leaf < leaves.length; leaf++) {
    const { keys, owners } = leaves[leaf]!;
    if (keys[0]! > high) return;
    for (let i = lowerBound(keys, low); i < keys.length && keys[i]! <= high; i++) visit(owners[i]!);
  }
}

/** The first position whose key is ≥ `value` (keys ascending). */
function lowerBound(keys: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface Sorted {
  readonly keys: ArrayLike<number>;
  readonly owners: ArrayLike<number>;
}

/** A sorted batch of changes. */
interface Batch {
  readonly keys: Float64Array;
  readonly owners: Int32Array;
}

/** Lists this long are sorted by radix (a comparator sort of a million keys takes a second). */
const RADIX_FROM = 4096;
/** Where the high 32 bits of a float sit in a Uint32Array view of it: the platform's byte order. */
const HIGH_WORD = /* @__PURE__ */ new Uint32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000 ? 1 : 0;

/**
 * Collected entries sorted by key, then owner, each once; owners of NaN keys (no shadow) go to
 * `loose` (or are dropped, for removals). Long lists by an LSD radix sort over the keys' bits in four 16-bit digits,
 * moving key and owner together — a positive float's bits order as the float does — which keeps
 * the order entries were collected in for equal keys: ascending owners, as a list is built.
 */
function sortedPairs(collected: TriggerBuffer | undefined, loose: number[] | undefined): Batch {
  const length = collected?.length ?? 0;
  let keys = new Float64Array(length);
  let owners = new Int32Array(length);
  let n = 0;
  for (let i = 0; i < length; i++) {
    if (Number.isNaN(collected!.keys[i])) {
      loose?.push(collected!.owners[i]!);
    } else {
      keys[n] = collected!.keys[i]!;
      owners[n++] = collected!.owners[i]!;
    }
  }
  if (n < keys.length) {
    keys = keys.slice(0, n);
    owners = owners.slice(0, n);
  }
  if (n < RADIX_FROM) {
    const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => keys[x]! - keys[y]! || owners[x]! - owners[y]!);
    return distinct({ keys: Float64Array.from(order, (i) => keys[i]!), owners: Int32Array.from(order, (i) => owners[i]!) });
  }
  let nextKeys = new Float64Array(n);
  let nextOwners = new Int32Array(n);
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? 1 - HIGH_WORD : HIGH_WORD;
    const shift = pass % 2 === 0 ? 0 : 16;
    const words = new Uint32Array(keys.buffer);
    if (!digitStarts(words, 2, word, shift, n, counts)) continue;
    for (let i = 0; i < n; i++) {
      const at = counts[(words[2 * i + word]! >>> shift) & 0xffff]!++;
      nextKeys[at] = keys[i]!;
      nextOwners[at] = owners[i]!;
    }
    [keys, nextKeys, owners, nextOwners] = [nextKeys, keys, nextOwners, owners];
  }
  return distinct({ keys, owners });
}

/**
 * Sorted entries with repeats dropped: an account whose two thresholds give one key needs one
 * entry, and with every entry distinct, an entry equal to a leaf's first is in that leaf.
 */
function distinct(sorted: Batch): Batch {
  const { keys, owners } = sorted;
  let n = 0;
  for (let i = 0; i < keys.length; i++) {
    if (n > 0 && keys[i] === keys[n - 1] && owners[i] === owners[n - 1]) continue;
    keys[n] = keys[i]!;
    owners[n++] = owners[i]!;
  }
  return n === keys.length ? sorted : { keys: keys.subarray(0, n), owners: owners.subarray(0, n) };
}
