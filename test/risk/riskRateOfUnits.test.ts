import fc from 'fast-check';
import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal/constructor.js';
import { decimalAt } from '../../src/decimal/scaledInteger.js';
import type { ResolvedRiskModel } from '../../src/risk/model.js';
import { riskRateOf, riskRateOfUnits } from '../../src/risk/riskRate.js';
import { decimalFrom, runs } from '../arbitraries.js';

// The liquidation planner gives its plan's risk rates from the ledger's integer totals: each must be
// the rate the defining formula gives in plain big.js (docs/risk.md), and the one riskRateOf gives
// on the same totals as decimals, field for field.

const SCALE = 8;

/** The defining formula in plain big.js: L/A and L·MMR/(A − L) up (ceil), A/L down (floor), at 8 places. */
function reference(assets: string, liabilities: string, model: ResolvedRiskModel): string | null {
  const B = Big();
  B.DP = SCALE;
  const a = new B(assets);
  const l = new B(liabilities);
  switch (model.kind) {
    case 'debtRatio':
      B.RM = Big.roundUp;
      return l.eq(0) ? '0' : a.eq(0) ? null : l.div(a).toFixed();
    case 'maintenance':
      B.RM = Big.roundUp;
      return l.eq(0) ? '0' : a.minus(l).lte(0) ? null : l.times(model.maintenanceMarginRate.toFixed()).div(a.minus(l)).toFixed();
    case 'marginLevel':
      B.RM = Big.roundDown;
      return l.eq(0) ? null : a.div(l).toFixed();
  }
}

const model: fc.Arbitrary<ResolvedRiskModel> = fc.oneof(
  fc.constant<ResolvedRiskModel>({ kind: 'debtRatio' }),
  fc.bigInt({ min: 0n, max: 50_000_000n }).map((u): ResolvedRiskModel => ({ kind: 'maintenance', maintenanceMarginRate: new D(decimalFrom(u, 8)) })),
  fc.constant<ResolvedRiskModel>({ kind: 'marginLevel' }),
);
/** Totals as counts of 10^exponent: short and long integers, zero included, on fine and coarse grids. */
const units = fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.constant(0n));
const exponent = fc.integer({ min: -20, max: 4 });
/** Totals whose rate is exactly on the 8-place grid: liabilities = assets × r / 10^8 (and the reverse). */
const onGrid = fc
  .record({ a: fc.bigInt({ min: 1n, max: 10n ** 12n }), r: fc.bigInt({ min: 1n, max: 10n ** 9n }), flip: fc.boolean() })
  .map(({ a, r, flip }) => (flip ? { assets: a * r, liabilities: a * 10n ** 8n } : { assets: a * 10n ** 8n, liabilities: a * r }));

function check(assets: bigint, liabilities: bigint, e: number, m: ResolvedRiskModel): void {
  const fromUnits = riskRateOfUnits(assets, liabilities, m, SCALE);
  const a = decimalAt(assets, e);
  const l = decimalAt(liabilities, e);
  expect(fromUnits?.toFixed() ?? null).toBe(reference(a.toFixed(), l.toFixed(), m));
  const fromDecimals = riskRateOf(a, l, m, SCALE);
  expect(fromUnits === null ? null : { s: fromUnits.s, e: fromUnits.e, c: [...fromUnits.c] }).toEqual(fromDecimals === null ? null : { s: fromDecimals.s, e: fromDecimals.e, c: [...fromDecimals.c] });
}

describe('riskRateOfUnits (the planner\'s risk rates)', () => {
  it('is the big.js rate of the same totals, for every model, at any grid', () => {
    fc.assert(fc.property(units, units, exponent, model, (a, l, e, m) => check(a, l, e, m)), runs);
  });

  it('is exact where the rate lies on the grid or next to it (no rounding, and one unit either side)', () => {
    fc.assert(
      fc.property(onGrid, exponent, model, fc.constantFrom(-1n, 0n, 1n), ({ assets, liabilities }, e, m, nudge) => check(assets, liabilities + nudge, e, m)),
      runs,
    );
  });

  it('answers the edges as riskRateOf does: no debt, no assets, no equity', () => {
    const maintenance: ResolvedRiskModel = { kind: 'maintenance', maintenanceMarginRate: new D('0.1') };
    for (const m of [{ kind: 'debtRatio' } as const, maintenance, { kind: 'marginLevel' } as const]) {
      check(0n, 0n, -8, m);
      check(5n, 0n, -8, m);
      check(0n, 5n, -8, m);
      check(5n, 5n, -8, m);
      check(4n, 5n, -8, m);
    }
    expect(riskRateOfUnits(1100n, 1000n, maintenance, SCALE)?.toFixed()).toBe('1');
  });
});
