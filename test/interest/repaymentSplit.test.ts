import { describe, expect, it } from 'vitest';
import { annualRate, repaymentSplit } from '../../src/index.js';
import { NOT_DECIMALS, expectCode } from '../expectCode.js';

describe('repaymentSplit', () => {
  it('pays interest before any principal', () => {
    const split = repaymentSplit({ amount: '100', interest: '1.5', principal: '1000' });
    expect([split.interestPaid, split.principalPaid, split.excess, split.interestLeft, split.principalLeft].map((x) => x.toFixed())).toEqual(['1.5', '98.5', '0', '0', '901.5']);
  });

  it('pays only interest when the amount does not cover it', () => {
    const split = repaymentSplit({ amount: '1', interest: '1.5', principal: '1000' });
    expect([split.interestPaid, split.principalPaid, split.interestLeft].map((x) => x.toFixed())).toEqual(['1', '0', '0.5']);
  });

  it('returns what exceeds the whole debt as excess', () => {
    // Bitget article 12560603799000: total repayment 10,000.15784875 USDT
    const split = repaymentSplit({ amount: '10001', interest: '0.15784875', principal: '10000' });
    expect([split.interestPaid, split.principalPaid, split.excess].map((x) => x.toFixed())).toEqual(['0.15784875', '10000', '0.84215125']);
  });

  it('rejects bad and negative input with coded errors', () => {
    for (const value of NOT_DECIMALS) expectCode(() => repaymentSplit({ amount: value as string, interest: '0', principal: '0' }), 'INVALID_DECIMAL', 'amount');
    expectCode(() => repaymentSplit({ amount: '1', interest: '-1', principal: '0' }), 'NEGATIVE_AMOUNT', 'interest');
    expectCode(() => repaymentSplit({ amount: '1', interest: '0', principal: '-1' }), 'NEGATIVE_AMOUNT', 'principal');
  });
});

describe('annualRate', () => {
  it('is the daily rate times 365', () => {
    expect(annualRate('0.0002').toFixed()).toBe('0.073');
  });

  it('rejects bad and negative rates with coded errors', () => {
    expectCode(() => annualRate('abc'), 'INVALID_DECIMAL', 'dailyRate');
    expectCode(() => annualRate(-0.1), 'INVALID_RATE', 'dailyRate');
  });
});
