import { describe, expect, it } from 'vitest';
import {
  accountValuation,
  applyToFund,
  createInsuranceFund,
  eventFromJSON,
  eventToJSON,
  execute,
  planLiquidation,
  replay,
  riskRate,
  type AccountState,
  type LiquidationPlan,
} from '../../src/index.js';
import { toPlain } from '../../src/account/json.js';
import { expectCode } from '../expectCode.js';
import { AT, accountOf } from '../liquidation/accounts.js';
import { H, T0, isolatedConfig, rejectionOf, run } from './fixtures.js';

const MAINTENANCE = { kind: 'maintenance', maintenanceMarginRate: '0.1' } as const;

/** Isolated BTC/USDT on the maintenance model: 0.2 BTC held, 9,000 USDT owed, at `price`. */
const isolated = (price: string) => accountOf({ mode: 'isolated', assets: ['BTC'], riskModel: MAINTENANCE, balances: { BTC: '0.2' }, loans: { USDT: { principal: '9000', interest: '0' } }, prices: { BTC: price } });

function liquidate(state: AccountState, plan: LiquidationPlan, at = state.at) {
  const result = execute(state, { type: 'liquidate', at, plan });
  if (!result.ok) throw new Error(`liquidate rejected: ${result.rejection.code}`);
  return result;
}

describe('liquidate', () => {
  it("plans with the config's partial target and mode when the options name none", () => {
    const account = (rules: NonNullable<Parameters<typeof accountOf>[0]['rules']>) =>
      accountOf({ mode: 'isolated', assets: ['BTC'], riskModel: MAINTENANCE, balances: { BTC: '0.2' }, loans: { USDT: { principal: '9000', interest: '0' } }, prices: { BTC: '49000' }, rules });
    // the first liquidation-plan vector's account: to 50% sells 0.10204082 BTC; to 0.6 (k = 1 + 0.1/0.6)
    // x = (7/6 × 9,000 − 9,800)/(1/6) = 4,200 USDT → 0.08571429 BTC
    expect(planLiquidation(account({ partialLiquidationTarget: '0.5' })).riskAfter?.toFixed()).toBe('0.49999998');
    const toSixty = planLiquidation(account({ partialLiquidationTarget: '0.6' }));
    expect(toSixty.steps[0]?.kind === 'sell' && toSixty.steps[0].quantity.toFixed()).toBe('0.08571429');
    expect(planLiquidation(account({ liquidationMode: 'full' })).mode).toBe('full');
    const sold = planLiquidation(account({ liquidationMode: 'sellAll' }));
    expect([sold.mode, sold.assetsAfter.toFixed(), sold.liabilitiesAfter.toFixed()]).toEqual(['sellAll', '800', '0']);
    // the options still decide
    expect(planLiquidation(account({ liquidationMode: 'sellAll' }), { mode: 'partial', targetRiskRate: '0.5' }).mode).toBe('partial');
    expectCode(() => account({ liquidationMode: 'everything' as never }), 'INVALID_CONFIG', 'liquidationMode');
    expectCode(() => account({ partialLiquidationTarget: '1.5' }), 'INVALID_THRESHOLD', 'partialLiquidationTarget');
  });

  it('executes a partial plan: the account ends at the plan risk, back to normal', () => {
    const state = isolated('49000');
    expect(state.status).toBe('liquidation');
    const plan = planLiquidation(state, { targetRiskRate: '0.5', feeRate: '0.01', slippage: '0.005' });
    const { state: after, events } = liquidate(state, plan);
    expect(events.map((e) => e.type)).toEqual(['Liquidated', 'LiquidationFeeCharged', 'StatusChanged']);
    expect(toPlain(after.balances)).toEqual({ BTC: '0.08790418', USDT: '0' });
    expect(toPlain(after.loans['USDT'])).toMatchObject({ principal: '3589.42061295', interest: '0' });
    const loans = { USDT: { principal: after.loans['USDT']?.principal ?? '0', interest: '0' } };
    const v = accountValuation({ balances: after.balances, loans, prices: after.prices, valuationAsset: 'USDT' });
    expect(riskRate({ ...v, model: MAINTENANCE })?.toFixed()).toBe(plan.riskAfter?.toFixed());
    expect(after.status).toBe('normal');
  });

  it('executes a full plan with bad debt: zero assets, zero debt, the fund pays the shortfall', () => {
    const state = isolated('49000');
    const plan = planLiquidation(state, { mode: 'full', feeRate: '0.02', prices: { BTC: '40000' } });
    const { state: after, events } = liquidate(state, plan);
    expect(events.map((e) => e.type)).toEqual(['PricesUpdated', 'Liquidated', 'LiquidationFeeCharged', 'BadDebtCovered', 'StatusChanged']);
    expect(Object.values(after.balances).every((b) => b.eq(0))).toBe(true);
    expect(after.loans).toEqual({});
    expect(after.prices['BTC']?.toFixed()).toBe('40000');
    const fund = applyToFund(createInsuranceFund({ USDT: '5000' }), events);
    expect(toPlain(fund)).toEqual({ balances: { USDT: '4000' }, feesIn: { USDT: '160' }, payouts: { USDT: '1160' } });
    expect(fund.payouts['USDT']?.toFixed()).toBe(plan.shortfall.toFixed());
  });

  it('covers interest and principal of an account with nothing left to sell', () => {
    const state = accountOf({ mode: 'isolated', assets: ['BTC'], balances: {}, loans: { USDT: { principal: '100', interest: '0.5' } }, prices: { BTC: '60000' } });
    const plan = planLiquidation(state);
    expect([plan.riskBefore, plan.mode, plan.fallback, plan.shortfall.toFixed()]).toEqual([null, 'full', 'insufficientAssets', '100.5']);
    const { state: after, events } = liquidate(state, plan);
    expect(events.map((e) => e.type)).toEqual(['BadDebtCovered', 'StatusChanged']);
    expect(after.loans).toEqual({});
  });

  it('is accepted while liquidating, when everything else but prices, time and deposits is not', () => {
    const state = isolated('49000');
    expect(rejectionOf(state, { type: 'withdraw', at: AT, asset: 'BTC', amount: '0.01' }).code).toBe('LIQUIDATION_IN_PROGRESS');
    expect(execute(state, { type: 'liquidate', at: AT, plan: planLiquidation(state) }).ok).toBe(true);
  });

  it('rejects a plan made for another version as STALE_PLAN', () => {
    const state = isolated('49000');
    const plan = planLiquidation(state);
    const moved = execute(state, { type: 'updatePrices', at: AT, prices: { BTC: '48000' } });
    if (!moved.ok) throw new Error('price update rejected');
    expect(rejectionOf(moved.state, { type: 'liquidate', at: AT, plan }).code).toBe('STALE_PLAN');
  });

  it('rejects a plan once interest has been charged since, as STALE_PLAN', () => {
    // a real account: 1,000 USDT at 10x bought into BTC, then the price falls
    const state = run({ ...isolatedConfig, riskModel: MAINTENANCE }, [
      { type: 'deposit', at: T0, asset: 'USDT', amount: '1000' },
      { type: 'borrow', at: T0, asset: 'USDT', amount: '9000' },
      { type: 'trade', at: T0, side: 'buy', quantity: '0.16', price: '62500' },
      { type: 'updatePrices', at: T0, prices: { BTC: '61000' } },
    ]);
    expect(state.status).toBe('liquidation');
    const plan = planLiquidation(state);
    // hourly interest: the charge at T0 + H is made for commands after it (the window ends before `at`)
    expect(rejectionOf(state, { type: 'liquidate', at: T0 + H + 1, plan }).code).toBe('STALE_PLAN');
    expect(execute(state, { type: 'liquidate', at: T0 + H, plan }).ok).toBe(true);
  });

  it('rejects a plan that was altered as STALE_PLAN', () => {
    const state = isolated('49000');
    const plan = planLiquidation(state, { targetRiskRate: '0.5' });
    const json = JSON.parse(JSON.stringify(toPlain(plan))) as { steps: { quantity?: string }[] };
    const tampered = { ...json, steps: json.steps.map((s, i) => (i === 0 ? { ...s, quantity: '0.1' } : s)) } as unknown as LiquidationPlan;
    expect(rejectionOf(state, { type: 'liquidate', at: AT, plan: tampered }).code).toBe('STALE_PLAN');
  });

  it('accepts the same plan after a JSON round trip', () => {
    const state = isolated('49000');
    const plan = JSON.parse(JSON.stringify(toPlain(planLiquidation(state, { targetRiskRate: '0.5', lotSizes: { BTC: '0.0001' } })))) as LiquidationPlan;
    expect(execute(state, { type: 'liquidate', at: AT, plan }).ok).toBe(true);
  });

  it('rejects a plan for an account short of its threshold as NOT_LIQUIDATABLE', () => {
    const state = isolated('50000');
    expect(rejectionOf(state, { type: 'liquidate', at: AT, plan: planLiquidation(state) }).code).toBe('NOT_LIQUIDATABLE');
  });

  it('throws INVALID_COMMAND for something that is not a plan', () => {
    expectCode(() => execute(isolated('49000'), { type: 'liquidate', at: AT, plan: {} as LiquidationPlan }), 'INVALID_COMMAND', 'plan');
  });

  it('writes events that replay and survive JSON exactly', () => {
    const state = isolated('49000');
    const { state: after, events } = liquidate(state, planLiquidation(state, { mode: 'full', feeRate: '0.02', prices: { BTC: '40000' } }));
    const restored = events.map((e) => eventFromJSON(JSON.parse(JSON.stringify(eventToJSON(e))) as Record<string, unknown>));
    expect(restored).toEqual(events);
    expect(replay(state, restored)).toEqual(after);
  });
});

describe('insurance fund', () => {
  it('starts from its opening balances', () => {
    expect(toPlain(createInsuranceFund({ USDT: '100', BTC: '0.5' }))).toEqual({ balances: { USDT: '100', BTC: '0.5' }, feesIn: {}, payouts: {} });
    expectCode(() => createInsuranceFund({ USDT: '-1' }), 'NEGATIVE_AMOUNT', 'balances.USDT');
  });

  it('sums fees in and payouts out per asset, ignoring other events, and can go negative', () => {
    const fund = applyToFund(createInsuranceFund(), [
      { type: 'LiquidationFeeCharged', asset: 'USDT', amount: '10.5' },
      { type: 'Deposited', asset: 'USDT', amount: '999' },
      { type: 'LiquidationFeeCharged', asset: 'USDT', amount: '0.25' },
      { type: 'BadDebtCovered', asset: 'ETH', amount: '0.1' },
    ]);
    expect(toPlain(fund)).toEqual({ balances: { USDT: '10.75', ETH: '-0.1' }, feesIn: { USDT: '10.75' }, payouts: { ETH: '0.1' } });
  });

  it('leaves the fund it was given untouched', () => {
    const fund = createInsuranceFund({ USDT: '1' });
    applyToFund(fund, [{ type: 'LiquidationFeeCharged', asset: 'USDT', amount: '1' }]);
    expect(fund.balances['USDT']?.toFixed()).toBe('1');
    expect(Object.isFrozen(fund.balances)).toBe(true);
  });

  it('throws for a fund event without an asset or a decimal amount', () => {
    expectCode(() => applyToFund(createInsuranceFund(), [{ type: 'BadDebtCovered', amount: '1' }]), 'INVALID_EVENT', 'events[0]');
    expectCode(() => applyToFund(createInsuranceFund(), [{ type: 'BadDebtCovered', asset: 'USDT', amount: 'x' }]), 'INVALID_DECIMAL', 'events[0].amount');
  });
});
