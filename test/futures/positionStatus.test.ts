import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal/constructor.js';
import { balanceFor, statusOfBalance } from '../../src/futures/positionMath.js';
import { positionStatusOf } from '../../src/futures/positionStatus.js';
import type { FuturesPosition, FuturesState, ResolvedFuturesMarket } from '../../src/futures/state.js';
import { decimalFrom, runs } from '../arbitraries.js';

// A position's status on float64 integers must be the one its balance in big.js gives, or none at
// all: checked against `statusOfBalance(balanceFor(…))` on random positions and marks, and on
// margins built so that equity lands exactly on the maintenance or on the margin-call ratio.

const decimal = (max: bigint, scale: number, min = 1n) => fc.bigInt({ min, max }).map((u) => decimalFrom(u, scale));
const positions = fc.record({
  side: fc.constantFrom<'long' | 'short'>('long', 'short'),
  quantity: fc.oneof({ weight: 4, arbitrary: decimal(10n ** 6n, 3) }, { weight: 1, arbitrary: decimal(10n ** 20n, 12) }),
  entry: fc.oneof({ weight: 3, arbitrary: decimal(10n ** 9n, 2) }, { weight: 1, arbitrary: decimal(10n ** 8n, 6) }),
  mark: fc.oneof({ weight: 3, arbitrary: decimal(10n ** 9n, 2) }, { weight: 1, arbitrary: decimal(10n ** 8n, 6) }),
  margin: fc.oneof({ weight: 4, arbitrary: decimal(10n ** 11n, 8, 0n) }, { weight: 1, arbitrary: decimal(10n ** 24n, 16, 0n) }),
  rate: fc.option(fc.oneof(fc.constant('0.005'), decimal(10n ** 4n, 6))),
  contractSize: fc.constantFrom('1', '0.001', '100'),
  basis: fc.constantFrom<'mark' | 'entry'>('mark', 'entry'),
  callRatio: fc.option(fc.constantFrom('0.5', '0.8', '0.95')),
  // 0: as drawn; 1: equity exactly the maintenance; 2: equity exactly maintenance / callRatio
  tie: fc.constantFrom(0, 0, 1, 2),
});

function caseOf(c: typeof positions extends fc.Arbitrary<infer R> ? R : never) {
  const market = { contract: 'linear', contractSize: new D(c.contractSize), tiers: undefined, maintenanceMarginRate: c.rate === null ? undefined : new D(c.rate), maintenanceBasis: c.basis } as unknown as ResolvedFuturesMarket;
  const position = (margin: string): FuturesPosition => ({ side: c.side, quantity: new D(c.quantity), entryPrice: new D(c.entry), margin: new D(margin), realisedPnl: new D(0), fundingPaid: new D(0) });
  const stateOf = (p: FuturesPosition) => ({ rules: { marginMode: 'isolated', markets: { BTCUSDT: market } }, positions: { BTCUSDT: p }, marks: { BTCUSDT: new D(c.mark) } }) as unknown as FuturesState;
  let p = position(c.margin);
  if (c.tie !== 0) {
    // margin = target equity − pnl, where the target is the maintenance (or maintenance / ratio)
    const b = balanceFor(stateOf(p), 'BTCUSDT');
    const pnl = b.equity.minus(p.margin);
    const ratio = c.callRatio === null ? new D(1) : new D(c.callRatio);
    const target = c.tie === 1 ? b.maintenance : b.maintenance.div(ratio);
    if (target.minus(pnl).gte(0)) p = position(target.minus(pnl).toFixed());
  }
  return { market, position: p, state: stateOf(p), mark: new D(c.mark), callRatio: c.callRatio === null ? undefined : new D(c.callRatio) };
}

describe('positionStatusOf', () => {
  it('gives the status the big.js balance gives, ties on the maintenance and the call ratio included, or none', () => {
    let answered = 0;
    const seen = new Set<string>();
    fc.assert(
      fc.property(positions, (c) => {
        const { market, position, state, mark, callRatio } = caseOf(c);
        const quick = positionStatusOf(market, position, mark, callRatio, 8);
        const exact = statusOfBalance(balanceFor(state, 'BTCUSDT'), callRatio);
        if (quick === undefined) return;
        answered++;
        seen.add(exact);
        expect(quick).toBe(exact);
      }),
      { ...runs, numRuns: runs.numRuns * 3 },
    );
    // the integers hold many cases (long margins and mixed places leave them), and every status is met
    expect(answered).toBeGreaterThan(runs.numRuns / 2);
    expect([...seen].sort()).toEqual(['liquidation', 'marginCall', 'normal']);
  });

  it('leaves inverse contracts and tiered markets to big.js', () => {
    const p: FuturesPosition = { side: 'long', quantity: new D(1), entryPrice: new D(100), margin: new D(10), realisedPnl: new D(0), fundingPaid: new D(0) };
    const base = { contract: 'linear', contractSize: new D(1), tiers: undefined, maintenanceMarginRate: new D('0.005'), maintenanceBasis: 'mark' };
    expect(positionStatusOf(base as unknown as ResolvedFuturesMarket, p, new D(100), undefined, 8)).toBe('normal');
    expect(positionStatusOf({ ...base, contract: 'inverse' } as unknown as ResolvedFuturesMarket, p, new D(100), undefined, 8)).toBeUndefined();
    expect(positionStatusOf({ ...base, tiers: { tiers: [] } } as unknown as ResolvedFuturesMarket, p, new D(100), undefined, 8)).toBeUndefined();
  });
});
