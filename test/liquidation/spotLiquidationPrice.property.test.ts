import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossSpotLiquidationPrice, spotLiquidationPrice, type RiskModel } from '../../src/index.js';
import { TB, amount, decimalFrom, runs } from '../arbitraries.js';

type Big = InstanceType<typeof TB>;
const TICK = new TB('0.00000001');

const model: fc.Arbitrary<RiskModel> = fc.oneof(
  fc.constant<RiskModel>({ kind: 'debtRatio' }),
  fc.bigInt({ min: 1n, max: 5000n }).map((u): RiskModel => ({ kind: 'maintenance', maintenanceMarginRate: decimalFrom(u, 4) })),
  fc.constant<RiskModel>({ kind: 'marginLevel' }),
);
const threshold = fc.bigInt({ min: 50n, max: 300n }).map((u) => decimalFrom(u, 2));

/** The test's own reading of "at or beyond the threshold" (docs/risk.md), for assets A and liabilities L. */
function beyond(m: RiskModel, t: string, A: Big, L: Big): boolean {
  if (L.eq(0)) return false;
  switch (m.kind) {
    case 'debtRatio':
      return L.gte(A.times(t)); // L/A ≥ θ
    case 'maintenance':
      return A.lte(L) || L.times(m.maintenanceMarginRate as string).gte(A.minus(L).times(t)); // L·m/(A−L) ≥ θ
    case 'marginLevel':
      return A.lte(L.times(t)); // A/L ≤ ℓ
  }
}

/** The same threshold as a linear form in (A, L), ≤ 0 at or beyond it: θA − L, θA − (θ+m)L, A − ℓL. */
function headroom(m: RiskModel, t: string, A: Big, L: Big): Big {
  switch (m.kind) {
    case 'debtRatio':
      return A.times(t).minus(L);
    case 'maintenance':
      return A.times(t).minus(L.times(new TB(t).plus(m.maintenanceMarginRate as string)));
    case 'marginLevel':
      return A.minus(L.times(t));
  }
}

const pair = fc.record({ baseHeld: amount({ max: 100n }), baseDebt: amount({ max: 100n }), quoteHeld: amount(), quoteDebt: amount() });

describe('spotLiquidationPrice laws', () => {
  it('sits on the boundary: one tick further is beyond the threshold, one tick nearer is not; null exactly when none exists', () => {
    fc.assert(
      fc.property(pair, model, threshold, (a, m, t) => {
        const at = (p: Big) => beyond(m, t, new TB(a.baseHeld).times(p).plus(a.quoteHeld), new TB(a.baseDebt).times(p).plus(a.quoteDebt));
        const P = spotLiquidationPrice({ base: { held: a.baseHeld, debt: a.baseDebt }, quote: { held: a.quoteHeld, debt: a.quoteDebt }, model: m, threshold: t });
        // Generated amounts keep any boundary within (1e-30, 1e25): these are the extremes of (0, ∞).
        const [low, high] = [at(new TB('1e-30')), at(new TB('1e25'))];
        expect(P !== null).toBe(low !== high);
        if (P === null) return;
        const price = new TB(P.toFixed());
        // falling trigger (beyond at low prices) or rising trigger (beyond at high prices)
        const [further, nearer] = low ? [price.minus(TICK), price.plus(TICK)] : [price.plus(TICK), price.minus(TICK)];
        if (further.gt(0)) expect(at(further)).toBe(true);
        if (nearer.gt(0)) expect(at(nearer)).toBe(false);
        // Conservative rounding: the returned price is never strictly beyond the threshold.
        if (price.gt(0)) expect(headroom(m, t, new TB(a.baseHeld).times(price).plus(a.quoteHeld), new TB(a.baseDebt).times(price).plus(a.quoteDebt)).gte(0)).toBe(true);
      }),
      runs,
    );
  });

  it('puts the price on the tick on the conservative side: at it not beyond the threshold, one tick further beyond', () => {
    fc.assert(
      fc.property(pair, model, threshold, fc.constantFrom('0.00000001', '0.01', '0.5', '1', '10'), (a, m, t, tickSize) => {
        const sides = { base: { held: a.baseHeld, debt: a.baseDebt }, quote: { held: a.quoteHeld, debt: a.quoteDebt }, model: m, threshold: t };
        const P = spotLiquidationPrice({ ...sides, tickSize });
        expect(P === null).toBe(spotLiquidationPrice(sides) === null);
        if (P === null) return;
        const price = new TB(P.toFixed());
        expect(price.mod(tickSize).eq(0)).toBe(true);
        const room = (p: Big) => headroom(m, t, new TB(a.baseHeld).times(p).plus(a.quoteHeld), new TB(a.baseDebt).times(p).plus(a.quoteDebt));
        const falling = beyond(m, t, new TB(a.baseHeld).times('1e-30').plus(a.quoteHeld), new TB(a.baseDebt).times('1e-30').plus(a.quoteDebt));
        const further = falling ? price.minus(tickSize) : price.plus(tickSize);
        if (price.gt(0)) expect(room(price).gte(0)).toBe(true);
        if (further.gt(0)) expect(room(further).lte(0)).toBe(true);
      }),
      runs,
    );
  });

  it('for a cross account, equals the pair solve with the other assets as the fixed quote', () => {
    fc.assert(
      fc.property(pair, amount({ max: 1000n }), amount({ max: 10_000n }), model, threshold, (a, eth, ethPrice, m, t) => {
        const cross = crossSpotLiquidationPrice({
          asset: 'BTC',
          balances: { BTC: a.baseHeld, ETH: eth, USDT: a.quoteHeld },
          loans: { BTC: { principal: a.baseDebt }, USDT: { principal: a.quoteDebt } },
          prices: { BTC: '1', ETH: ethPrice },
          model: m,
          threshold: t,
        });
        const pairPrice = spotLiquidationPrice({
          base: { held: a.baseHeld, debt: a.baseDebt },
          quote: { held: new TB(a.quoteHeld).plus(new TB(eth).times(ethPrice)).toFixed(), debt: a.quoteDebt },
          model: m,
          threshold: t,
        });
        expect(cross === null ? null : cross.toFixed()).toBe(pairPrice === null ? null : pairPrice.toFixed());
      }),
      runs,
    );
  });
});
