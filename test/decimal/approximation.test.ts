import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approximate, certainSign, TOLERANCE } from '../../src/decimal/approximation.js';
import { D } from '../../src/decimal/constructor.js';
import { TB, decimalFrom, runs } from '../arbitraries.js';

describe('float shadows (approximate, certainSign)', () => {
  it('stay within 1e-14 of the value, relative, over the accepted range, and refuse the rest', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 30n - 1n }), fc.integer({ min: -60, max: 60 }), (units, scale) => {
        const text = scale >= 0 ? decimalFrom(units, scale) : `${units}e${-scale}`;
        const shadow = approximate(new D(text));
        const error = new TB(shadow).minus(text).abs().div(text);
        expect(error.lt('1e-14')).toBe(true);
      }),
      runs,
    );
    expect(approximate(new D('1e-150'))).toBeNaN();
    expect(approximate(new D('1e150'))).toBeNaN();
    expect(approximate(new D('1.' + '1'.repeat(40)))).toBeNaN();
    expect(approximate(new D('-2.5'))).toBe(-2.5);
    expect(approximate(new D('0'))).toBe(0);
  });

  it('trust a sign only beyond the tolerance, never at a tie or on NaN', () => {
    expect(certainSign(1, 1)).toBe(1);
    expect(certainSign(-1, 1)).toBe(-1);
    expect(certainSign(0, 1)).toBe(0);
    expect(certainSign(TOLERANCE / 2, 1)).toBe(0);
    expect(certainSign(NaN, 1)).toBe(0);
    expect(certainSign(1, NaN)).toBe(0);
  });
});
