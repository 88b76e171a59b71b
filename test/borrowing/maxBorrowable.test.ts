import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import { maxBorrowable } from '../../src/index.js';
import { NOT_DECIMALS, expectCode } from '../expectCode.js';

describe('maxBorrowable', () => {
  it('never returns a negative amount when more is borrowed than the room allows', () => {
    const result = maxBorrowable({ margin: '1000', maxLeverage: 3, borrowed: '2500' });
    expect(result.amount.toFixed()).toBe('0');
    expect(result.limitedBy).toBe('leverage');
  });

  it('is zero at 1x: no leverage, nothing to borrow', () => {
    expect(maxBorrowable({ margin: '1000', maxLeverage: 1 }).amount.toFixed()).toBe('0');
  });

  it('names the first limit on a tie (leverage before coinLimit before pool)', () => {
    expect(maxBorrowable({ margin: '100', maxLeverage: 3, coinLimit: '200', poolRemaining: '200' }).limitedBy).toBe('leverage');
    expect(maxBorrowable({ margin: '100', maxLeverage: 3, coinLimit: '150', poolRemaining: '150' }).limitedBy).toBe('coinLimit');
  });

  it('rounds floor at the scale, never in the trader\'s favour', () => {
    expect(maxBorrowable({ margin: '0.333333333', maxLeverage: 2 }).amount.toFixed()).toBe('0.33333333');
    expect(maxBorrowable({ margin: '10.55', maxLeverage: 2, scale: 1 }).amount.toFixed()).toBe('10.5');
  });

  it('accepts numbers and Big values as well as strings', () => {
    expect(maxBorrowable({ margin: 100, maxLeverage: new Big(10) }).amount.toFixed()).toBe('900');
  });

  it('returns a frozen result', () => {
    expect(Object.isFrozen(maxBorrowable({ margin: '1', maxLeverage: 2 }))).toBe(true);
  });

  describe('bad input', () => {
    it.each(NOT_DECIMALS.map((v) => [String(v), v] as const))('rejects margin %s with INVALID_DECIMAL', (_l, value) => {
      expectCode(() => maxBorrowable({ margin: value as string, maxLeverage: 3 }), 'INVALID_DECIMAL', 'margin');
    });

    it('rejects garbage in every optional field with INVALID_DECIMAL naming it', () => {
      for (const field of ['borrowed', 'coinLimit', 'poolRemaining'] as const) {
        expectCode(() => maxBorrowable({ margin: '1', maxLeverage: 3, [field]: 'abc' }), 'INVALID_DECIMAL', field);
      }
      expectCode(() => maxBorrowable({ margin: '1', maxLeverage: NaN }), 'INVALID_DECIMAL', 'maxLeverage');
    });

    it('rejects negative amounts with NEGATIVE_AMOUNT naming the field', () => {
      expectCode(() => maxBorrowable({ margin: '-1', maxLeverage: 3 }), 'NEGATIVE_AMOUNT', 'margin');
      for (const field of ['borrowed', 'coinLimit', 'poolRemaining'] as const) {
        expectCode(() => maxBorrowable({ margin: '1', maxLeverage: 3, [field]: '-0.01' }), 'NEGATIVE_AMOUNT', field);
      }
    });

    it('rejects leverage below 1 with INVALID_LEVERAGE', () => {
      expectCode(() => maxBorrowable({ margin: '1', maxLeverage: '0.99' }), 'INVALID_LEVERAGE', 'maxLeverage');
      expectCode(() => maxBorrowable({ margin: '1', maxLeverage: -3 }), 'INVALID_LEVERAGE', 'maxLeverage');
    });

    it('rejects a scale that is not a whole number from 0 to 1000 with INVALID_SCALE', () => {
      expectCode(() => maxBorrowable({ margin: '1', maxLeverage: 3, scale: 1.5 }), 'INVALID_SCALE', 'scale');
      expectCode(() => maxBorrowable({ margin: '1', maxLeverage: 3, scale: -1 }), 'INVALID_SCALE', 'scale');
    });
  });
});
