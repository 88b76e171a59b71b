import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, ONE } from '../../src/decimal/constructor.js';
import { divide } from '../../src/decimal/divide.js';
import { SOLVERS } from '../../src/liquidation/priceSolvers.js';
import { safeLinearPrice } from '../../src/liquidation/safeLinearPrice.js';
import { decimalFrom, runs } from '../arbitraries.js';

// The integer solver must give the price the big.js fraction gives (or no price where it has
// none), or leave the question to big.js: on random terms and on margins chosen so that the price
// lands exactly on the 8-place grid.

const decimal = (max: bigint, scale: number, min = 1n) => fc.bigInt({ min, max }).map((u) => decimalFrom(u, scale));
const cases = fc.record({
  quantity: fc.oneof({ weight: 4, arbitrary: decimal(10n ** 6n, 3) }, { weight: 1, arbitrary: decimal(10n ** 20n, 10) }),
  entry: fc.oneof(decimal(10n ** 7n, 2), decimal(10n ** 5n, 0)),
  margin: decimal(10n ** 12n, 8, 0n),
  denominator: fc.option(fc.constantFrom('10', '3', '125')),
  rate: fc.oneof(fc.constant('0'), decimal(10n ** 4n, 6)),
  amount: fc.oneof(fc.constant('0'), decimal(10n ** 8n, 4)),
  basis: fc.constantFrom<'mark' | 'entry'>('mark', 'entry'),
  side: fc.constantFrom<'long' | 'short'>('long', 'short'),
  onGrid: fc.boolean(),
});

describe('safeLinearPrice', () => {
  it('gives what big.js gives on the solver fraction, prices on the grid included', () => {
    let answered = 0;
    fc.assert(
      fc.property(cases, (c) => {
        // no rate and no amount: round terms, whose prices often land exactly on the grid
        const terms = { quantity: new D(c.quantity), entry: new D(c.entry), marginNumerator: new D(c.margin), marginDenominator: c.denominator === null ? ONE : new D(c.denominator) };
        const r = c.onGrid ? new D(0) : new D(c.rate);
        const amount = c.onGrid ? new D(0) : new D(c.amount);
        const f = SOLVERS.linear[c.basis][c.side](terms, r, amount);
        const exact = f.numerator.gt(0) && f.denominator.gt(0) ? divide(f.numerator, f.denominator, 8, c.side === 'long' ? 'ceil' : 'floor') : null;
        const quick = safeLinearPrice(terms, r, amount, c.basis, c.side, 8);
        if (quick === undefined) return;
        answered++;
        expect(quick === null ? null : quick.toFixed()).toBe(exact === null ? null : exact.toFixed());
      }),
      { ...runs, numRuns: runs.numRuns * 2 },
    );
    expect(answered).toBeGreaterThan(runs.numRuns / 2);
  });
});
