import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Decimal } from '../../src/decimal/constructor.js';
import { minus, plus } from '../../src/decimal/addition.js';
import { decimalFrom, runs } from '../arbitraries.js';

// The library's own sums must be big.js's, field for field: the digits, the exponent and the sign
// (a zero's included) — so a value never says which of the two made it.

/** Decimals of 1 to 40 digits at exponents from 10^-30 to 10^30, either sign, zeros (and big.js's −0) included. */
const decimal: fc.Arbitrary<Decimal> = fc.oneof(
  fc.record({ units: fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), scale: fc.integer({ min: 0, max: 18 }) }).map(({ units, scale }) => new D(decimalFrom(units, scale))),
  fc.record({ units: fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), scale: fc.integer({ min: 0, max: 30 }), shift: fc.integer({ min: -30, max: 30 }) }).map(({ units, scale, shift }) => new D(decimalFrom(units, scale)).times(new D(`1e${shift}`))),
  fc.constantFrom(new D(0), new D(0).times(-1), new D(1), new D(-1), new D('0.00000001'), new D('999.99999999'), new D('1000')),
);

const fields = (v: Decimal) => ({ s: v.s, e: v.e, c: [...v.c] });

describe('plus and minus (exact sums on the digits)', () => {
  it('give what big.js gives, field for field', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(fields(plus(a, b))).toEqual(fields(a.plus(b)));
        expect(fields(minus(a, b))).toEqual(fields(a.minus(b)));
      }),
      runs,
    );
  });

  it('cancel exactly, carry through every place and borrow across every place', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 1, max: 30 }), (a, n) => {
        const nines = new D(`${'9'.repeat(n)}`);
        const tick = new D(`1e-${n}`);
        for (const [x, y] of [[a, a], [a, a.times(-1)], [nines, new D(1)], [new D(`1e${n}`), tick], [nines.times(tick), tick]] as const) {
          expect(fields(plus(x, y))).toEqual(fields(x.plus(y)));
          expect(fields(minus(x, y))).toEqual(fields(x.minus(y)));
        }
      }),
      runs,
    );
  });

  it('leave their operands untouched and share no digits with them', () => {
    const a = new D('123.456');
    const b = new D('0.544');
    const sum = plus(a, b);
    const same = plus(a, new D(0));
    expect([a.toString(), b.toString(), sum.toString()]).toEqual(['123.456', '0.544', '124']);
    expect(same.c).not.toBe(a.c);
    expect(minus(new D(0), b).c).not.toBe(b.c);
  });
});
