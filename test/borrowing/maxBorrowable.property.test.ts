import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxBorrowable } from '../../src/index.js';
import { TB, amount, leverage, runs } from '../arbitraries.js';

const limits = fc.record({
  margin: amount(),
  maxLeverage: leverage,
  borrowed: fc.option(amount(), { nil: undefined }),
  coinLimit: fc.option(amount(), { nil: undefined }),
  poolRemaining: fc.option(amount(), { nil: undefined }),
});

type Limits = { margin: string; maxLeverage: string; borrowed: string | undefined; coinLimit: string | undefined; poolRemaining: string | undefined };

function definedOnly(l: Limits) {
  return Object.fromEntries(Object.entries(l).filter(([, v]) => v !== undefined)) as { margin: string; maxLeverage: string };
}

/** The three rooms as the test computes them from Bitget's borrowing limit (docs/borrowing.md), unrounded; absent limits are Infinity. */
function rooms(l: Limits) {
  const borrowed = new TB(l.borrowed ?? 0);
  return {
    leverage: new TB(l.margin).times(new TB(l.maxLeverage).minus(1)).minus(borrowed),
    coinLimit: l.coinLimit === undefined ? null : new TB(l.coinLimit).minus(borrowed),
    pool: l.poolRemaining === undefined ? null : new TB(l.poolRemaining),
  };
}

describe('maxBorrowable laws', () => {
  it('never exceeds any of the three limits and is never negative', () => {
    fc.assert(
      fc.property(limits, (l) => {
        const { amount: result } = maxBorrowable(definedOnly(l));
        expect(result.gte(0)).toBe(true);
        for (const room of Object.values(rooms(l))) {
          if (room !== null && room.gte(0)) expect(result.lte(room)).toBe(true);
        }
      }),
      runs,
    );
  });

  it('equals the named limit, floored at 8 places (or 0 when that limit is used up)', () => {
    fc.assert(
      fc.property(limits, (l) => {
        const result = maxBorrowable(definedOnly(l));
        const all = rooms(l);
        const named = all[result.limitedBy];
        expect(named).not.toBeNull();
        const expected = (named as InstanceType<typeof TB>).lt(0) ? new TB(0) : (named as InstanceType<typeof TB>).round(8, 0);
        expect(result.amount.eq(expected)).toBe(true);
        // and the named limit is the smallest
        for (const room of Object.values(all)) if (room !== null) expect((named as InstanceType<typeof TB>).lte(room)).toBe(true);
      }),
      runs,
    );
  });

  it("agrees with Binance's initial-risk-ratio form: (assets − IRR × debt) / (IRR − 1), IRR = L / (L − 1)", () => {
    const strictLeverage = leverage.filter((x) => new TB(x).gt(1));
    fc.assert(
      fc.property(amount(), strictLeverage, amount(), (margin, maxLeverage, borrowed) => {
        const result = maxBorrowable({ margin, maxLeverage, borrowed, scale: 24 }); // exact: at most 10 places arise
        const L = new TB(maxLeverage);
        const debt = new TB(borrowed);
        const assets = new TB(margin).plus(debt); // collateral plus the borrowed funds held
        // (assets − IRR·debt)/(IRR − 1) with IRR = L/(L−1), multiplied through by (L − 1): exact.
        const irrForm = assets.times(L.minus(1)).minus(L.times(debt));
        expect(result.amount.eq(irrForm.lt(0) ? 0 : irrForm)).toBe(true);
      }),
      runs,
    );
  });
});
