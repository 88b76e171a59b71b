import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accruedInterest, chargeInstants, type AccruedInterestInput, type InterestClock } from '../../src/index.js';
import { TB, amount, duration, instant, rate, runs } from '../arbitraries.js';

const H = 3_600_000;

const clock: fc.Arbitrary<InterestClock> = fc.oneof(
  fc.constant<InterestClock>({ kind: 'clockHours' }),
  fc.record({ kind: fc.constant('elapsedPeriods' as const), periodHours: fc.constantFrom(1, 4, 8), openingCharge: fc.boolean() }),
  fc.record({ kind: fc.constant('snapshots' as const), periodHours: fc.constantFrom(1, 8) }),
  fc.constant<InterestClock>({ kind: 'continuous' }),
);
const discreteClock = clock.filter((c) => c.kind !== 'continuous');

const loan = fc.record({
  principal: amount(),
  rate,
  from: instant,
  length: duration(),
  clock,
  compounding: fc.boolean(),
});

type GeneratedLoan = { principal: string; rate: string; from: number; length: number; clock: InterestClock; compounding: boolean };

function input(l: GeneratedLoan) {
  return {
    principal: l.principal,
    rate: l.rate,
    from: l.from,
    to: l.from + l.length,
    clock: l.clock,
    compounding: l.compounding && l.clock.kind !== 'continuous',
  };
}

type Loan = Omit<AccruedInterestInput, 'to' | 'since'>;

/** Interest accrued once over [from, last of times) and in pieces cut at each of `times`. */
function wholeAndPieces(loan: Loan, times: readonly number[]) {
  let pieces = accruedInterest({ ...loan, to: times[0] as number });
  for (let i = 1; i < times.length; i++) pieces = pieces.plus(accruedInterest({ ...loan, since: times[i - 1] as number, to: times[i] as number }));
  return { whole: accruedInterest({ ...loan, to: times[times.length - 1] as number }), pieces };
}

/** The instants reached from `from` by successive gaps. */
function after(from: number, gaps: readonly number[]): number[] {
  let t = from;
  return gaps.map((g) => (t += g));
}

describe('accruedInterest laws', () => {
  it('is never negative', () => {
    fc.assert(
      fc.property(loan, (l) => {
        expect(accruedInterest(input(l)).gte(0)).toBe(true);
      }),
      runs,
    );
  });

  it('never falls when the principal grows', () => {
    fc.assert(
      fc.property(loan, amount(), (l, extra) => {
        const more = { ...input(l), principal: new TB(l.principal).plus(extra).toFixed() };
        expect(accruedInterest(more).gte(accruedInterest(input(l)))).toBe(true);
      }),
      runs,
    );
  });

  it('never falls when the rate grows', () => {
    fc.assert(
      fc.property(loan, rate, (l, extra) => {
        const more = { ...input(l), rate: new TB(l.rate).plus(extra).toFixed() };
        expect(accruedInterest(more).gte(accruedInterest(input(l)))).toBe(true);
      }),
      runs,
    );
  });

  it('never falls as time passes', () => {
    fc.assert(
      fc.property(loan, duration(50), (l, later) => {
        const longer = { ...input(l), to: l.from + l.length + later };
        expect(accruedInterest(longer).gte(accruedInterest(input(l)))).toBe(true);
      }),
      runs,
    );
  });

  it('charges clockHours once at borrow plus once per UTC hour boundary crossed', () => {
    fc.assert(
      fc.property(instant, duration(), (from, length) => {
        const to = from + length;
        // multiples of H strictly inside (from, to), counted independently of the library
        const boundaries = Math.max(0, Math.ceil(to / H) - 1 - Math.floor(from / H));
        expect(chargeInstants({ from, to, clock: { kind: 'clockHours' } })).toHaveLength(1 + boundaries);
        // and the amount bills exactly that many hours: principal × rate × charges / 24, rounded up
        const interest = accruedInterest({ principal: '2400', rate: '0.01', from, to, clock: { kind: 'clockHours' } });
        expect(interest.eq(1 + boundaries)).toBe(true);
      }),
      runs,
    );
  });

  // Times on a 36-second grid keep continuous accrual terminating (ms / 3,600,000 has ≤ 3 decimals),
  // and rate periods of 2^a·5^b hours keep every division terminating: nothing
  // rounds at scale 24 (at most 23 places arise), so the pieces must sum to the whole exactly.
  const gridInstant = fc.integer({ min: 0, max: 2_000_000 }).map((k) => Date.UTC(2024, 0, 1) + k * 36_000);
  const cuts = fc.array(fc.integer({ min: 0, max: 200 * 100 }), { minLength: 1, maxLength: 6 });

  it('accrues the same total in pieces as at once (path independence, exact arithmetic)', () => {
    fc.assert(
      fc.property(amount(), rate, gridInstant, cuts, clock, fc.constantFrom(1, 2, 4, 8, 10, 16), (principal, r, from, steps, c, ratePeriodHours) => {
        const times = [...new Set(steps.map((s) => from + s * 36_000))].sort((a, b) => a - b);
        const common = { principal, rate: r, from, clock: c, ratePeriodHours, scale: 24 };
        const { whole, pieces } = wholeAndPieces(common, times);
        expect(pieces.eq(whole)).toBe(true);
      }),
      runs,
    );
  });

  it('accrues in pieces within the ceil rounding of each piece of the whole, never below it (daily rates, scale 8)', () => {
    fc.assert(
      fc.property(amount({ min: 100n }), rate.filter((r) => new TB(r).gte('0.0001')), instant, fc.array(duration(30), { minLength: 1, maxLength: 6 }), clock, (principal, r, from, gaps, c) => {
        const times = after(from, gaps);
        const { whole, pieces } = wholeAndPieces({ principal, rate: r, from, clock: c }, times);
        const excess = pieces.minus(whole);
        expect(excess.gte(0)).toBe(true);
        expect(excess.lte(new TB('0.00000001').times(times.length - 1))).toBe(true);
      }),
      runs,
    );
  });

  it('compounds in pieces exactly as at once (each charge posted once)', () => {
    fc.assert(
      fc.property(amount(), rate, instant, fc.array(duration(30), { minLength: 1, maxLength: 5 }), discreteClock, (principal, r, from, gaps, c) => {
        const { whole, pieces } = wholeAndPieces({ principal, rate: r, from, clock: c, compounding: true }, after(from, gaps));
        expect(pieces.eq(whole)).toBe(true);
      }),
      runs,
    );
  });

  it('compounds as posting each charge in turn: ceil(owed × rate × hours / ratePeriodHours) at scale, added to the debt', () => {
    // The reference posts every charge with test-side big.js; rates up to 0.9 a day make charges
    // that grow the debt a lot, small ones charges far below its last place, under two discounts.
    // Dividing by 24 to 100 places is exact enough to round up: the numerator has far fewer places,
    // so any remainder shows within them.
    const Exact = Big();
    Exact.DP = 100;
    const rateOf = fc.oneof(rate, fc.integer({ min: 1, max: 900 }).map((k) => new TB(k).div(1000).toFixed()));
    const discount = fc.record({ rateMultiplier: fc.constantFrom('0.5', '0.9', '0.123'), after: fc.integer({ min: 0, max: 60 }) });
    fc.assert(
      fc.property(amount(), rateOf, instant, fc.integer({ min: 1, max: 120 }), fc.constantFrom(0, 2, 8), fc.array(discount, { maxLength: 2 }), (principal, r, from, hours, scale, given) => {
        const discounts = given.map((d) => ({ rateMultiplier: d.rateMultiplier, from: from + d.after * H }));
        const loanInput = { principal, rate: r, from, to: from + hours * H, clock: { kind: 'clockHours' } as const, ratePeriodHours: 24, scale, compounding: true, discounts };
        const instants = chargeInstants(loanInput);
        let owed = new Exact(principal);
        let total = new Exact(0);
        for (const at of instants) {
          // the discounts stack: every one in force at the charge multiplies the rate
          const multiplier = discounts.filter((d) => d.from <= at).reduce((m, d) => m.times(d.rateMultiplier), new Exact(1));
          const charge = owed.times(r).times(multiplier).div(24).round(scale, 3);
          owed = owed.plus(charge);
          total = total.plus(charge);
        }
        expect(accruedInterest(loanInput).toFixed(scale)).toBe(total.toFixed(scale));
      }),
      runs,
    );
  });

  it('lists charge instants in pieces that concatenate to the whole', () => {
    fc.assert(
      fc.property(instant, duration(), duration(), discreteClock, (from, a, b, c) => {
        const [mid, to] = [from + Math.min(a, b), from + Math.max(a, b)];
        const first = chargeInstants({ from, to: mid, clock: c });
        const rest = chargeInstants({ from, since: mid, to, clock: c });
        expect([...first, ...rest]).toEqual(chargeInstants({ from, to, clock: c }));
      }),
      runs,
    );
  });
});
