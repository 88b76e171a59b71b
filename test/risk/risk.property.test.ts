import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { riskRate, riskStatus, type RiskModel, type RiskStatus } from '../../src/index.js';
import BigJs from 'big.js';
import { TB, amount, decimalFrom, runs } from '../arbitraries.js';

type Big = InstanceType<typeof TB>;

const mmr = fc.bigInt({ min: 1n, max: 50_000_000n }).map((u) => decimalFrom(u, 8)); // (0, 0.5]
const model: fc.Arbitrary<RiskModel> = fc.oneof(
  fc.constant<RiskModel>({ kind: 'debtRatio' }),
  mmr.map((m): RiskModel => ({ kind: 'maintenance', maintenanceMarginRate: m })),
  fc.constant<RiskModel>({ kind: 'marginLevel' }),
);
const positive = (max: bigint) => fc.bigInt({ min: 1n, max: max * 10n ** 8n }).map((u) => decimalFrom(u, 8));

/** Thresholds in the model's own measure, margin call reached before liquidation. */
function thresholdsFor(m: RiskModel): fc.Arbitrary<{ marginCall: string; liquidation: string }> {
  const pair = fc.tuple(positive(3n), positive(3n));
  const higherRiskier = m.kind !== 'marginLevel';
  return pair.map(([a, b]) => {
    const [lo, hi] = new TB(a).lte(b) ? [a, b] : [b, a];
    return higherRiskier ? { marginCall: lo, liquidation: hi } : { marginCall: hi, liquidation: lo };
  });
}

const ORDER: Record<RiskStatus, number> = { normal: 0, marginCall: 1, liquidation: 2 };

/**
 * Whether measure `a` is no riskier than `b` under model `m`. A null risk rate is unbounded
 * (riskiest); a null margin level means no debt (safest); a lower margin level is riskier.
 */
function atMostAsRisky(m: RiskModel, a: Big | null, b: Big | null): boolean {
  if (m.kind === 'marginLevel') return a === null || (b !== null && a.gte(b));
  return b === null || (a !== null && a.lte(b));
}

describe('risk laws', () => {
  it('never rises when collateral is added (rate and status)', () => {
    fc.assert(
      fc.property(model, amount(), amount(), positive(1_000_000n), (m, assets, liabilities, extra) => {
        const more = new TB(assets).plus(extra).toFixed();
        expect(atMostAsRisky(m, riskRate({ assets: more, liabilities, model: m }), riskRate({ assets, liabilities, model: m }))).toBe(true);
        expect(ORDER[riskStatus({ assets: more, liabilities, model: m })]).toBeLessThanOrEqual(ORDER[riskStatus({ assets, liabilities, model: m })]);
      }),
      runs,
    );
  });

  it('never falls when debt is added (rate and status)', () => {
    fc.assert(
      fc.property(model, amount(), amount(), positive(1_000_000n), (m, assets, liabilities, extra) => {
        const more = new TB(liabilities).plus(extra).toFixed();
        expect(atMostAsRisky(m, riskRate({ assets, liabilities, model: m }), riskRate({ assets, liabilities: more, model: m }))).toBe(true);
        expect(ORDER[riskStatus({ assets, liabilities: more, model: m })]).toBeGreaterThanOrEqual(ORDER[riskStatus({ assets, liabilities, model: m })]);
      }),
      runs,
    );
  });

  /**
   * riskStatus decides by the coverage multiple (no division). The reference here divides, with a
   * big.js of its own at 60 places (the library's scales stop at 36): amounts and thresholds carry
   * ≤ 8 decimals and ≤ 10^7 whole units, so the exact ratio is either on a threshold or at least
   * 10^-36 away from it, and a ratio at 60 places rounded toward risk cannot cross a threshold it
   * does not reach. The two must agree everywhere.
   */
  const R = BigJs();
  R.DP = 60;
  function ratio(m: RiskModel, assets: string, liabilities: string): Big | null {
    const A = new R(assets);
    const L = new R(liabilities);
    R.RM = m.kind === 'marginLevel' ? 0 : 3; // toward risk: a level rounds down, a rate up
    if (m.kind === 'marginLevel') return A.div(L);
    if (m.kind === 'debtRatio') return A.eq(0) ? null : L.div(A);
    const equity = A.minus(L);
    return equity.lte(0) ? null : L.times(m.maintenanceMarginRate).div(equity);
  }
  function statusByRatio(m: RiskModel, assets: string, liabilities: string, t: { marginCall: string; liquidation: string }): RiskStatus {
    if (new TB(liabilities).eq(0)) return 'normal';
    const r = ratio(m, assets, liabilities);
    const reached = (threshold: string) => (r === null ? true : m.kind === 'marginLevel' ? r.lte(threshold) : r.gte(threshold));
    if (reached(t.liquidation)) return 'liquidation';
    return reached(t.marginCall) ? 'marginCall' : 'normal';
  }

  const onThreshold = (m: RiskModel, t: { marginCall: string; liquidation: string }, pickCall: boolean, q: string) => {
    // An account exactly at a threshold θ: debtRatio L = θA; marginLevel A = θL; maintenance L = θq, A = L + m·q.
    const theta = new TB(pickCall ? t.marginCall : t.liquidation);
    switch (m.kind) {
      case 'debtRatio':
        return { assets: q, liabilities: theta.times(q).toFixed() };
      case 'marginLevel':
        return { assets: theta.times(q).toFixed(), liabilities: q };
      case 'maintenance': {
        const liabilities = theta.times(q);
        return { assets: liabilities.plus(new TB(m.maintenanceMarginRate as string).times(q)).toFixed(), liabilities: liabilities.toFixed() };
      }
    }
  };

  it('classifies by coverage multiple exactly as by the ratio, for every model and threshold', () => {
    fc.assert(
      fc.property(
        model.chain((m) => fc.record({ m: fc.constant(m), t: thresholdsFor(m), assets: amount(), liabilities: amount(), exact: fc.boolean(), pickCall: fc.boolean(), q: positive(100_000n) })),
        ({ m, t, assets, liabilities, exact, pickCall, q }) => {
          const account = exact ? onThreshold(m, t, pickCall, q) : { assets, liabilities };
          expect(riskStatus({ ...account, model: m, thresholds: t })).toBe(statusByRatio(m, account.assets, account.liabilities, t));
        },
      ),
      runs,
    );
  });
});
