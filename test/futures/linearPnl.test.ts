import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal/constructor.js';
import { linearEquityOf, linearPnlOf } from '../../src/futures/linearPnl.js';
import { pnlAt } from '../../src/futures/positionMath.js';
import type { ResolvedFuturesMarket } from '../../src/futures/state.js';
import { TB, decimalFrom, runs } from '../arbitraries.js';

// A linear position's PnL and isolated equity on float64 integers must be the decimals plain big.js
// gives — side × (exit − entry) × contracts × size, and margin + that, exact — or none at all (then
// `pnlAt` answers in big.js): checked on random positions, short and long values, exits equal to the
// entry (a PnL of zero) and margins that the PnL cancels exactly (an equity of zero).

const decimal = (max: bigint, scale: number, min = 1n) => fc.bigInt({ min, max }).map((u) => decimalFrom(u, scale));
const cases = fc.record({
  side: fc.constantFrom<'long' | 'short'>('long', 'short'),
  // mostly short enough for float64 integers; some far too long
  quantity: fc.oneof({ weight: 4, arbitrary: decimal(10n ** 6n, 3) }, { weight: 1, arbitrary: decimal(10n ** 20n, 12) }),
  entry: fc.oneof({ weight: 3, arbitrary: decimal(10n ** 9n, 2) }, { weight: 1, arbitrary: decimal(10n ** 8n, 6) }, { weight: 1, arbitrary: decimal(10n ** 18n, 10) }),
  exit: fc.oneof({ weight: 3, arbitrary: decimal(10n ** 9n, 2) }, { weight: 1, arbitrary: decimal(10n ** 8n, 6) }),
  margin: fc.oneof({ weight: 4, arbitrary: decimal(10n ** 11n, 8, 0n) }, { weight: 1, arbitrary: decimal(10n ** 24n, 16, 0n) }),
  contractSize: fc.constantFrom('1', '0.001', '100', '0.0001'),
  // 0: as drawn; 1: the exit is the entry; 2: the margin is exactly what the PnL loses
  tie: fc.constantFrom(0, 0, 0, 1, 2),
});

/** The plain big.js figures: PnL and margin + PnL. */
function reference(c: { side: 'long' | 'short'; quantity: string; entry: string; exit: string; margin: string; contractSize: string }) {
  const move = new TB(c.exit).minus(c.entry).times(c.quantity).times(c.contractSize);
  const pnl = c.side === 'long' ? move : move.neg();
  return { pnl, equity: new TB(c.margin).plus(pnl) };
}

describe('linear PnL on float64 integers', () => {
  it('is the big.js PnL and equity, or undefined; pnlAt is the big.js PnL either way', () => {
    let fast = 0;
    let slow = 0;
    fc.assert(
      fc.property(cases, (drawn) => {
        let c = drawn.tie === 1 ? { ...drawn, exit: drawn.entry } : drawn;
        if (c.tie === 2) {
          const loss = reference({ ...c, margin: '0' }).pnl;
          if (loss.lt(0)) c = { ...c, margin: loss.neg().toFixed() };
        }
        const market = { contract: 'linear', contractSize: new D(c.contractSize) } as unknown as ResolvedFuturesMarket;
        const position = { side: c.side, entryPrice: new D(c.entry), quantity: new D(c.quantity), margin: new D(c.margin) };
        const exit = new D(c.exit);
        const expected = reference(c);
        const pnl = linearPnlOf(market, c.side, position.entryPrice, position.quantity, exit);
        const equity = linearEquityOf(market, position, exit);
        if (pnl === undefined) slow++;
        else {
          fast++;
          // the same value and digits big.js gives (zero without a sign)
          expect(pnl.toFixed()).toBe(expected.pnl.toFixed());
          expect([pnl.c, pnl.e]).toEqual([expected.pnl.c, expected.pnl.e]);
        }
        if (equity !== undefined) expect([equity.toFixed(), equity.c, equity.e]).toEqual([expected.equity.toFixed(), expected.equity.c, expected.equity.e]);
        expect(pnlAt(market, position, position.quantity, exit).toFixed()).toBe(expected.pnl.toFixed());
      }),
      runs,
    );
    // both paths were taken
    expect(fast).toBeGreaterThan(0);
    expect(slow).toBeGreaterThan(0);
  });

  it('gives an exact zero for an exit at the entry and for a margin the loss cancels', () => {
    const market = { contract: 'linear', contractSize: new D('0.001') } as unknown as ResolvedFuturesMarket;
    const position = { side: 'short' as const, entryPrice: new D('60000'), quantity: new D('3'), margin: new D('30') };
    expect(linearPnlOf(market, 'short', position.entryPrice, position.quantity, new D('60000'))?.toFixed()).toBe('0');
    // short 3 × 0.001 from 60,000 to 70,000: −30, which the margin of 30 exactly covers
    expect(linearPnlOf(market, 'short', position.entryPrice, position.quantity, new D('70000'))?.toFixed()).toBe('-30');
    expect(linearEquityOf(market, position, new D('70000'))?.toFixed()).toBe('0');
  });
});
