import BigJs from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountValuation,
  applyToFund,
  coverageMultiple,
  createInsuranceFund,
  execute,
  planLiquidation,
  riskRate,
  type AccountState,
  type LiquidationPlan,
  type PlanLiquidationOptions,
  type RiskModel,
  type SellStep,
} from '../../src/index.js';
import { TB, decimalFrom, runs } from '../arbitraries.js';
import { AT, accountOf } from './accounts.js';

type Big = InstanceType<typeof TB>;
const big = (x: { toFixed(): string } | string) => new TB(typeof x === 'string' ? x : x.toFixed());
/** Test-side roundings at 8 places (big.js round modes: 0 down, 3 up; amounts here are ≥ 0). */
const floor8 = (x: Big) => x.round(8, 0);
const ceil8 = (x: Big) => x.round(8, 3);

interface Setup {
  readonly model: RiskModel;
  /** Liquidation threshold and a target safer than it, in the model's measure. */
  readonly liquidation: string;
  readonly marginCall: string;
  readonly target: string;
}

const setups: fc.Arbitrary<Setup> = fc.oneof(
  // at Bitget's 1.0 an account is under water when liquidated: partial requests fall back to full
  { weight: 1, arbitrary: fc.integer({ min: 3000, max: 7900 }).map((t) => ({ model: { kind: 'debtRatio' } as RiskModel, liquidation: '1', marginCall: '0.8', target: decimalFrom(BigInt(t), 4) })) },
  { weight: 2, arbitrary: fc.integer({ min: 5000, max: 9600 }).map((t) => ({ model: { kind: 'debtRatio' } as RiskModel, liquidation: '0.97', marginCall: '0.95', target: decimalFrom(BigInt(t), 4) })) },
  { weight: 2, arbitrary: fc.integer({ min: 1000, max: 9900 }).map((t) => ({ model: { kind: 'maintenance', maintenanceMarginRate: '0.1' } as RiskModel, liquidation: '1', marginCall: '0.8', target: decimalFrom(BigInt(t), 4) })) },
  { weight: 2, arbitrary: fc.integer({ min: 11100, max: 30000 }).map((t) => ({ model: { kind: 'marginLevel' } as RiskModel, liquidation: '1.1', marginCall: '1.3', target: decimalFrom(BigInt(t), 4) })) },
);

/** Asset → price arbitrary (valuation asset USDT), spanning cheap and dear coins. */
const PRICES: Readonly<Record<string, fc.Arbitrary<string>>> = {
  BTC: fc.bigInt({ min: 100_000n, max: 10_000_000n }).map((u) => decimalFrom(u, 2)),
  ETH: fc.bigInt({ min: 1_000_000n, max: 500_000_000n }).map((u) => decimalFrom(u, 5)),
  SOL: fc.bigInt({ min: 10_000n, max: 5_000_000n }).map((u) => decimalFrom(u, 4)),
  DOGE: fc.bigInt({ min: 1_000n, max: 1_000_000n }).map((u) => decimalFrom(u, 6)),
};

const holding = fc.oneof({ weight: 1, arbitrary: fc.constant(0n) }, { weight: 4, arbitrary: fc.bigInt({ min: 1n, max: 10n ** 12n }) }).map((u) => decimalFrom(u, 8));

interface Case {
  readonly setup: Setup;
  readonly state: AccountState;
  readonly options: PlanLiquidationOptions;
}

/**
 * A cross account over 1–4 coins and USDT with random holdings, debts in 1–3 assets whose total
 * is `factor` × what the liquidation threshold allows (0.6–1.6, mostly just past it),
 * some interest in each loan, and random plan options.
 */
const cases: fc.Arbitrary<Case> = fc
  .record({
    setup: setups,
    coins: fc.subarray(['BTC', 'ETH', 'SOL', 'DOGE'], { minLength: 1 }),
    // most just past the threshold (curable), some healthy, some deep under water
    factor: fc.oneof({ weight: 1, arbitrary: fc.integer({ min: 60, max: 99 }) }, { weight: 5, arbitrary: fc.integer({ min: 100, max: 106 }) }, { weight: 1, arbitrary: fc.integer({ min: 107, max: 160 }) }),
    mode: fc.constantFrom<'partial' | 'full' | 'sellAll'>('partial', 'partial', 'full', 'sellAll'),
    defaultTarget: fc.boolean(),
    feeRate: fc.oneof(fc.constant('0'), fc.integer({ min: 1, max: 300 }).map((u) => decimalFrom(BigInt(u), 4))),
    slippage: fc.oneof(fc.constant('0'), fc.integer({ min: 1, max: 200 }).map((u) => decimalFrom(BigInt(u), 4))),
    lot: fc.constantFrom(undefined, '0.0001', '0.001', '0.1'),
    minimum: fc.constantFrom(undefined, '0.01', '1'),
  })
  .chain((r) => {
    const assets = ['USDT', ...r.coins];
    return fc
      .record({
        prices: fc.record(Object.fromEntries(r.coins.map((c) => [c, PRICES[c] as fc.Arbitrary<string>]))),
        balances: fc.tuple(...assets.map(() => holding)),
        weights: fc.tuple(...assets.map(() => fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100 })))),
        interestShare: fc.integer({ min: 0, max: 100 }),
      })
      .filter(({ weights }) => weights.some((w) => w > 0))
      .map(({ prices, balances, weights, interestShare }) => {
        const priceOf = (a: string) => (a === 'USDT' ? new TB(1) : big(prices[a] as string));
        const assetsValue = assets.reduce((sum, a, i) => sum.plus(big(balances[i] as string).times(priceOf(a))), new TB(0));
        const k = coverageMultiple({ model: r.setup.model, threshold: r.setup.liquidation });
        // liabilities the threshold allows: A / k; scaled by factor, at least 1 USDT
        const allowed = assetsValue.times(big(k.denominator)).div(big(k.numerator));
        const total = allowed.times(r.factor).div(100).plus(assetsValue.eq(0) ? 1 : 0);
        const weightSum = weights.reduce((s, w) => s + w, 0);
        const loans: Record<string, { principal: string; interest: string }> = {};
        assets.forEach((a, i) => {
          const w = weights[i] as number;
          if (w === 0) return;
          const owed = ceil8(total.times(w).div(weightSum).div(priceOf(a)));
          if (owed.eq(0)) return;
          const interest = floor8(owed.times(interestShare).div(10_000));
          loans[a] = { principal: owed.minus(interest).toFixed(), interest: interest.toFixed() };
        });
        const state = accountOf({
          assets: r.coins,
          riskModel: r.setup.model,
          thresholds: { marginCall: r.setup.marginCall, liquidation: r.setup.liquidation },
          balances: Object.fromEntries(assets.map((a, i) => [a, balances[i] as string])),
          loans,
          prices,
        });
        const options: PlanLiquidationOptions = {
          mode: r.mode,
          ...(!r.defaultTarget && { targetRiskRate: r.setup.target }),
          feeRate: r.feeRate,
          slippage: r.slippage,
          ...(r.lot && { lotSizes: Object.fromEntries(r.coins.map((c) => [c, r.lot as string])) }),
          ...(r.minimum && { minimums: { [r.coins[0] as string]: r.minimum } }),
        };
        return { setup: r.setup, state, options };
      });
  });

function valuationOf(state: AccountState): { assets: Big; liabilities: Big } {
  const loans = Object.fromEntries(Object.entries(state.loans).map(([a, l]) => [a, { principal: l.principal, interest: l.interest }]));
  const v = accountValuation({ balances: state.balances, loans, prices: state.prices, valuationAsset: state.rules.valuationAsset });
  return { assets: big(v.assets), liabilities: big(v.liabilities) };
}

/** Whether (A, L) is at or safer than `threshold` and not liquidatable: the partial plan's goal. */
function reaches(c: Case, assets: Big, liabilities: Big): boolean {
  if (liabilities.eq(0)) return true;
  const target = coverageMultiple({ model: c.setup.model, threshold: c.options.targetRiskRate ?? c.setup.marginCall });
  const liquidation = coverageMultiple({ model: c.setup.model, threshold: c.setup.liquidation });
  return assets.times(big(target.denominator)).gte(liabilities.times(big(target.numerator))) && assets.times(big(liquidation.denominator)).gt(liabilities.times(big(liquidation.numerator)));
}

/** Truncating division to 40 places, so that flooring it to 8 is the exact floor. */
const TRUNC = BigJs();
TRUNC.DP = 40;
TRUNC.RM = 0;

/** A sale recomputed by the test from the documented rule: proceeds floor, fee ceil, 8 places. */
function saleOf(c: Case, step: SellStep, quantity: Big) {
  const gross = new TRUNC(quantity.times(big(step.price)).times(new TB(1).minus(big(String(c.options.slippage ?? '0')))).toFixed());
  const proceeds = floor8(big(gross.div(big(step.forPrice).toFixed())));
  const fee = ceil8(proceeds.times(big(String(c.options.feeRate ?? '0'))));
  return { proceeds, fee, net: proceeds.minus(fee) };
}

function executed(c: Case, plan: LiquidationPlan) {
  const result = execute(c.state, { type: 'liquidate', at: AT, plan });
  if (!result.ok) throw new Error(`liquidate rejected: ${result.rejection.code} ${result.rejection.message}`);
  return result;
}

/** Checks a law on every generated account that is liquidatable, given its plan. */
function forEveryLiquidation(law: (c: Case, plan: LiquidationPlan) => void): void {
  fc.assert(
    fc.property(cases, (c) => {
      const plan = planLiquidation(c.state, c.options);
      fc.pre(plan.liquidatable);
      law(c, plan);
    }),
    runs,
  );
}

describe('planLiquidation laws', () => {
  it('never throws on a valid account; an account short of its threshold gets no steps', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const plan = planLiquidation(c.state, c.options);
        const v = valuationOf(c.state);
        const k = coverageMultiple({ model: c.setup.model, threshold: c.setup.liquidation });
        const beyond = v.liabilities.gt(0) && v.assets.times(big(k.denominator)).lte(v.liabilities.times(big(k.numerator)));
        expect(plan.liquidatable).toBe(beyond);
        if (!beyond) expect(plan.steps).toEqual([]);
      }),
      runs,
    );
  });

  it('leaves nothing but the valuation asset after a sellAll plan, and no debt (KuCoin)', () => {
    forEveryLiquidation((c, plan) => {
      if (c.options.mode !== 'sellAll') return;
      expect(plan.mode).toBe('sellAll');
      const { state } = executed(c, plan);
      expect(state.loans).toEqual({});
      for (const [asset, balance] of Object.entries(state.balances)) if (asset !== 'USDT') expect(balance.toFixed(), asset).toBe('0');
      // and it is the full plan plus the sales of what was left: never fewer sales than full's
      const full = planLiquidation(c.state, { ...c.options, mode: 'full' });
      expect(plan.steps.slice(0, full.steps.length)).toEqual(full.steps);
    });
  });

  it('leaves a partial plan at or under its target, and a full plan with no debt', () => {
    forEveryLiquidation((c, plan) => {
      const { state } = executed(c, plan);
      const after = valuationOf(state);
      if (plan.mode === 'partial') {
        expect(reaches(c, after.assets, after.liabilities)).toBe(true);
        expect(state.status).not.toBe('liquidation');
        const target = big(String(c.options.targetRiskRate ?? c.setup.marginCall));
        const risk = plan.riskAfter === null ? null : big(plan.riskAfter);
        if (c.setup.model.kind === 'marginLevel') expect(risk === null || risk.gte(target)).toBe(true);
        else expect(risk !== null && risk.lte(target)).toBe(true);
      } else {
        expect(state.loans).toEqual({});
        if (plan.shortfall.gt(0)) expect(Object.values(state.balances).every((b) => b.eq(0))).toBe(true);
      }
    });
  });

  it('is minimal: one lot less of the last sale would not reach the target', () => {
    forEveryLiquidation((c, plan) => {
      fc.pre(plan.mode === 'partial');
      const index = plan.steps.map((s) => s.kind).lastIndexOf('sell');
      fc.pre(index >= 0);
      const sale = plan.steps[index] as SellStep;
      const lot = big(c.options.lotSizes?.[sale.asset] === undefined ? '0.00000001' : String(c.options.lotSizes[sale.asset]));
      const minimum = big(c.options.minimums?.[sale.asset] === undefined ? '0' : String(c.options.minimums[sale.asset]));
      const less = big(sale.quantity).minus(lot);
      fc.pre(less.gt(0) && less.gte(minimum));
      const { state } = executed(c, plan);
      const repayStep = plan.steps.slice(index + 1).find((s) => s.kind === 'repay');
      const repaid = repayStep?.kind === 'repay' ? big(repayStep.interest).plus(big(repayStep.principal)) : new TB(0);
      const loan = state.loans[sale.for];
      const owedBefore = repaid.plus(loan === undefined ? 0 : big(loan.principal).plus(big(loan.interest)));
      const done = saleOf(c, sale, big(sale.quantity));
      const alt = saleOf(c, sale, less);
      const altRepaid = alt.net.lt(owedBefore) ? alt.net : owedBefore;
      const after = valuationOf(state);
      const pf = big(sale.forPrice);
      const assets = after.assets.plus(lot.times(big(sale.price))).minus(done.net.minus(repaid).minus(alt.net.minus(altRepaid)).times(pf));
      const liabilities = after.liabilities.plus(repaid.minus(altRepaid).times(pf));
      expect(reaches(c, assets, liabilities)).toBe(false);
    });
  });

  it('conserves value: equity lost = fees + slippage − what the fund covered; the fund pays exactly the shortfall', () => {
    forEveryLiquidation((c, plan) => {
      const { state, events } = executed(c, plan);
      const before = valuationOf(c.state);
      const after = valuationOf(state);
      expect([after.assets.toFixed(), after.liabilities.toFixed()]).toEqual([plan.assetsAfter.toFixed(), plan.liabilitiesAfter.toFixed()]);
      const lost = before.assets.minus(before.liabilities).minus(after.assets.minus(after.liabilities));
      expect(lost.toFixed()).toBe(big(plan.feeTotal).plus(big(plan.slippageTotal)).minus(big(plan.shortfall)).toFixed());
      // every sale follows the documented rule
      for (const step of plan.steps) {
        if (step.kind !== 'sell') continue;
        const s = saleOf(c, step, big(step.quantity));
        expect([step.proceeds.toFixed(), step.fee.toFixed()]).toEqual([s.proceeds.toFixed(), s.fee.toFixed()]);
        expect(step.slippage.toFixed()).toBe(big(step.quantity).times(big(step.price)).minus(s.proceeds.times(big(step.forPrice))).toFixed());
      }
      const fund = applyToFund(createInsuranceFund(), events);
      const paid = Object.entries(fund.payouts).reduce((sum, [a, x]) => sum.plus(big(x).times(a === 'USDT' ? 1 : big(state.prices[a] as Big))), new TB(0));
      expect(paid.toFixed()).toBe(plan.shortfall.toFixed());
      expect(Object.fromEntries(Object.entries(fund.feesIn).map(([a, x]) => [a, x.toFixed()]))).toEqual(Object.fromEntries(Object.entries(plan.fees).map(([a, x]) => [a, x.toFixed()])));
    });
  });

  it('reproduces riskAfter when executed', () => {
    forEveryLiquidation((c, plan) => {
      const after = valuationOf(executed(c, plan).state);
      expect(riskRate({ assets: after.assets.toFixed(), liabilities: after.liabilities.toFixed(), model: c.setup.model })?.toFixed() ?? null).toBe(plan.riskAfter?.toFixed() ?? null);
    });
  });
});
