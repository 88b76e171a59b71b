import { digitStarts } from './radix.js';

/*
 * A persistent map from account id to position: a hash array mapped trie (Bagwell, "Ideal Hash
 * Trees", 2001) — 32-way branches addressed by five bits of the id's hash at a time, highest
 * first, a branch holding only the children it has (a bitmap and a packed array). A new id copies
 * the one path from the root to it (at most seven branches of at most 32 children), never the map:
 * a new id in a million-entry index costs microseconds, and every older version stays as it was.
 * Ids whose whole hashes collide share a collision node, compared by the id itself. A whole map is built
 * from its ids sorted by hash (`hashOrder`, which also finds an id given twice): each branch is
 * then a run of the sorted list.
 */

/**
 * A branch: for each bit set in `bitmap`, two slots — an id and its position, or `null` and a
 * deeper node. Ids are kept in the branch itself, not in an object each: a million ids are a few
 * tens of thousands of branches for the collector, not a million leaves.
 */
class Branch {
  constructor(
    readonly bitmap: number,
    readonly slots: ReadonlyArray<string | number | Node | null>,
  ) {}
}

/** Ids whose whole 32-bit hashes are equal, with their positions. */
class Collision {
  constructor(
    readonly hash: number,
    readonly keys: readonly string[],
    readonly values: readonly number[],
  ) {}
}

type Node = Branch | Collision;

/** Id → position, persistent: `withId` returns a new map and leaves this one as it was. */
export type IdMap = Branch;

/** A 32-bit hash of the id: FNV-1a over its UTF-16 units, then MurmurHash3's finaliser for the low bits. */
export function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

/** The five bits of `hash` a branch at `shift` is addressed by, highest first (the last level has two). */
function fragment(hash: number, shift: number): number {
  return (hash << shift) >>> 27;
}

/** The position of `key`, or undefined. */
export function idPosition(map: IdMap, key: string): number | undefined {
  const hash = hashOf(key);
  let node: Node = map;
  for (let shift = 0; node instanceof Branch; shift += 5) {
    const bit = 1 << fragment(hash, shift);
    if ((node.bitmap & bit) === 0) return undefined;
    const at = 2 * bitCount(node.bitmap & (bit - 1));
    const slot = node.slots[at];
    if (typeof slot === 'string') return slot === key ? (node.slots[at + 1] as number) : undefined;
    node = node.slots[at + 1] as Node;
  }
  if (node.hash !== hash) return undefined;
  const i = node.keys.indexOf(key);
  return i === -1 ? undefined : node.values[i];
}

/** The map with `key` at `position` (added, or moved there). */
export function withId(map: IdMap, key: string, position: number): IdMap {
  return inserted(map, 0, hashOf(key), key, position);
}

/** Ids in the order of their hashes: each id's hash and position, sorted by hash (two stable counting passes). */
export interface HashOrder {
  readonly hashes: Uint32Array;
  readonly order: Uint32Array;
}

export function hashOrder(ids: readonly string[]): HashOrder {
  const n = ids.length;
  let hashes = new Uint32Array(n);
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    hashes[i] = hashOf(ids[i]!);
    order[i] = i;
  }
  let nextHashes = new Uint32Array(n);
  let nextOrder = new Uint32Array(n);
  const counts = new Uint32Array(65536);
  for (const shift of [0, 16]) {
    if (!digitStarts(hashes, 1, 0, shift, n, counts)) continue;
    for (let i = 0; i < n; i++) {
      const at = counts[(hashes[i]! >>> shift) & 0xffff]!++;
      nextHashes[at] = hashes[i]!;
      nextOrder[at] = order[i]!;
    }
    [hashes, nextHashes, order, nextOrder] = [nextHashes, hashes, nextOrder, order];
  }
  return { hashes, order };
}

/** The first position whose id came earlier too, or −1: only ids of one hash are compared. */
export function repeatedId(ids: readonly string[], { hashes, order }: HashOrder): number {
  let repeated = -1;
  for (let i = 0; i < hashes.length; ) {
    let end = i + 1;
    while (end < hashes.length && hashes[end] === hashes[i]) end++;
    // Positions within a run ascend (the sort is stable): a later one repeats an earlier one.
    for (let k = i + 1; k < end; k++) {
      for (let l = i; l < k; l++) {
        if (ids[order[k]!] === ids[order[l]!] && (repeated === -1 || order[k]! < repeated)) repeated = order[k]!;
      }
    }
    i = end;
  }
  return repeated;
}

/** A map of unique `ids` to their positions 0, 1, …, built from their hash order: each branch is a run of it. */
export function idMapOf(ids: readonly string[], sorted: HashOrder): IdMap {
  return ids.length === 0 ? new Branch(0, []) : built(ids, sorted.hashes, sorted.order, 0, ids.length, 0);
}

/** The branch of the sorted entries `from` … `to` − 1, which share their fragments above `shift`. */
function built(ids: readonly string[], hashes: Uint32Array, order: Uint32Array, from: number, to: number, shift: number): Branch {
  let bitmap = 0;
  const slots: Array<string | number | Node | null> = [];
  for (let i = from; i < to; ) {
    const f = fragment(hashes[i]!, shift);
    let end = i + 1;
    while (end < to && fragment(hashes[end]!, shift) === f) end++;
    bitmap |= 1 << f;
    if (end - i === 1) {
      slots.push(ids[order[i]!]!, order[i]!);
    } else if (hashes[i] !== hashes[end - 1]) {
      slots.push(null, built(ids, hashes, order, i, end, shift + 5));
    } else {
      const positions = Array.from(order.subarray(i, end));
      slots.push(null, new Collision(hashes[i]!, positions.map((position) => ids[position]!), positions));
    }
    i = end;
  }
  return new Branch(bitmap, slots);
}

function inserted(node: Branch, shift: number, hash: number, key: string, value: number): Branch {
  const bit = 1 << fragment(hash, shift);
  const at = 2 * bitCount(node.bitmap & (bit - 1));
  const slots = node.slots.slice();
  if ((node.bitmap & bit) === 0) {
    slots.splice(at, 0, key, value);
    return new Branch(node.bitmap | bit, slots);
  }
  const slot = node.slots[at];
  const child = node.slots[at + 1] as Node | number;
  if (slot === key) {
    slots[at + 1] = value;
  } else if (typeof slot === 'string') {
    const other = hashOf(slot);
    slots[at] = null;
    slots[at + 1] = other === hash ? new Collision(hash, [slot, key], [child as number, value]) : split(shift + 5, other, slot, child as number, hash, key, value);
  } else if (child instanceof Branch) {
    slots[at + 1] = inserted(child, shift + 5, hash, key, value);
  } else {
    const collision = child as Collision;
    slots[at + 1] = collision.hash === hash ? collided(collision, key, value) : split(shift + 5, collision.hash, null, collision, hash, key, value);
  }
  return new Branch(node.bitmap, slots);
}

/** The collision with `key` at `value`. */
function collided(collision: Collision, key: string, value: number): Collision {
  const i = collision.keys.indexOf(key);
  if (i === -1) return new Collision(collision.hash, [...collision.keys, key], [...collision.values, value]);
  const values = collision.values.slice();
  values[i] = value;
  return new Collision(collision.hash, collision.keys, values);
}

/** A branch holding an entry (an id and its position, or `null` and a collision) and a new id, whose hashes differ, as deep as their first differing fragment. */
function split(shift: number, hashA: number, keyA: string | null, valueA: number | Node, hashB: number, keyB: string, valueB: number): Branch {
  const ia = fragment(hashA, shift);
  const ib = fragment(hashB, shift);
  if (ia === ib) return new Branch(1 << ia, [null, split(shift + 5, hashA, keyA, valueA, hashB, keyB, valueB)]);
  return new Branch((1 << ia) | (1 << ib), ia < ib ? [keyA, valueA, keyB, valueB] : [keyB, valueB, keyA, valueA]);
}
