import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Decimal } from '../../src/decimal/constructor.js';
import { compareProducts } from '../../src/decimal/compareProducts.js';
import { decimalFrom, runs } from '../arbitraries.js';

// The level tests' comparison of two products must be big.js's, whether the float64-integer path
// or the exact products answer: on random operands short and long, and on equal products.

/** Decimals of 1 to 30 digits at exponents ±20 (short ones most often), either sign, zero included. */
const decimal: fc.Arbitrary<Decimal> = fc.oneof(
  { arbitrary: fc.record({ units: fc.bigInt({ min: -(10n ** 8n), max: 10n ** 8n }), scale: fc.integer({ min: 0, max: 8 }) }).map(({ units, scale }) => new D(decimalFrom(units, scale))), weight: 3 },
  { arbitrary: fc.record({ units: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), scale: fc.integer({ min: 0, max: 20 }), shift: fc.integer({ min: -20, max: 20 }) }).map(({ units, scale, shift }) => new D(decimalFrom(units, scale)).times(new D(`1e${shift}`))), weight: 1 },
  { arbitrary: fc.constantFrom(new D(0), new D(1), new D('0.8'), new D('1.25')), weight: 1 },
);

const bigOrder = (a: Decimal, b: Decimal, c: Decimal, d: Decimal) => a.times(b).cmp(c.times(d));

describe('compareProducts (a·b against c·d)', () => {
  it('orders as big.js does on random operands', () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, decimal, (a, b, c, d) => {
        expect(compareProducts(a, b, c, d)).toBe(bigOrder(a, b, c, d));
      }),
      runs,
    );
  });

  it('finds equal products equal, and one unit of the last place either side unequal', () => {
    fc.assert(
      fc.property(decimal, decimal, fc.integer({ min: -6, max: 6 }), (a, b, k) => {
        // a·b = (a·10^k)·(b·10^-k) = b·a (shifted by products, exact: a division would round)
        expect(compareProducts(a, b, a.times(new D(`1e${k}`)), b.times(new D(`1e${-k}`)))).toBe(0);
        expect(compareProducts(a, b, b, a)).toBe(0);
        const tick = new D(`1e${a.e - 20}`);
        const above = a.plus(tick);
        expect(compareProducts(above, b, a, b)).toBe(bigOrder(above, b, a, b));
      }),
      runs,
    );
  });
});
