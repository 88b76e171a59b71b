import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal/constructor.js';
import { compare } from '../../src/decimal/compare.js';
import { divide } from '../../src/decimal/divide.js';
import { multiply } from '../../src/decimal/multiply.js';
import { round, type Rounding } from '../../src/decimal/round.js';
import { toDecimal } from '../../src/decimal/toDecimal.js';
import { accruedInterest, riskRate } from '../../src/index.js';
import { NOT_DECIMALS, expectCode } from '../expectCode.js';
import { TB, decimalFrom, runs } from '../arbitraries.js';

describe('toDecimal', () => {
  it('accepts plain and exponent strings, finite numbers and Big values', () => {
    expect(toDecimal('1234.5678', 'x').toFixed()).toBe('1234.5678');
    expect(toDecimal('1.5e-7', 'x').toFixed()).toBe('0.00000015');
    expect(toDecimal('2E+3', 'x').toFixed()).toBe('2000');
    expect(toDecimal(0.1, 'x').toFixed()).toBe('0.1');
    expect(toDecimal(new Big('42.42'), 'x').toFixed()).toBe('42.42');
  });

  it('turns negative zero into zero', () => {
    expect(toDecimal(-0, 'x').s).toBe(1);
    expect(toDecimal('-0', 'x').s).toBe(1);
    expect(toDecimal('-0.000', 'x').toFixed()).toBe('0');
  });

  it.each(NOT_DECIMALS.map((v) => [String(v), v] as const))('rejects %s with INVALID_DECIMAL naming the field', (_label, value) => {
    expectCode(() => toDecimal(value as string, 'margin'), 'INVALID_DECIMAL', 'margin');
  });

  it('copies a Big it receives instead of sharing or mutating it', () => {
    const input = new Big('-0.5');
    const parsed = toDecimal(input, 'x');
    expect(parsed).not.toBe(input);
    expect(input.toFixed()).toBe('-0.5');
  });
});

describe('round', () => {
  const table: ReadonlyArray<[string, Rounding, string]> = [
    ['1.25', 'floor', '1.2'],
    ['-1.25', 'floor', '-1.3'],
    ['1.21', 'ceil', '1.3'],
    ['-1.29', 'ceil', '-1.2'],
    ['-1.29', 'towardZero', '-1.2'],
    ['-1.21', 'awayFromZero', '-1.3'],
    ['1.25', 'halfUp', '1.3'],
    ['-1.25', 'halfUp', '-1.3'],
    ['1.25', 'halfEven', '1.2'],
    ['1.35', 'halfEven', '1.4'],
    ['1.2', 'ceil', '1.2'],
  ];
  it.each(table)('rounds %s %s to %s at one decimal', (value, rounding, expected) => {
    expect(round(new D(value), 1, rounding).toFixed()).toBe(expected);
  });
});

describe('divide', () => {
  it('keeps a terminating quotient exact when multiplying first', () => {
    const numerator = new D(60).times('0.00025').times(25);
    expect(divide(numerator, new D(24), 8, 'ceil').toFixed()).toBe('0.015625');
  });

  it('rounds a repeating quotient in the named direction for either sign', () => {
    expect(divide(new D(1), new D(3), 2, 'floor').toFixed()).toBe('0.33');
    expect(divide(new D(1), new D(3), 2, 'ceil').toFixed()).toBe('0.34');
    expect(divide(new D(-1), new D(3), 2, 'floor').toFixed()).toBe('-0.34');
    expect(divide(new D(-1), new D(3), 2, 'ceil').toFixed()).toBe('-0.33');
    expect(divide(new D(1), new D(-3), 2, 'towardZero').toFixed()).toBe('-0.33');
  });

  it('rounds up a remainder that lies beyond the scale (not a rounding of a truncation)', () => {
    // 1 + 10^-30 over 1: the remainder sits 22 places past the scale.
    expect(divide(new D('1.000000000000000000000000000001'), new D(1), 8, 'ceil').toFixed()).toBe('1.00000001');
  });

  it('leaves the rounding mode of returned values at the big.js default (halfUp)', () => {
    divide(new D(1), new D(3), 8, 'ceil');
    expect(new D('0.04333381').toFixed(5)).toBe('0.04333');
    expect(D.DP).toBe(20);
    expect(D.RM).toBe(1);
  });

  const ROUNDINGS: readonly Rounding[] = ['floor', 'ceil', 'towardZero', 'awayFromZero', 'halfUp', 'halfEven'];
  // Signed decimals of 1 to 40 digits at scales −10 … 30 (so both very large and very small).
  const signed = fc
    .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: -10, max: 30 }))
    .map(([units, scale]) => (scale >= 0 ? decimalFrom(units, scale) : `${units.toString()}e${-scale}`));

  it('gives the value big.js long division gives, at every scale and rounding, for either sign', () => {
    fc.assert(
      fc.property(signed, signed, fc.integer({ min: 0, max: 40 }), fc.constantFrom(...ROUNDINGS), (n, d, scale, rounding) => {
        fc.pre(!new TB(d).eq(0));
        const expected = reference(n, d, scale, rounding);
        const actual = divide(new D(n), new D(d), scale, rounding);
        expect(actual.toFixed()).toBe(expected.toFixed());
        // Built like a big.js value: same digits, exponent, sign and constructor.
        expect([actual.c, actual.e, actual.s]).toEqual([expected.c, expected.e, expected.s]);
        expect(actual.constructor).toBe(D);
      }),
      runs,
    );
  });

  // Up to 15 digits: the float64-integer path (exact below 2^52), and its edge at 2^52.
  const short = fc
    .tuple(fc.oneof(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.bigInt({ min: 2n ** 52n - 1000n, max: 2n ** 52n + 1000n })), fc.integer({ min: -8, max: 12 }))
    .map(([units, scale]) => (scale >= 0 ? decimalFrom(units, scale) : `${units.toString()}e${-scale}`));

  it('gives the value big.js long division gives for short operands, near 2^52 included', () => {
    fc.assert(
      fc.property(short, short, fc.integer({ min: 0, max: 16 }), fc.constantFrom(...ROUNDINGS), (n, d, scale, rounding) => {
        fc.pre(!new TB(d).eq(0));
        const expected = reference(n, d, scale, rounding);
        const actual = divide(new D(n), new D(d), scale, rounding);
        expect([actual.c, actual.e, actual.s]).toEqual([expected.c, expected.e, expected.s]);
      }),
      runs,
    );
  });

  it('breaks exact ties of short operands as big.js does', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 7n }), fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }), fc.integer({ min: 0, max: 6 }), fc.constantFrom(...ROUNDINGS), (d, q, scale, rounding) => {
        const n = new TB(d.toString()).times((2n * q + 1n).toString()).times(`5e-${scale + 1}`).toFixed();
        expect(divide(new D(n), new D(d.toString()), scale, rounding).toFixed()).toBe(reference(n, d.toString(), scale, rounding).toFixed());
      }),
      runs,
    );
  });

  it('breaks exact ties (remainder half the divisor) as big.js does', () => {
    // n = d × (2q + 1) / 2 × 10^-scale: the quotient lies exactly halfway between two steps.
    fc.assert(
      fc.property(signed, fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 12 }), fc.constantFrom(...ROUNDINGS), (d, q, scale, rounding) => {
        fc.pre(!new TB(d).eq(0));
        const n = new TB(d).times((2n * q + 1n).toString()).times(`5e-${scale + 1}`).toFixed();
        expect(divide(new D(n), new D(d), scale, rounding).toFixed()).toBe(reference(n, d, scale, rounding).toFixed());
      }),
      runs,
    );
  });

  it('multiply gives the product big.js times gives, short or long, for either sign', () => {
    // operands of 1 to 120 digits, so both the big.js path and the native-integer path are taken
    const long = fc
      .tuple(fc.bigInt({ min: -(10n ** 120n), max: 10n ** 120n }), fc.integer({ min: -30, max: 90 }))
      .map(([units, scale]) => (scale >= 0 ? decimalFrom(units, scale) : `${units.toString()}e${-scale}`));
    const value = fc.oneof(signed, long, fc.constantFrom('0', '-0', '1', '-1'));
    fc.assert(
      fc.property(value, value, (a, b) => {
        const expected = new TB(a).times(new TB(b));
        const actual = multiply(new D(a), new D(b));
        expect(actual.toFixed()).toBe(expected.toFixed());
        expect([actual.c, actual.e]).toEqual([expected.c, expected.e]);
        expect(actual.constructor).toBe(D);
      }),
      runs,
    );
  });

  it('compare answers what big.js cmp answers, zeros of either sign included', () => {
    const value = fc.oneof(signed, fc.constantFrom('0', '-0', '1', '-1', '1e-30', '10'));
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(compare(new D(a), new D(b))).toBe(new TB(a).cmp(new TB(b)));
        expect(compare(new D(a), new D(a))).toBe(0);
      }),
      runs,
    );
  });

  it('never returns negative zero', () => {
    expect(divide(new D('-1'), new D('3'), 0, 'ceil').s).toBe(1);
    expect(divide(new D('0'), new D('-3'), 4, 'floor').s).toBe(1);
  });

  it('never changes the settings of the global Big', () => {
    const before = [Big.DP, Big.RM];
    riskRate({ assets: '3', liabilities: '2' });
    accruedInterest({ principal: '1000', rate: '0.0002', from: 0, to: 7_200_000, clock: { kind: 'clockHours' } });
    expect([Big.DP, Big.RM]).toEqual(before);
  });
});

/** big.js's own long division in a test-side constructor: the reference `divide` must agree with. */
function reference(n: string, d: string, scale: number, rounding: Rounding): Big.Big {
  const negative = new TB(n).s !== new TB(d).s && !new TB(n).eq(0);
  const Ref = Big();
  Ref.DP = scale;
  Ref.RM = ({ floor: negative ? 3 : 0, ceil: negative ? 0 : 3, towardZero: 0, awayFromZero: 3, halfUp: 1, halfEven: 2 } as const)[rounding];
  const q = new Ref(n).div(new Ref(d));
  // big.js keeps −0 (e.g. −1/3 rounded toward zero at scale 0); the library's zero has no sign.
  return q.eq(0) ? new Ref(0) : q;
}
