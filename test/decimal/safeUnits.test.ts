import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal/constructor.js';
import { compareUnits, divideUnits, minusUnits, quotientUnits, shiftUnits, timesUnits, unitsOf } from '../../src/decimal/safeUnits.js';
import { exponentOf } from '../../src/decimal/scaledInteger.js';
import { decimalFrom, runs } from '../arbitraries.js';

// Exact arithmetic on float64 integers must give what BigInt gives, or NaN — and NaN exactly when
// a result would pass 2^52, so no caller ever sees a rounded integer.
const LIMIT = 2n ** 52n;
/** Integers from small to just past 2^52, either sign. */
const integer = fc.oneof(
  fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }),
  fc.bigInt({ min: -(2n ** 30n), max: 2n ** 30n }),
  fc.bigInt({ min: LIMIT - 3000n, max: LIMIT + 3000n }).map((v) => v),
  fc.bigInt({ min: -LIMIT - 3000n, max: -LIMIT + 3000n }),
);
const inRange = (v: bigint) => v <= LIMIT && v >= -LIMIT;
const floorDiv = (n: bigint, d: bigint) => (n >= 0n ? n / d : -((-n + d - 1n) / d));
const ceilDiv = (n: bigint, d: bigint) => -floorDiv(-n, d);

describe('safeUnits', () => {
  it('multiplies exactly, and gives NaN exactly when the product passes 2^52', () => {
    fc.assert(
      fc.property(integer, integer, (a, b) => {
        fc.pre(inRange(a) && inRange(b));
        const product = timesUnits(Number(a), Number(b));
        if (inRange(a * b)) expect(product).toBe(Number(a * b));
        else expect(product).toBeNaN();
      }),
      runs,
    );
  });

  it('divides with floor and ceil exactly, or gives NaN for operands past 2^52', () => {
    fc.assert(
      fc.property(integer, integer, fc.constantFrom<'floor' | 'ceil'>('floor', 'ceil'), (n, d, rounding) => {
        fc.pre(d > 0n && n >= -(LIMIT * 2n));
        const q = quotientUnits(Number(n), Number(d), rounding);
        if (inRange(n) && d <= LIMIT) expect(q).toBe(Number(rounding === 'floor' ? floorDiv(n, d) : ceilDiv(n, d)));
        else expect(q).toBeNaN();
      }),
      runs,
    );
  });

  it('divides scaled values at an exponent as an exact rational rounding would', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: -12, max: 8 }),
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.integer({ min: -12, max: 8 }),
        fc.integer({ min: -12, max: 4 }),
        fc.constantFrom<'floor' | 'ceil'>('floor', 'ceil'),
        (n, ne, d, de, e, rounding) => {
          // (n·10^ne)/(d·10^de) in units of 10^e = n·10^(ne−de−e) / d
          const shift = ne - de - e;
          const top = shift >= 0 ? n * 10n ** BigInt(shift) : n;
          const bottom = shift >= 0 ? d : d * 10n ** BigInt(-shift);
          const q = divideUnits(Number(n), ne, Number(d), de, e, rounding);
          if (inRange(top) && bottom <= LIMIT) expect(q).toBe(Number(rounding === 'floor' ? floorDiv(top, bottom) : ceilDiv(top, bottom)));
          else expect(q).toBeNaN();
        },
      ),
      runs,
    );
  });

  it('subtracts and compares scaled values exactly, or says it cannot', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: -10, max: 10 }), fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: -10, max: 10 }), (a, ae, b, be) => {
        const e = Math.min(ae, be);
        const x = a * 10n ** BigInt(ae - e);
        const y = b * 10n ** BigInt(be - e);
        const difference = minusUnits(Number(a), ae, Number(b), be);
        if (inRange(x) && inRange(y) && inRange(x - y)) expect(difference).toBe(Number(x - y));
        else expect(difference).toBeNaN();
        const order = compareUnits(Number(a), ae, Number(b), be);
        if (inRange(x) && inRange(y)) expect(order).toBe(x < y ? -1 : x > y ? 1 : 0);
        else expect(order).toBeNaN();
        expect(shiftUnits(Number(a), ae - e)).toBe(inRange(x) ? Number(x) : NaN);
      }),
      runs,
    );
  });

  it('reads a decimal of at most 15 digits as its integer and exponent', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.integer({ min: 0, max: 20 }), (units, scale) => {
        const value = new D(decimalFrom(units, scale));
        const digits = value.c[0] === 0 ? 0 : value.c.length;
        const read = unitsOf(value);
        if (digits > 15) expect(read).toBeNaN();
        else expect(BigInt(read) * 10n ** BigInt(exponentOf(value) + scale)).toBe(units);
      }),
      runs,
    );
  });
});
