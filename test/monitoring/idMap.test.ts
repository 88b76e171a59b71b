import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashOf, hashOrder, idMapOf, idPosition, repeatedId, withId, type IdMap } from '../../src/monitoring/idMap.js';
import { runs } from '../arbitraries.js';

// The index's id map is a persistent hash trie; the model is a plain Map copied per version.

/** Two ids whose 32-bit hashes collide, found by search (about 2^16 ids expected by the birthday bound). */
function collidingPair(prefix: string): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const id = `${prefix}${i}`;
    const other = seen.get(hashOf(id));
    if (other !== undefined) return [other, id];
    seen.set(hashOf(id), id);
  }
}

const [c1, c2] = collidingPair('c');
const [d1, d2] = collidingPair('d');

function expectSame(map: IdMap, model: ReadonlyMap<string, number>, probes: readonly string[]): void {
  for (const [id, position] of model) expect(idPosition(map, id), id).toBe(position);
  for (const id of probes) if (!model.has(id)) expect(idPosition(map, id), id).toBeUndefined();
}

describe('idMap', () => {
  it('finds the colliding ids the test relies on', () => {
    expect(c1).not.toBe(c2);
    expect(hashOf(c1)).toBe(hashOf(c2));
    expect(hashOf(d1)).toBe(hashOf(d2));
  });

  it('answers like a Map through additions and moves on any earlier version, collisions included', () => {
    const id = fc.oneof(fc.constantFrom(c1, c2, d1, d2, 'x', 'y'), fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 300 }).map((i) => `a${i}`));
    const op = fc.record({ version: fc.nat(), id, position: fc.nat(1000) });
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 40 }), fc.array(op, { maxLength: 60 }), (initial, ops) => {
        const versions: Array<[IdMap, Map<string, number>]> = [[idMapOf(initial, hashOrder(initial)), new Map(initial.map((k, i) => [k, i]))]];
        const probes = [...initial, ...ops.map((o) => o.id), c1, c2, d1, d2];
        for (const o of ops) {
          const [map, model] = versions[o.version % versions.length]!;
          const next = withId(map, o.id, o.position);
          versions.push([next, new Map(model).set(o.id, o.position)]);
        }
        // Every version, the earlier ones included, still answers as its model.
        for (const [map, model] of versions) expectSame(map, model, probes);
      }),
      runs,
    );
  });

  it('builds from a hash order whatever the hashes share, and finds the first repeated id', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `id-${i}`);
    const ids = [...many, c1, c2, d1];
    const map = idMapOf(ids, hashOrder(ids));
    ids.forEach((k, i) => expect(idPosition(map, k)).toBe(i));
    expect(idPosition(map, d2)).toBeUndefined();
    expect(idPosition(map, 'id-20000')).toBeUndefined();
    expect(repeatedId(ids, hashOrder(ids))).toBe(-1);
    // The first position whose id came earlier: 6 (a repeat of 1), not 9 (of 0), nor a collision.
    const repeated = ['a', 'b', c1, c2, 'c', 'd', 'b', d1, d2, 'a'];
    expect(repeatedId(repeated, hashOrder(repeated))).toBe(6);
  });
});
