import { describe, expect, it } from 'vitest';
import { accruedInterest, chargeInstants, type AccruedInterestInput, type InterestClock } from '../../src/index.js';
import { NOT_DECIMALS, expectCode } from '../expectCode.js';

const H = 3_600_000;
const T0 = Date.UTC(2024, 2, 1, 0, 10);
const base: AccruedInterestInput = { principal: '10000', rate: '0.000126279', from: T0, to: T0 + 140 * 60_000, clock: { kind: 'clockHours' } };

describe('chargeInstants', () => {
  it('charges clockHours at the borrow and at each UTC hour boundary strictly inside', () => {
    expect(chargeInstants(base)).toEqual([T0, Date.UTC(2024, 2, 1, 1), Date.UTC(2024, 2, 1, 2)]);
  });

  it('does not charge an hour boundary that equals the end (end-exclusive)', () => {
    expect(chargeInstants({ from: T0, to: Date.UTC(2024, 2, 1, 1), clock: { kind: 'clockHours' } })).toEqual([T0]);
  });

  it('makes the borrow-time charge even when the loan is repaid at once', () => {
    expect(chargeInstants({ from: T0, to: T0, clock: { kind: 'clockHours' } })).toEqual([T0]);
    expect(chargeInstants({ from: T0, to: T0, clock: { kind: 'elapsedPeriods', openingCharge: true } })).toEqual([T0, T0]);
    expect(chargeInstants({ from: T0, to: T0, clock: { kind: 'snapshots' } })).toEqual([]);
  });

  it('counts elapsedPeriods per started period from the loan time', () => {
    const clock: InterestClock = { kind: 'elapsedPeriods', periodHours: 4, openingCharge: true };
    expect(chargeInstants({ from: T0, to: T0 + 25 * H, clock })).toEqual([T0, T0, T0 + 4 * H, T0 + 8 * H, T0 + 12 * H, T0 + 16 * H, T0 + 20 * H, T0 + 24 * H]);
  });

  it('aligns snapshots of several hours to UTC boundaries', () => {
    const from = Date.UTC(2024, 2, 1, 5);
    expect(chargeInstants({ from, to: Date.UTC(2024, 2, 2, 1), clock: { kind: 'snapshots', periodHours: 8 } })).toEqual([
      Date.UTC(2024, 2, 1, 8),
      Date.UTC(2024, 2, 1, 16),
      Date.UTC(2024, 2, 2, 0),
    ]);
  });

  it('has no discrete charges under the continuous clock', () => {
    expect(chargeInstants({ ...base, clock: { kind: 'continuous' } })).toEqual([]);
  });

  it('with since, lists only the charges made after it', () => {
    expect(chargeInstants({ ...base, since: T0 })).toEqual([Date.UTC(2024, 2, 1, 1), Date.UTC(2024, 2, 1, 2)]);
    expect(chargeInstants({ ...base, since: Date.UTC(2024, 2, 1, 1) })).toEqual([Date.UTC(2024, 2, 1, 1), Date.UTC(2024, 2, 1, 2)]);
    expect(chargeInstants({ ...base, since: Date.UTC(2024, 2, 1, 1, 30) })).toEqual([Date.UTC(2024, 2, 1, 2)]);
  });
});

describe('accruedInterest', () => {
  it('charges nothing on a zero principal or a zero rate', () => {
    expect(accruedInterest({ ...base, principal: '0' }).toFixed()).toBe('0');
    expect(accruedInterest({ ...base, rate: '0' }).toFixed()).toBe('0');
  });

  it('rounds ceil at the scale, against the borrower', () => {
    // 1000 × 0.0002 × 1 / 24 = 0.008333…
    const oneHour = { principal: '1000', rate: '0.0002', from: T0, to: T0, clock: { kind: 'clockHours' } } as const;
    expect(accruedInterest(oneHour).toFixed()).toBe('0.00833334');
    expect(accruedInterest({ ...oneHour, scale: 2 }).toFixed()).toBe('0.01');
  });

  it('accrues continuously to the millisecond', () => {
    const input = { principal: '2400', rate: '0.01', from: 0, to: 30 * 60_000, clock: { kind: 'continuous' } } as const;
    // 2400 × 0.01 × 0.5 h / 24 h = 0.5
    expect(accruedInterest(input).toFixed()).toBe('0.5');
  });

  it('applies a discount only to charges whose instant lies inside its window', () => {
    // Three charges (00:10, 01:00, 02:00); a half-price coupon granted at 00:30 starts at the 01:00 settlement.
    const coupon = { rateMultiplier: '0.5', from: Date.UTC(2024, 2, 1, 0, 30) };
    const full = accruedInterest(base);
    const discounted = accruedInterest({ ...base, discounts: [coupon] });
    expect(full.toFixed()).toBe('0.15784875');
    // 10000 × 0.000126279 × (1 + 0.5 + 0.5) / 24 = 0.1052325
    expect(discounted.toFixed()).toBe('0.1052325');
  });

  it('multiplies overlapping discounts', () => {
    const discounts = [{ rateMultiplier: '0.98' }, { rateMultiplier: '0.5' }];
    // 10000 × 0.000126279 × 3 × 0.49 / 24 = 0.0773458875 → ceil 0.07734589
    expect(accruedInterest({ ...base, discounts }).toFixed()).toBe('0.07734589');
  });

  it('applies a discount window pro rata under the continuous clock', () => {
    const input = { principal: '2400', rate: '0.01', from: 0, to: 2 * H, clock: { kind: 'continuous' }, discounts: [{ rateMultiplier: '0', from: 0, to: H }] } as const;
    // only the second hour bills: 2400 × 0.01 × 1 / 24 = 1
    expect(accruedInterest(input).toFixed()).toBe('1');
  });

  it("bills the first charge at openingRate and the rest at rate (Kraken's opening fee and 4-hour rollovers)", () => {
    // 60 USD, opening fee 0.02%, rollovers 0.01% per 4 h, 9 hours: opening at 0 h, rollovers at 4 h and 8 h
    const kraken = { principal: '60', rate: '0.0001', openingRate: '0.0002', ratePeriodHours: 4, from: T0, clock: { kind: 'elapsedPeriods', periodHours: 4 } } as const;
    expect(accruedInterest({ ...kraken, to: T0 + 9 * H }).toFixed()).toBe('0.024'); // 0.012 + 2 × 0.006
    expect(accruedInterest({ ...kraken, to: T0 + 10 * 60_000 }).toFixed()).toBe('0.012'); // the opening fee alone
    // accruing after the opening: only rollovers, at the rollover rate
    expect(accruedInterest({ ...kraken, to: T0 + 9 * H, since: T0 + H }).toFixed()).toBe('0.012');
    // the same with compounding: the opening charge first, each rounded as it is posted
    // 0.012; 60.012 × 0.0001 = 0.0060012; 60.0180012 × 0.0001 = 0.0060018… → 0.00600181 (↑): 0.02400301
    expect(accruedInterest({ ...kraken, to: T0 + 9 * H, compounding: true }).toFixed()).toBe('0.02400301');
    // a clock with no charge at the borrow has no opening charge to bill
    expectCode(() => accruedInterest({ ...kraken, to: T0 + 9 * H, clock: { kind: 'snapshots' } }), 'INVALID_CLOCK', 'openingRate');
    expectCode(() => accruedInterest({ ...kraken, to: T0 + 9 * H, clock: { kind: 'continuous' } }), 'INVALID_CLOCK', 'openingRate');
  });

  describe('bad input', () => {
    it.each(NOT_DECIMALS.map((v) => [String(v), v] as const))('rejects principal and rate %s with INVALID_DECIMAL', (_l, value) => {
      expectCode(() => accruedInterest({ ...base, principal: value as string }), 'INVALID_DECIMAL', 'principal');
      expectCode(() => accruedInterest({ ...base, rate: value as string }), 'INVALID_DECIMAL', 'rate');
    });

    it('rejects a negative principal with NEGATIVE_AMOUNT', () => {
      expectCode(() => accruedInterest({ ...base, principal: '-1' }), 'NEGATIVE_AMOUNT', 'principal');
    });

    it('rejects a negative rate, multiplier or rate period with INVALID_RATE', () => {
      expectCode(() => accruedInterest({ ...base, rate: '-0.0001' }), 'INVALID_RATE', 'rate');
      expectCode(() => accruedInterest({ ...base, discounts: [{ rateMultiplier: '-1' }] }), 'INVALID_RATE', 'discounts[0].rateMultiplier');
      expectCode(() => accruedInterest({ ...base, ratePeriodHours: 0 }), 'INVALID_RATE', 'ratePeriodHours');
      expectCode(() => accruedInterest({ ...base, ratePeriodHours: Infinity }), 'INVALID_RATE', 'ratePeriodHours');
    });

    it('rejects to before from, and since outside the window, with INVALID_TIME_RANGE', () => {
      expectCode(() => accruedInterest({ ...base, to: base.from - 1 }), 'INVALID_TIME_RANGE');
      expectCode(() => chargeInstants({ ...base, to: base.from - 1 }), 'INVALID_TIME_RANGE');
      expectCode(() => accruedInterest({ ...base, since: base.from - 1 }), 'INVALID_TIME_RANGE');
      expectCode(() => accruedInterest({ ...base, since: base.to + 1 }), 'INVALID_TIME_RANGE');
      expectCode(() => accruedInterest({ ...base, discounts: [{ rateMultiplier: '1', from: 10, to: 5 }] }), 'INVALID_TIME_RANGE');
    });

    it('rejects instants that are not whole epoch milliseconds with INVALID_TIME', () => {
      expectCode(() => accruedInterest({ ...base, from: NaN }), 'INVALID_TIME', 'from');
      expectCode(() => accruedInterest({ ...base, to: 1.5 }), 'INVALID_TIME', 'to');
      expectCode(() => chargeInstants({ ...base, to: Infinity }), 'INVALID_TIME', 'to');
    });

    it('rejects an unknown clock or a bad period with INVALID_CLOCK', () => {
      expectCode(() => accruedInterest({ ...base, clock: { kind: 'weekly' } as unknown as InterestClock }), 'INVALID_CLOCK', 'clock.kind');
      expectCode(() => accruedInterest({ ...base, clock: { kind: 'snapshots', periodHours: 0 } }), 'INVALID_CLOCK', 'clock.periodHours');
      expectCode(() => chargeInstants({ ...base, clock: { kind: 'elapsedPeriods', periodHours: -4 } }), 'INVALID_CLOCK', 'clock.periodHours');
      expectCode(() => accruedInterest({ ...base, clock: { kind: 'continuous' }, compounding: true }), 'INVALID_CLOCK', 'compounding');
    });
  });
});
