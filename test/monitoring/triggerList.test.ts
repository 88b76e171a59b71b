import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedTriggers, ownersBetween, toAssetTriggers, TriggerBuffer, type AssetTriggers } from '../../src/monitoring/triggerList.js';
import { runs } from '../arbitraries.js';

// The index's trigger lists against a model: a plain array of (key, owner) entries. Keys come from
// a few values, so equal keys run across leaf boundaries; leaves of 4 entries split on every change.

type Entry = readonly [key: number, owner: number];

function buffer(entries: readonly Entry[]): TriggerBuffer {
  const b = new TriggerBuffer();
  for (const [key, owner] of entries) b.push(key, owner);
  return b;
}

/** Every owner the list visits in [low, high], sorted (loose owners included). */
function visited(list: AssetTriggers, low: number, high: number): number[] {
  const owners: number[] = [];
  ownersBetween(list, low, high, (owner) => owners.push(owner));
  return unique(owners);
}

/** The distinct owners, sorted: an owner's repeated key or second loose trigger adds no candidate. */
function unique(owners: readonly number[]): number[] {
  return [...new Set(owners)].sort((x, y) => x - y);
}

function expected(model: readonly Entry[], low: number, high: number): number[] {
  return unique(model.filter(([key]) => Number.isNaN(key) || (key >= low && key <= high)).map(([, owner]) => owner));
}

/** The entries of a list in order, checking the order. */
function entriesOf(list: AssetTriggers): Entry[] {
  const entries: Entry[] = [];
  list.leaves.forEach((leaf) => {
    expect(leaf.keys.length).toBeGreaterThan(0);
    leaf.keys.forEach((key, j) => entries.push([key, leaf.owners[j]!]));
  });
  for (let i = 1; i < entries.length; i++) {
    const [k0, o0] = entries[i - 1]!;
    const [k1, o1] = entries[i]!;
    expect(k0 < k1 || (k0 === k1 && o0 <= o1), `entry ${i} out of order`).toBe(true);
  }
  return entries;
}

const key = fc.oneof(fc.constantFrom(1, 2, 2, 3, 5, 8), fc.constant(Number.NaN), fc.double({ min: 0.5, max: 10, noNaN: true }));

describe('trigger lists', () => {
  it('visit exactly the entries in a range through any changes, equal keys across leaves included', () => {
    const accounts = fc.array(fc.array(key, { maxLength: 3 }), { minLength: 1, maxLength: 40 });
    const change = fc.record({ owners: fc.uniqueArray(fc.nat(60), { maxLength: 12 }), keys: fc.array(fc.array(key, { maxLength: 3 }), { minLength: 12, maxLength: 12 }) });
    fc.assert(
      fc.property(accounts, fc.array(change, { maxLength: 8 }), fc.array(fc.tuple(fc.double({ min: 0, max: 11, noNaN: true }), fc.double({ min: 0, max: 11, noNaN: true })), { minLength: 3, maxLength: 3 }), (initial, changes, ranges) => {
        // Each owner's current keys; the list must hold exactly them.
        const current = new Map<number, number[]>(initial.map((keys, owner) => [owner, keys]));
        const toEntries = () => [...current].sort(([x], [y]) => x - y).flatMap(([owner, keys]) => keys.map((k) => [k, owner] as const));
        let list = toAssetTriggers(buffer(toEntries()), 4);
        for (const { owners, keys } of changes) {
          const sorted = [...owners].sort((x, y) => x - y);
          const removed = sorted.flatMap((owner) => (current.get(owner) ?? []).map((k) => [k, owner] as const));
          sorted.forEach((owner, i) => current.set(owner, keys[i]!));
          const added = sorted.flatMap((owner) => current.get(owner)!.map((k) => [k, owner] as const));
          list = changedTriggers(list, new Set(sorted), buffer(removed), buffer(added), 4);
        }
        const model = toEntries();
        // Each (key, owner) once, in order.
        const distinct = new Set(model.filter(([k]) => !Number.isNaN(k)).map(([k, o]) => `${k}/${o}`));
        expect(entriesOf(list).map(([k, o]) => `${k}/${o}`).sort()).toEqual([...distinct].sort());
        expect(unique(list.loose)).toEqual(unique(model.filter(([k]) => Number.isNaN(k)).map(([, o]) => o)));
        for (const [a, b] of ranges) {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(visited(list, low, high)).toEqual(expected(model, low, high));
        }
      }),
      runs,
    );
  });

  it('sorts a long batch by key, then owner (the radix path), and keeps earlier versions as they were', () => {
    const entries: Entry[] = [];
    for (let owner = 0; owner < 6000; owner++) entries.push([1 + ((owner * 7919) % 97) / 8, owner], [100 + (owner % 13), owner]);
    const list = toAssetTriggers(buffer(entries), 1024);
    const sorted = [...entries].sort(([k0, o0], [k1, o1]) => k0 - k1 || o0 - o1);
    expect(entriesOf(list)).toEqual(sorted);
    // (Every entry is distinct: the keys 1 + (7919·owner mod 97)/8 and 100 + owner mod 13 never meet.)
    expect(list.leaves.length).toBeGreaterThan(4);
    // Replace owners 0 … 2999 by one key each; the earlier list still holds all 12,000 entries.
    const changed = new Set(Array.from({ length: 3000 }, (_, i) => i));
    const removed = entries.filter(([, o]) => changed.has(o));
    const added = [...changed].map((o) => [50, o] as const);
    const next = changedTriggers(list, changed, buffer(removed), buffer(added), 1024);
    expect(entriesOf(next)).toEqual([...entries.filter(([, o]) => !changed.has(o)), ...added].sort(([k0, o0], [k1, o1]) => k0 - k1 || o0 - o1));
    expect(entriesOf(list)).toEqual(sorted);
    expect(visited(next, 50, 50)).toEqual([...changed]);
  });
});
