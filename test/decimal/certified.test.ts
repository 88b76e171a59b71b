import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type Big from 'big.js';
import { accruedInterest, bankruptcyPrice, chargeInstants, liquidationPrice, spotLiquidationPrice } from '../../src/index.js';
import { certifiedQuotient, shadow, SUM_ERROR } from '../../src/decimal/certified.js';
import { D } from '../../src/decimal/constructor.js';
import { TB, decimalFrom, runs } from '../arbitraries.js';

// Results certified from float64 must be exactly what plain big.js arithmetic gives: each property
// computes its reference with a test-side big.js (exact products and sums) and an exact integer
// division for the final rounding, on random inputs and on inputs built to land exactly on the grid
// (ties), where only the exact path may answer.

/** An exact rounding of n/d at `scale` places, the named way, by integer division (n, d > 0). */
function roundQuotient(n: Big, d: Big, scale: number, rounding: 'ceil' | 'floor'): string {
  const [nUnits, nScale] = unitsOf(n);
  const [dUnits, dScale] = unitsOf(d);
  // n/d × 10^s = nUnits × 10^(dScale + s) / (dUnits × 10^nScale)
  const top = nUnits * 10n ** BigInt(dScale + scale);
  const bottom = dUnits * 10n ** BigInt(nScale);
  let q = top / bottom;
  if (rounding === 'ceil' && q * bottom !== top) q += 1n;
  return new TB(decimalFrom(q, scale)).toFixed();
}

/** A positive decimal as integer units and a scale: value = units × 10^-scale. */
function unitsOf(value: Big): [bigint, number] {
  const text = value.toFixed();
  const [whole, fraction = ''] = text.split('.');
  return [BigInt(`${whole}${fraction}`), fraction.length];
}

const units = (max: number, scale: number) => fc.integer({ min: 1, max: max * 10 ** scale }).map((u) => decimalFrom(BigInt(u), scale));

describe('certifiedGrid: the grid point every value of the interval rounds to, or none', () => {
  it('equals the exact rounding of n/d at every scale, up and down, ties included', () => {
    let ties = 0;
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 14n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 10 }),
        fc.boolean(),
        fc.constantFrom<'ceil' | 'floor'>('ceil', 'floor'),
        (a, b, scale, onGrid, rounding) => {
          // onGrid: n/d is exactly k × 10^-scale
          const n = onGrid ? new TB(a.toString()).times(b.toString()) : new TB(a.toString());
          const d = onGrid ? new TB(b.toString()).times(new TB(10).pow(scale)) : new TB(b.toString());
          const nd = new D(n.toFixed());
          const dd = new D(d.toFixed());
          const certified = certifiedQuotient(shadow(nd), Math.abs(shadow(nd)) * SUM_ERROR, shadow(dd), Math.abs(shadow(dd)) * SUM_ERROR, scale, rounding);
          if (onGrid) {
            ties++;
            expect(certified).toBeUndefined(); // a value on the grid is never decided from floats
          }
          if (certified !== undefined) expect(certified.toFixed()).toBe(roundQuotient(n, d, scale, rounding));
        },
      ),
      runs,
    );
    expect(ties).toBeGreaterThan(0);
  });
});

describe('liquidationPrice: certified results equal the exact solution', () => {
  const position = fc.record({
    side: fc.constantFrom<'long' | 'short'>('long', 'short'),
    basis: fc.constantFrom<'mark' | 'entry'>('mark', 'entry'),
    entry: units(150_000, 2),
    quantity: units(50, 6),
    rate: fc.integer({ min: 0, max: 50_000 }).map((u) => decimalFrom(BigInt(u), 6)),
    amount: fc.oneof(fc.constant('0'), units(500, 2)),
    scale: fc.integer({ min: 0, max: 8 }),
  });

  /** The linear solution from the docs' equation, in test-side big.js: (numerator, denominator) for margin M. */
  function fraction(p: { side: string; basis: string; entry: string; quantity: string; rate: string; amount: string }, margin: Big): [Big, Big] {
    const Q = new TB(p.quantity);
    const E = new TB(p.entry);
    const r = new TB(p.rate);
    const c = new TB(p.amount);
    const long = p.side === 'long';
    if (p.basis === 'mark') return long ? [Q.times(E).minus(c).minus(margin), Q.times(new TB(1).minus(r))] : [Q.times(E).plus(c).plus(margin), Q.times(new TB(1).plus(r))];
    return long ? [Q.times(E).times(new TB(1).plus(r)).minus(c).minus(margin), Q] : [Q.times(E).times(new TB(1).minus(r)).plus(c).plus(margin), Q];
  }

  const call = (p: { side: 'long' | 'short'; basis: 'mark' | 'entry'; entry: string; quantity: string; rate: string; amount: string; scale: number }, margin: string) =>
    liquidationPrice({ side: p.side, entryPrice: p.entry, quantity: p.quantity, margin, maintenanceMarginRate: p.rate, maintenanceAmount: p.amount, maintenanceBasis: p.basis, scale: p.scale });

  it('on random positions', () => {
    fc.assert(
      fc.property(position, units(2_000_000, 8), (p, margin) => {
        const [n, d] = fraction(p, new TB(margin));
        const expected = n.gt(0) && d.gt(0) ? roundQuotient(n, d, p.scale, p.side === 'long' ? 'ceil' : 'floor') : null;
        expect(call(p, margin)?.toFixed() ?? null).toBe(expected);
      }),
      runs,
    );
  });

  it('on positions built to liquidate exactly on the grid, and one unit of margin either side', () => {
    fc.assert(
      fc.property(position, fc.integer({ min: 1, max: 99 }), (p, percent) => {
        // the price P on the grid, a given share of the entry; the margin that makes it the solution
        const P = new TB(p.entry).times(p.side === 'long' ? 100 - percent : 100 + percent).div(100).round(p.scale, 0);
        const [n0, d] = fraction(p, new TB(0));
        const margin = (p.side === 'long' ? n0.minus(P.times(d)) : P.times(d).minus(n0)).round(8, 0);
        if (margin.lte(0)) return;
        for (const m of [margin, margin.plus('0.00000001'), margin.minus('0.00000001')]) {
          if (m.lte(0)) continue;
          const [n] = fraction(p, m);
          const expected = n.gt(0) ? roundQuotient(n, d, p.scale, p.side === 'long' ? 'ceil' : 'floor') : null;
          expect(call(p, m.toFixed())?.toFixed() ?? null).toBe(expected);
        }
      }),
      runs,
    );
  });
});

describe('bankruptcyPrice: certified results equal the exact solution', () => {
  it('on random positions and on positions built to go bankrupt exactly on the grid', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'long' | 'short'>('long', 'short'),
        units(150_000, 2),
        units(50, 6),
        fc.integer({ min: 0, max: 1_000 }).map((u) => decimalFrom(BigInt(u), 6)),
        fc.integer({ min: 0, max: 8 }),
        units(2_000_000, 8),
        fc.integer({ min: 1, max: 99 }),
        (side, entry, quantity, fee, scale, randomMargin, percent) => {
          // equity M + side·Q(P − E) = Q·P·f: long P = (Q·E − M) / (Q·(1 − f)), short (Q·E + M) / (Q·(1 + f))
          const Q = new TB(quantity);
          const E = new TB(entry);
          const long = side === 'long';
          const d = Q.times(long ? new TB(1).minus(fee) : new TB(1).plus(fee));
          const P = E.times(long ? 100 - percent : 100 + percent).div(100).round(scale, 0);
          const onGrid = (long ? Q.times(E).minus(P.times(d)) : P.times(d).minus(Q.times(E))).round(8, 0);
          for (const margin of [new TB(randomMargin), onGrid]) {
            if (margin.lte(0)) continue;
            const n = long ? Q.times(E).minus(margin) : Q.times(E).plus(margin);
            const expected = n.gt(0) ? roundQuotient(n, d, scale, long ? 'ceil' : 'floor') : null;
            expect(bankruptcyPrice({ side, entryPrice: entry, quantity, margin: margin.toFixed(), closeFeeRate: fee, scale })?.toFixed() ?? null).toBe(expected);
          }
        },
      ),
      runs,
    );
  });
});

describe('spotLiquidationPrice: certified results equal the exact solution', () => {
  const account = fc.record({
    held: units(100, 8),
    baseDebt: fc.oneof(fc.constant('0'), units(100, 8)),
    quoteHeld: fc.oneof(fc.constant('0'), units(500_000, 8)),
    quoteDebt: fc.oneof(fc.constant('0'), units(5_000_000, 8)),
    threshold: fc.constantFrom('1.05', '1.1', '1.25', '1.3'),
    scale: fc.integer({ min: 0, max: 8 }),
  });

  const reference = (a: { held: string; baseDebt: string; quoteHeld: string; quoteDebt: string; threshold: string; scale: number }): string | null => {
    const k = new TB(a.threshold);
    const slope = new TB(a.held).minus(k.times(a.baseDebt));
    const level = k.times(a.quoteDebt).minus(a.quoteHeld);
    if (slope.gt(0)) return level.gt(0) ? roundQuotient(level, slope, a.scale, 'ceil') : null;
    if (slope.lt(0)) return level.lt(0) ? roundQuotient(level.times(-1), slope.times(-1), a.scale, 'floor') : null;
    return null;
  };
  const call = (a: { held: string; baseDebt: string; quoteHeld: string; quoteDebt: string; threshold: string; scale: number }) =>
    spotLiquidationPrice({ base: { held: a.held, debt: a.baseDebt }, quote: { held: a.quoteHeld, debt: a.quoteDebt }, model: { kind: 'marginLevel' }, threshold: a.threshold, scale: a.scale });

  it('on random pair accounts', () => {
    fc.assert(
      fc.property(account, (a) => {
        expect(call(a)?.toFixed() ?? null).toBe(reference(a));
      }),
      runs,
    );
  });

  it('on accounts built to trigger exactly on the grid', () => {
    fc.assert(
      fc.property(account, units(100_000, 2), (a, price) => {
        // a long (no base debt) whose trigger is `price` on the grid: quote held = k·Dq − P·B
        const P = new TB(price).round(a.scale, 0);
        const quoteHeld = new TB(a.threshold).times(a.quoteDebt).minus(P.times(a.held));
        if (quoteHeld.lte(0) || P.eq(0)) return;
        const tie = { ...a, baseDebt: '0', quoteHeld: quoteHeld.toFixed() };
        expect(call(tie)?.toFixed()).toBe(P.toFixed());
        expect(call(tie)?.toFixed() ?? null).toBe(reference(tie));
      }),
      runs,
    );
  });
});

describe('accruedInterest: certified results equal the exact product', () => {
  const loan = fc.record({
    principal: fc.oneof(units(1_000_000, 8), fc.integer({ min: 1, max: 100_000 }).map(String)),
    // round rates (0.0024 a day is 0.0001 an hour) put many results exactly on the grid
    rate: fc.oneof(fc.integer({ min: 1, max: 100_000 }).map((u) => decimalFrom(BigInt(u), 8)), fc.constantFrom('0.0024', '0.0012', '0.0048', '0.024')),
    from: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 0, 2) }),
    hours: fc.integer({ min: 0, max: 500 }),
    scale: fc.integer({ min: 0, max: 8 }),
  });

  it('on random loans, ties included', () => {
    let onGrid = 0;
    fc.assert(
      fc.property(loan, (l) => {
        const to = l.from + l.hours * 3_600_000 + 1;
        const charges = chargeInstants({ from: l.from, to, clock: { kind: 'clockHours' } }).length;
        const product = new TB(l.principal).times(l.rate).times(charges);
        const expected = product.eq(0) ? '0' : roundQuotient(product, new TB(24), l.scale, 'ceil');
        if (product.gt(0) && roundQuotient(product, new TB(24), l.scale, 'floor') === expected) onGrid++;
        expect(accruedInterest({ principal: l.principal, rate: l.rate, from: l.from, to, clock: { kind: 'clockHours' }, scale: l.scale }).toFixed()).toBe(expected);
      }),
      runs,
    );
    expect(onGrid).toBeGreaterThan(0);
  });
});
