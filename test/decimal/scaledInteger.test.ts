import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Decimal } from '../../src/decimal/constructor.js';
import { approximateUnits } from '../../src/decimal/approximation.js';
import { decimalAt, exponentOf, fromScaledNumber, quotientAt, unitsAt } from '../../src/decimal/scaledInteger.js';
import { decimalFrom, runs, TB } from '../arbitraries.js';

// The liquidation planner's ledger holds amounts as integer counts of a power of ten and turns them
// back into decimals for its plan: each conversion must be exact and give big.js's own value, field
// for field, and each rounded quotient the one big.js gives.

/** Decimals of 1 to 40 digits at exponents from 10^-30 to 10^30, either sign, zeros included. */
const decimal: fc.Arbitrary<Decimal> = fc.oneof(
  fc.record({ units: fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), scale: fc.integer({ min: 0, max: 18 }) }).map(({ units, scale }) => new D(decimalFrom(units, scale))),
  fc.record({ units: fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), scale: fc.integer({ min: 0, max: 30 }), shift: fc.integer({ min: -30, max: 30 }) }).map(({ units, scale, shift }) => new D(decimalFrom(units, scale)).times(new D(`1e${shift}`))),
  fc.constantFrom(new D(0), new D(1), new D(-1), new D('0.00000001'), new D('1000'), new D('9007199254740993')),
);

const fields = (v: Decimal) => ({ s: v.s, e: v.e, c: [...v.c] });
/** A zero's sign aside (an integer has none; the ledger never holds −0). */
const unsigned = (v: Decimal) => (v.c[0] === 0 ? { s: 1, e: 0, c: [0] } : fields(v));

describe('scaled integers (the planner ledger)', () => {
  it('unitsAt and decimalAt round-trip exactly on any finer grid, as big.js would build the value', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 12 }), (value, finer) => {
        const exponent = exponentOf(value) - finer;
        const units = unitsAt(value, exponent);
        expect(new TB(units.toString()).times(new TB(`1e${exponent}`)).eq(new TB(value.toFixed()))).toBe(true);
        expect(unsigned(decimalAt(units, exponent))).toEqual(unsigned(new D(value.toFixed())));
      }),
      runs,
    );
  });

  it('decimalAt of any integer at any exponent is the decimal big.js reads from its digits', () => {
    // every size, and the integers around 2^53, where the float64 path hands over to the string one
    const around = fc.bigInt({ min: -3n, max: 3n }).map((d) => 2n ** 53n + d);
    fc.assert(
      fc.property(fc.oneof(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), around), fc.integer({ min: -40, max: 20 }), (units, exponent) => {
        expect(unsigned(decimalAt(units, exponent))).toEqual(unsigned(new D(`${units}e${exponent}`)));
      }),
      runs,
    );
  });

  it('quotientAt rounds (n × 10^shift) / d toward −∞ (floor) or +∞ (ceil), exactly, remainders of zero and ties included', () => {
    // truncated at 60 places: a quotient that is not whole shows a non-zero fraction there (it is at least 10^-45)
    const Exact = TB();
    Exact.DP = 60;
    Exact.RM = 0;
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 20n }), fc.integer({ min: -25, max: 25 }), fc.boolean(), (n, d, shift, exact) => {
        // half the cases divide exactly: n a multiple of d
        const top = exact ? n * d : n;
        const value = new Exact(top.toString()).times(new Exact(`1e${shift}`)).div(d.toString());
        const truncated = BigInt(value.round(0, 0).toFixed());
        const whole = value.eq(value.round(0, 0));
        const floor = whole || value.gte(0) ? truncated : truncated - 1n;
        const ceil = whole || value.lt(0) ? truncated : truncated + 1n;
        expect(quotientAt(top, d, shift, 'floor')).toBe(floor);
        expect(quotientAt(top, d, shift, 'ceil')).toBe(ceil);
      }),
      runs,
    );
  });

  it('approximateUnits is within 22u of the value, or NaN out of the shadows\' range', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n }), fc.integer({ min: -150, max: 60 }), (units, exponent) => {
        const shadow = approximateUnits(units, exponent);
        const exact = new TB(units.toString()).times(new TB(`1e${exponent}`));
        const magnitude = exact.abs();
        if (units === 0n) expect(shadow).toBe(0);
        else if (magnitude.lt('1e-100') || magnitude.gt('1e100')) expect(shadow).toBeNaN();
        // NaN also for an exponent beyond ±100 (the shadows' early range check): the ledger then decides exactly
        else if (Number.isNaN(shadow)) expect(exponent > 100 || exponent < -101 || magnitude.lt('1.0000000000001e-100') || magnitude.gt('0.9999999999999e100')).toBe(true);
        else expect(new TB(shadow).minus(exact).abs().lte(magnitude.times(22 * 2 ** -53))).toBe(true);
      }),
      runs,
    );
  });
});

describe('fromScaledNumber (the float64 paths\' results)', () => {
  it('builds the decimal big.js reads from the integer\'s digits, for every size up to 2^53 and every run of trailing zeros', () => {
    const integer = fc.oneof(
      fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      fc.integer({ min: 1, max: 99_999_999 }),
      fc.record({ units: fc.integer({ min: 1, max: 99_999 }), zeros: fc.integer({ min: 0, max: 11 }) }).map(({ units, zeros }) => units * 10 ** zeros),
      fc.constantFrom(1, 10, 1e8, 1e8 - 1, 1e8 + 1, 1e15, 1e16 - 1, 1e16, 99_999_999 * 1e8, Number.MAX_SAFE_INTEGER),
    );
    fc.assert(
      fc.property(integer, fc.integer({ min: 0, max: 30 }), fc.boolean(), (n, scale, negative) => {
        expect(fields(fromScaledNumber(n, scale, negative))).toEqual(fields(new D(`${negative ? '-' : ''}${n}e-${scale}`)));
      }),
      { ...runs, numRuns: runs.numRuns * 5 },
    );
  });
});
