import { describe, expect, it } from 'vitest';
import { planLiquidation, type PlanLiquidationOptions } from '../../src/index.js';
import { toPlain } from '../../src/account/json.js';
import { expectCode } from '../expectCode.js';
import { deepFrozen } from '../frozen.js';
import { loadVectors } from '../vectors/load.js';
import { accountOf, type AccountDescription } from './accounts.js';

interface Expected {
  readonly mode: string;
  readonly fallback: string | null;
  readonly steps: readonly Record<string, string>[];
  readonly riskBefore: string | null;
  readonly riskAfter: string | null;
  readonly assetsAfter: string;
  readonly liabilitiesAfter: string;
  readonly feeTotal: string;
  readonly shortfall: string;
}

const vectors = loadVectors<{ account: AccountDescription; options: PlanLiquidationOptions }, Expected>('liquidation-plan');

describe('planLiquidation vectors', () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const plan = planLiquidation(accountOf(v.input.account), v.input.options);
    expect(plan.liquidatable).toBe(true);
    const { mode, fallback, steps, riskBefore, riskAfter, assetsAfter, liabilitiesAfter, feeTotal, shortfall } = toPlain(plan) as Expected;
    expect({ mode, fallback, steps, riskBefore, riskAfter, assetsAfter, liabilitiesAfter, feeTotal, shortfall }).toEqual(v.expected);
  });
});

/** Isolated BTC/USDT on Bitget's maintenance model: 0.2 BTC held, 9,000 USDT owed. */
const isolated = (price: string, extra: Partial<AccountDescription> = {}) =>
  accountOf({ mode: 'isolated', assets: ['BTC'], riskModel: { kind: 'maintenance', maintenanceMarginRate: '0.1' }, balances: { BTC: '0.2' }, loans: { USDT: { principal: '9000', interest: '0' } }, prices: { BTC: price }, ...extra });

describe('planLiquidation', () => {
  it('gives an account short of its threshold a plan with no steps', () => {
    const plan = planLiquidation(isolated('50000'), { mode: 'full' });
    expect(plan.liquidatable).toBe(false);
    expect(plan.steps).toEqual([]);
    expect(plan.riskAfter?.toFixed()).toBe(plan.riskBefore?.toFixed());
    expect(plan.shortfall.toFixed()).toBe('0');
  });

  it('records the version and time it was made for', () => {
    const account = isolated('49000');
    const plan = planLiquidation(account);
    expect([plan.version, plan.at]).toEqual([account.version, account.at]);
  });

  it('falls back to full when k·g ≤ 1: a 2% fee cannot cure a debt ratio aimed at 0.99', () => {
    // k = 1/0.99 = 1.0101…, g = 0.98: k·g = 0.9898… ≤ 1, every sale raises the ratio
    const account = accountOf({ mode: 'isolated', assets: ['BTC'], balances: { BTC: '0.2' }, loans: { USDT: { principal: '9900', interest: '0' } }, prices: { BTC: '49000' } });
    const plan = planLiquidation(account, { targetRiskRate: '0.99', feeRate: '0.02' });
    expect([plan.mode, plan.fallback]).toEqual(['full', 'cannotCure']);
    expect(plan.liabilitiesAfter.toFixed()).toBe('0');
  });

  it('defaults the target to the margin-call threshold', () => {
    const plan = planLiquidation(isolated('49000'));
    expect(plan.mode).toBe('partial');
    expect(plan.riskAfter?.lte('0.8')).toBe(true);
    // and one lot less would not do: the default target is 0.8, not 0.5
    expect(plan.riskAfter?.gt('0.79')).toBe(true);
  });

  it('sells whole lots of at least the minimum', () => {
    const plan = planLiquidation(isolated('49000'), { targetRiskRate: '0.5', lotSizes: { BTC: '0.001' } });
    expect(plan.steps[0]).toMatchObject({ kind: 'sell' });
    expect(toPlain(plan.steps[0])).toMatchObject({ quantity: '0.103' }); // 0.10204… rounded up to a lot
    const minimum = planLiquidation(isolated('49000'), { targetRiskRate: '0.5', minimums: { BTC: '0.15' } });
    expect(toPlain(minimum.steps[0])).toMatchObject({ quantity: '0.15' });
  });

  it('sells in the order given, then the largest first', () => {
    const account = accountOf({ assets: ['BTC', 'ETH'], balances: { ETH: '1', BTC: '0.1' }, loans: { USDT: { principal: '10000', interest: '0' } }, prices: { BTC: '60000', ETH: '4000' } });
    const sold = (options: PlanLiquidationOptions) => planLiquidation(account, { mode: 'full', ...options }).steps.filter((s) => s.kind === 'sell').map((s) => s.asset);
    expect(sold({})).toEqual(['BTC', 'ETH']); // 6,000 of BTC before 4,000 of ETH
    expect(sold({ saleOrder: ['ETH'] })).toEqual(['ETH', 'BTC']);
  });

  it('repays debts in the order given, then the largest first', () => {
    const account = accountOf({ assets: ['BTC', 'ETH'], balances: { BTC: '0.15' }, loans: { USDT: { principal: '6000', interest: '0' }, ETH: { principal: '2', interest: '0' } }, prices: { BTC: '60000', ETH: '2000' } });
    const repaid = (options: PlanLiquidationOptions) => [...new Set(planLiquidation(account, { mode: 'full', ...options }).steps.filter((s) => s.kind === 'repay').map((s) => s.asset))];
    expect(repaid({})).toEqual(['USDT', 'ETH']); // 6,000 owed in USDT before ETH's 4,000
    // (with ETH first, the lot's excess ETH is sold for USDT later: first repayments count)
    expect(repaid({ repayOrder: ['ETH'] })).toEqual(['ETH', 'USDT']);
  });

  it('reads a margin level target as a level: at least 1.3 after', () => {
    const account = accountOf({ mode: 'isolated', assets: ['BTC'], riskModel: { kind: 'marginLevel' }, balances: { BTC: '0.2' }, loans: { USDT: { principal: '9000', interest: '0' } }, prices: { BTC: '49000' } });
    const plan = planLiquidation(account, { targetRiskRate: '1.3' });
    expect(plan.mode).toBe('partial');
    expect(plan.riskBefore?.toFixed()).toBe('1.08888888'); // 9,800 / 9,000, floored toward risk
    expect(plan.riskAfter?.gte('1.3')).toBe(true);
  });

  it('is deeply frozen and leaves the account untouched', () => {
    const account = isolated('49000');
    const before = JSON.stringify(toPlain(account));
    const plan = planLiquidation(account, { targetRiskRate: '0.5' });
    expect(Object.isFrozen(plan) && Object.isFrozen(plan.steps) && Object.isFrozen(plan.steps[0]) && Object.isFrozen(plan.options.prices)).toBe(true);
    // every record and array, the options given and the defaults (lot sizes, orders) included
    const withOptions = planLiquidation(account, { targetRiskRate: '0.5', lotSizes: { BTC: '0.001' }, saleOrder: ['BTC'], prices: { BTC: '48000' } });
    expect([deepFrozen(plan), deepFrozen(withOptions)]).toEqual([true, true]);
    expect(JSON.stringify(toPlain(account))).toBe(before);
  });

  it('rejects options it cannot plan with, naming the field', () => {
    const account = isolated('49000');
    expectCode(() => planLiquidation(account, { mode: 'half' as 'full' }), 'INVALID_OPTION', 'mode');
    expectCode(() => planLiquidation(account, { targetRiskRate: '1' }), 'INVALID_THRESHOLD', 'targetRiskRate'); // the liquidation level itself
    expectCode(() => planLiquidation(account, { targetRiskRate: '0' }), 'INVALID_THRESHOLD', 'targetRiskRate');
    expectCode(() => planLiquidation(account, { feeRate: '1' }), 'INVALID_RATE', 'feeRate');
    expectCode(() => planLiquidation(account, { slippage: '-0.1' }), 'INVALID_RATE', 'slippage');
    expectCode(() => planLiquidation(account, { prices: { BTC: '0' } }), 'INVALID_PRICE', 'prices.BTC');
    expectCode(() => planLiquidation(account, { prices: { USDT: '1' } }), 'INVALID_PRICE', 'prices.USDT');
    expectCode(() => planLiquidation(account, { prices: { ETH: '1' } }), 'UNKNOWN_ASSET', 'prices.ETH');
    expectCode(() => planLiquidation(account, { lotSizes: { BTC: '0' } }), 'INVALID_QUANTITY', 'lotSizes.BTC');
    expectCode(() => planLiquidation(account, { minimums: { BTC: '-1' } }), 'NEGATIVE_AMOUNT', 'minimums.BTC');
    expectCode(() => planLiquidation(account, { saleOrder: ['BTC', 'BTC'] }), 'INVALID_OPTION', 'saleOrder');
    expectCode(() => planLiquidation(account, { repayOrder: ['DOGE'] }), 'UNKNOWN_ASSET', 'repayOrder[0]');
    expectCode(() => planLiquidation(account, { scale: -1 }), 'INVALID_SCALE', 'scale');
    expectCode(() => planLiquidation(account, { feeRate: 'abc' }), 'INVALID_DECIMAL', 'feeRate');
  });
});
