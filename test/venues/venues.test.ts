import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import {
  accountFromJSON,
  accruedInterest,
  accountToJSON,
  createAccount,
  execute,
  holdingsOf,
  liquidationPrice,
  maxBorrowable,
  planLiquidation,
  riskStatus,
  spotLiquidationPrice,
  toVenuePreset,
  venuePresets,
  type AccountConfig,
  type AccountState,
  type RiskModel,
  type VenueName,
} from '../../src/index.js';
import { expectCode } from '../expectCode.js';
import { loadVectors, ms } from '../vectors/load.js';

interface Common {
  readonly venue: VenueName;
  readonly mode: 'cross' | 'isolated';
  readonly riskModel?: RiskModel;
  /** The pair's rate, where the venue sets it per pair (Bitget isolated). */
  readonly maintenanceMarginRate?: string;
  /** The account's leverage, where the venue's rules differ by it (Binance). */
  readonly maxLeverage?: string;
}
type Input =
  | (Common & { kind: 'loanInterest'; asset: string; rate: string; openingRate?: string; collateral: string; principal: string; from: string; to: string })
  | (Common & { kind: 'borrowLimit'; margin: string })
  | (Common & { kind: 'status'; assets: string; liabilities: string })
  | (Common & { kind: 'transferOut'; deposit: string; borrow: string; withdraw: string })
  | (Common & { kind: 'tradeFee'; side: 'buy' | 'sell'; base: string; quantity: string; price: string; tradingFeeRate: string });

const AT = Date.UTC(2024, 2, 1, 9);

/** An account on the venue's preset holding `asset` (BTC/USDT isolated, or cross over BTC valued in `valuation`). */
function accountOn(input: Common, at: number, extra: Partial<AccountConfig> = {}, valuation = 'USDT'): AccountState {
  const shape: Partial<AccountConfig> =
    input.mode === 'isolated' ? { pair: { base: 'BTC', quote: 'USDT' } } : { assets: ['BTC'], valuationAsset: valuation };
  return createAccount({
    venue: venuePresets[input.venue],
    mode: input.mode,
    ...shape,
    ...(input.riskModel === undefined ? {} : { riskModel: input.riskModel }),
    ...(input.maintenanceMarginRate === undefined ? {} : { maintenanceMarginRate: input.maintenanceMarginRate }),
    ...(input.maxLeverage === undefined ? {} : { maxLeverage: input.maxLeverage }),
    prices: { BTC: '60000' },
    at,
    ...extra,
  } as AccountConfig);
}

function step(state: AccountState, command: Parameters<typeof execute>[1]): AccountState {
  const r = execute(state, command);
  if (!r.ok) throw new Error(`${command.type} rejected: ${r.rejection.code} ${r.rejection.message}`);
  return r.state;
}

const run: { [K in Input['kind']]: (input: Extract<Input, { kind: K }>) => string } = {
  loanInterest(input) {
    const clock = venuePresets[input.venue].interest;
    if (clock === undefined) throw new Error(`${input.venue} has no interest clock`);
    return accruedInterest({ principal: input.principal, rate: input.rate, ...(input.openingRate !== undefined && { openingRate: input.openingRate }), from: ms(input.from), to: ms(input.to), ...clock }).toFixed();
  },
  borrowLimit(input) {
    const extra: Partial<AccountConfig> = { interest: { USDT: { rate: '0.0001' } }, ...(input.maxLeverage === undefined ? {} : { maxLeverage: input.maxLeverage }) };
    const account = step(accountOn(input, AT, extra), { type: 'deposit', at: AT, asset: 'USDT', amount: input.margin });
    return maxBorrowable({ margin: input.margin, maxLeverage: account.rules.maxLeverage }).amount.toFixed();
  },
  status(input) {
    // through an account on the preset: the rules it resolves (a per-pair rate filled in) classify the numbers
    // through an account on the preset: the rules it resolves (a per-pair rate filled in) give the
    // model; the thresholds are the preset's for the account's leverage, where it has levels
    const { rules } = accountOn(input, AT, { interest: { USDT: { rate: '0' } } });
    const risk = venuePresets[input.venue].risk?.[input.mode];
    if (risk === undefined) throw new Error(`${input.venue} has no ${input.mode} risk rule`);
    const level = risk.levels?.find((l) => l.maxLeverage === (input.maxLeverage ?? venuePresets[input.venue].maxLeverage[input.mode]));
    const model: RiskModel = rules.model.kind === 'maintenance' ? { kind: 'maintenance', maintenanceMarginRate: rules.model.maintenanceMarginRate } : rules.model;
    return riskStatus({ assets: input.assets, liabilities: input.liabilities, model, thresholds: level?.thresholds ?? risk.thresholds });
  },
  tradeFee(input) {
    // a fill on an account on the preset, funded with what it spends: the fee and the asset it was paid in
    let account = createAccount({ venue: venuePresets[input.venue], mode: input.mode, assets: [input.base], tradingFeeRate: input.tradingFeeRate, prices: { [input.base]: input.price }, at: AT });
    const spent = input.side === 'buy' ? { asset: 'USDT', amount: new Big(input.quantity).times(input.price).times(2).toFixed() } : { asset: input.base, amount: input.quantity };
    account = step(account, { type: 'deposit', at: AT, ...spent });
    const r = execute(account, { type: 'trade', at: AT, side: input.side, base: input.base, quote: 'USDT', quantity: input.quantity, price: input.price });
    if (!r.ok) throw new Error(r.rejection.message);
    const fill = r.events.find((e) => e.type === 'TradeFilled');
    if (fill?.type !== 'TradeFilled') throw new Error('no fill');
    return `${fill.fee.toFixed()} ${fill.feeAsset}`;
  },
  transferOut(input) {
    let account = accountOn(input, AT, { interest: { USDT: { rate: '0' } } });
    account = step(account, { type: 'deposit', at: AT, asset: 'USDT', amount: input.deposit });
    account = step(account, { type: 'borrow', at: AT, asset: 'USDT', amount: input.borrow });
    const r = execute(account, { type: 'withdraw', at: AT, asset: 'USDT', amount: input.withdraw });
    return r.ok ? 'accepted' : r.rejection.code;
  },
};

/**
 * The same loan through an account on the preset: the account posts each charge as it happens (the
 * borrow-time charge at once), each rounded up on its own (decision 0007), so its total is the
 * one-shot figure plus at most 1e-8 per posting after the first.
 */
function accountInterest(input: Extract<Input, { kind: 'loanInterest' }>): { interest: Big; postings: number } {
  const from = ms(input.from);
  const valuation = input.asset === 'BTC' ? 'USDT' : input.asset;
  let account = accountOn(input, from, { interest: { [input.asset]: { rate: input.rate, ...(input.openingRate !== undefined && { openingRate: input.openingRate }) } } }, valuation);
  account = step(account, { type: 'deposit', at: from, asset: input.asset, amount: input.collateral });
  const borrowed = execute(account, { type: 'borrow', at: from, asset: input.asset, amount: input.principal });
  if (!borrowed.ok) throw new Error(borrowed.rejection.message);
  const repaid = execute(borrowed.state, { type: 'repay', at: ms(input.to), asset: input.asset, amount: 'all' });
  if (!repaid.ok) throw new Error(repaid.rejection.message);
  const events = [...borrowed.events, ...repaid.events];
  const last = events.find((e) => e.type === 'Repaid');
  if (last?.type !== 'Repaid') throw new Error('no Repaid event');
  return { interest: last.interest, postings: events.filter((e) => e.type === 'InterestCharged').length };
}

/** The borrow command agrees with the limit: `amount` is accepted, one unit of the 8th decimal more is refused. */
function borrowCodes(input: Extract<Input, { kind: 'borrowLimit' }>, amount: string): [string, string] {
  const extra: Partial<AccountConfig> = { interest: { USDT: { rate: '0.0001' } }, ...(input.maxLeverage === undefined ? {} : { maxLeverage: input.maxLeverage }) };
  const account = step(accountOn(input, AT, extra), { type: 'deposit', at: AT, asset: 'USDT', amount: input.margin });
  const codeOf = (value: string) => {
    const r = execute(account, { type: 'borrow', at: AT, asset: 'USDT', amount: value });
    return r.ok ? 'accepted' : r.rejection.code;
  };
  return [codeOf(amount), codeOf((Number(amount) + 0.00000001).toFixed(8))];
}

describe('venue presets', () => {
  for (const v of loadVectors<Input, string>('venues')) {
    it(`reproduces ${v.name}`, () => {
      const input = v.input;
      const actual = (run[input.kind] as (i: Input) => string)(input);
      expect(actual).toBe(v.expected);
      if (input.kind === 'borrowLimit') expect(borrowCodes(input, v.expected)).toEqual(['accepted', 'BORROW_LIMIT']);
      if (input.kind === 'loanInterest') {
        const { interest, postings } = accountInterest(input);
        expect(interest.gte(v.expected)).toBe(true);
        expect(interest.lte(new Big(v.expected).plus(new Big('0.00000001').times(Math.max(postings - 1, 0))))).toBe(true);
      }
    });
  }

  it('gives every shipped venue a preset under its own name', () => {
    expect(Object.keys(venuePresets)).toEqual(['bitget', 'bitgetDebtRatio', 'binance', 'binanceCrossPro', 'bybit', 'bybitUnified', 'okx', 'kucoin', 'kraken', 'mexc', 'gemini', 'primexbt']);
    for (const [name, preset] of Object.entries(venuePresets)) expect(preset.name).toBe(name);
  });

  it('freezes the presets', () => {
    expect(Object.isFrozen(venuePresets.bitget.risk?.cross?.thresholds)).toBe(true);
    expect(() => {
      (venuePresets.bitget.maxLeverage as { cross?: string }).cross = '100';
    }).toThrow(TypeError);
  });

  it('lets the caller override what the preset fills', () => {
    const account = createAccount({
      venue: venuePresets.binance,
      mode: 'cross',
      maxLeverage: 5,
      thresholds: { marginCall: '1.16', liquidation: '1.1' },
      prices: {},
      at: AT,
    });
    expect(account.rules.maxLeverage.toFixed()).toBe('5');
    expect(account.rules.model.kind).toBe('marginLevel');
    expect(account.config.thresholds?.marginCall).toBe('1.16');
  });

  it('takes the venue clock for a rule that names none and keeps a rule that names its own', () => {
    const account = createAccount({
      venue: venuePresets.kraken,
      mode: 'cross',
      valuationAsset: 'USD',
      assets: ['BTC'],
      riskModel: { kind: 'debtRatio' },
      interest: { USD: { rate: '0.0002' }, BTC: { rate: '0.0001', clock: { kind: 'continuous' }, ratePeriodHours: 24 } },
      prices: { BTC: '60000' },
      at: AT,
    });
    expect(account.rules.interest.USD).toMatchObject({ ratePeriodHours: 4, clock: { kind: 'elapsedPeriods', periodHours: 4, openingCharge: false } });
    expect(account.rules.interest.BTC).toMatchObject({ ratePeriodHours: 24, clock: { kind: 'continuous' } });
  });

  it('round-trips an account on a preset through JSON', () => {
    const account = createAccount({ venue: venuePresets.kucoin, mode: 'isolated', pair: { base: 'BTC', quote: 'USDT' }, prices: { BTC: '60000' }, at: AT });
    const restored = accountFromJSON(JSON.parse(JSON.stringify(accountToJSON(account))));
    expect(accountToJSON(restored)).toEqual(accountToJSON(account));
    expect(restored.rules.transferOut).toEqual(account.rules.transferOut);
    expect(restored.config.venue).toEqual(venuePresets.kucoin);
  });

  it('refuses to guess a risk rule the venue does not publish', () => {
    expectCode(() => createAccount({ venue: venuePresets.bybit, mode: 'cross', prices: {}, at: AT }), 'INVALID_CONFIG', 'riskModel');
  });

  it('refuses a mode the venue does not offer without an explicit leverage', () => {
    expectCode(() => createAccount({ venue: venuePresets.mexc, mode: 'cross', prices: {}, at: AT }), 'INVALID_CONFIG', 'maxLeverage');
  });

  it('refuses a leveraged-product preset for a spot margin account', () => {
    expectCode(
      () => createAccount({ venue: venuePresets.primexbt, mode: 'cross', riskModel: { kind: 'debtRatio' }, prices: {}, at: AT }),
      'INVALID_CONFIG',
      'venue',
    );
  });

  it('refuses something that is not a preset', () => {
    expectCode(() => createAccount({ venue: 'bitget' as never, mode: 'cross', prices: {}, at: AT }), 'INVALID_CONFIG', 'venue');
  });

  it('looks presets up by name in any case and names the known ones otherwise', () => {
    expect(toVenuePreset('Binance')).toBe(venuePresets.binance);
    expectCode(() => toVenuePreset('ftx'), 'INVALID_OPTION', 'venue');
  });

  it('looks up the debt-ratio reading of Bitget by name, in any case', () => {
    expect(toVenuePreset('bitgetdebtratio')).toBe(venuePresets.bitgetDebtRatio);
  });

  it("needs the pair's maintenance rate where Bitget sets it per pair (isolated), and takes it", () => {
    const isolated = { venue: venuePresets.bitget, mode: 'isolated' as const, pair: { base: 'BTC', quote: 'USDT' }, prices: { BTC: '49000' }, at: AT };
    expectCode(() => createAccount(isolated), 'INVALID_CONFIG', 'maintenanceMarginRate');
    const account = createAccount({ ...isolated, maintenanceMarginRate: '0.05' });
    expect(account.rules.model.kind === 'maintenance' && account.rules.model.maintenanceMarginRate.toFixed()).toBe('0.05');
    // 1 + 0.05 / 1: liquidated when assets ≤ 1.05 × liabilities
    expect([account.rules.liquidation.numerator.toFixed(), account.rules.liquidation.denominator.toFixed()]).toEqual(['1.05', '1']);
    expectCode(() => createAccount({ ...isolated, venue: venuePresets.binance, maintenanceMarginRate: '0.05' }), 'INVALID_CONFIG', 'maintenanceMarginRate');
  });

  it("partially liquidates a Bitget account back to the blog's 50% by default (0.2 BTC at 49,000 owing 9,000 → sell 0.10204082 BTC)", () => {
    // Bitget blog: sell "until the risk ratio is no more than 50%" — the preset's partial target; the
    // numbers are the liquidation-plan vector's (test/vectors/liquidation-plan.json, first vector).
    const empty = createAccount({ venue: venuePresets.bitget, mode: 'cross', assets: ['BTC'], interest: { USDT: { rate: '0' } }, prices: { BTC: '49000' }, at: AT });
    const json = accountToJSON(empty);
    const account = accountFromJSON({
      ...json,
      balances: { BTC: '0.2' },
      loans: { USDT: { principal: '9000', interest: '0', tranches: [{ principal: '9000', borrowedAt: AT, accruedTo: AT }] } },
      status: 'liquidation',
    });
    const plan = planLiquidation(account);
    expect([plan.mode, plan.riskBefore?.toFixed(), plan.riskAfter?.toFixed()]).toEqual(['partial', '1.125', '0.49999998']);
    expect(plan.steps.map((step) => (step.kind === 'sell' ? step.quantity.toFixed() : step.kind))).toEqual(['0.10204082', 'repay']);
    // the debt-ratio reading liquidates at equity zero: the same account just past its line (44,000)
    // is already under water — everything is sold and the insurance fund covers the rest
    const underDebtRatio = createAccount({ venue: venuePresets.bitgetDebtRatio, mode: 'cross', assets: ['BTC'], interest: { USDT: { rate: '0' } }, prices: { BTC: '44000' }, at: AT });
    const pastLine = accountFromJSON({ ...accountToJSON(underDebtRatio), balances: { BTC: '0.2' }, loans: { USDT: { principal: '9000', interest: '0', tranches: [{ principal: '9000', borrowedAt: AT, accruedTo: AT }] } }, status: 'liquidation' });
    const full = planLiquidation(pastLine);
    expect([full.mode, full.fallback, full.shortfall.toFixed()]).toEqual(['full', 'insufficientAssets', '200']);
  });
  it('liquidates a KuCoin account whole and returns the rest in USDT, less a 1% fee on the total position value (1 BTC at 30,000 owing 29,100 → 600 USDT)', () => {
    // KuCoin help centre 900002181946 'Debt Ratio and Liquidation': "the system takes control of and
    // liquidates all positions to repay your debts. Any remaining balance, after deducting a fee (about
    // 1% of the total position value) … is returned in USDT". Derived vector: 30,000 of position at 1%
    // is 300 of fees; 30,000 − 29,100 − 300 = 600 USDT returned, no BTC left.
    const empty = createAccount({ venue: venuePresets.kucoin, mode: 'cross', assets: ['BTC'], interest: { USDT: { rate: '0' } }, prices: { BTC: '30000' }, at: AT });
    const account = accountFromJSON({
      ...accountToJSON(empty),
      balances: { BTC: '1' },
      loans: { USDT: { principal: '29100', interest: '0', tranches: [{ principal: '29100', borrowedAt: AT, accruedTo: AT }] } },
      status: 'liquidation',
    });
    const plan = planLiquidation(account, { feeRate: '0.01' });
    expect([plan.mode, plan.feeTotal.toFixed(), plan.shortfall.toFixed()]).toEqual(['sellAll', '300', '0']);
    expect(plan.steps.map((s) => (s.kind === 'sell' ? `sell ${s.quantity.toFixed()} ${s.asset}` : s.kind))).toEqual(['sell 0.97979798 BTC', 'fee', 'repay', 'sell 0.02020202 BTC', 'fee']);
    const done = step(account, { type: 'liquidate', at: AT, plan });
    expect(accountToJSON(done).balances).toEqual({ BTC: '0', USDT: '600' });
    expect(done.loans.USDT).toBeUndefined();
  });
  it("takes a Binance buy's fee out of the BTC it receives, and the liquidation price follows the holdings (derived: 42,042.04204205, not 42,063)", () => {
    // Binance FAQ: "if you buy ETH/USDT, the fee is paid in ETH". 1,000 USDT + 2,000 borrowed buys
    // 0.05 BTC at 60,000 with a 0.1% fee: under the preset 0.04995 BTC is held and 2,000 owed, so
    // isolated margin level 1.05 is reached at 1.05 × 2,000 / 0.04995 = 42,042.042042… (a long's
    // price rounded up); paid in quote it would be 0.05 BTC against 2,003 owed: 1.05 × 2,003 / 0.05 = 42,063.
    const liquidationAt = (feeAsset?: 'quote') => {
      let account = createAccount({ venue: venuePresets.binance, mode: 'isolated', pair: { base: 'BTC', quote: 'USDT' }, ...(feeAsset && { feeAsset }), tradingFeeRate: '0.001', interest: { USDT: { rate: '0' } }, prices: { BTC: '60000' }, at: AT });
      account = step(account, { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' });
      account = step(account, { type: 'trade', at: AT, side: 'buy', quantity: '0.05', price: '60000', autoBorrow: true });
      const h = holdingsOf(account);
      const base = h['BTC'];
      const quote = h['USDT'];
      if (base === undefined || quote === undefined) throw new Error('expected BTC and USDT holdings');
      return [base.held.toFixed(), quote.debt.toFixed(), spotLiquidationPrice({ base, quote, model: { kind: 'marginLevel' }, threshold: '1.05' })?.toFixed()];
    };
    expect(liquidationAt()).toEqual(['0.04995', '2000', '42042.04204205']);
    expect(liquidationAt('quote')).toEqual(['0.05', '2003', '42063']);
  });
  it("prices Bybit's futures liquidation on each account's basis: classic at entry (19,700), unified at mark (derived 45,681.81818182)", () => {
    // classic "Liquidation Price (USDT Contract)": 1 BTC long at 20,000, 50x, MMR 0.5% → 19,700
    const classic = venuePresets.bybit.liquidationPrice;
    const unified = venuePresets.bybitUnified.liquidationPrice;
    if (classic === undefined || unified === undefined) throw new Error('expected Bybit liquidation conventions');
    const usdt = { side: 'long', entryPrice: '20000', quantity: '1', leverage: 50, maintenanceMarginRate: '0.005', closeFeeRate: '0.00055' } as const;
    expect(liquidationPrice({ ...usdt, maintenanceBasis: classic.maintenanceBasis, ...(classic.closeFeeBasis && { closeFeeBasis: classic.closeFeeBasis }) })?.toFixed()).toBe('19700');
    // unified "Liquidation Price Calculation under Isolated Mode" (2026-05-27), inverse long:
    // size × (MMR + 1) / (size / entry + size / entry / leverage) — its example's 60,000 USD at 50,000, 10x, 0.5%:
    // 60,300 / (1.2 + 0.12) = 45,681.8181…, a long rounded up
    const inverse = { side: 'long', entryPrice: '50000', quantity: '60000', leverage: 10, maintenanceMarginRate: '0.005', contract: 'inverse', closeFeeRate: '0.00055' } as const;
    expect(liquidationPrice({ ...inverse, maintenanceBasis: unified.maintenanceBasis, ...(unified.closeFeeBasis && { closeFeeBasis: unified.closeFeeBasis }) })?.toFixed()).toBe('45681.81818182');
  });
  it("takes Binance's rules for the account's leverage: cross 5x calls at 1.16 and stops liquidating at 1.25, isolated 5x liquidates at 1.15", () => {
    const rulesOf = (mode: 'cross' | 'isolated', maxLeverage?: string) =>
      createAccount({ venue: venuePresets.binance, mode, ...(mode === 'isolated' ? { pair: { base: 'BTC', quote: 'USDT' } } : { assets: ['BTC'] }), ...(maxLeverage && { maxLeverage }), prices: { BTC: '60000' }, at: AT }).rules;
    const k = (c: { numerator: { toFixed(): string }; denominator: { toFixed(): string } } | undefined) => (c === undefined ? undefined : `${c.numerator.toFixed()}/${c.denominator.toFixed()}`);
    // margin level thresholds are their own coverage multiples: liquidated when assets ≤ k × liabilities
    expect([k(rulesOf('cross').marginCall), k(rulesOf('cross').liquidation), k(rulesOf('cross').partialTarget)]).toEqual(['1.3/1', '1.1/1', '1.5/1']);
    expect([k(rulesOf('cross', '5').marginCall), k(rulesOf('cross', '5').partialTarget)]).toEqual(['1.16/1', '1.25/1']);
    expect([k(rulesOf('isolated').liquidation), k(rulesOf('isolated').partialTarget)]).toEqual(['1.05/1', '1.111/1']);
    expect([k(rulesOf('isolated', '5').marginCall), k(rulesOf('isolated', '5').liquidation), k(rulesOf('isolated', '3').liquidation)]).toEqual(['1.19/1', '1.15/1', '1.18/1']);
    expect([k(rulesOf('cross').transferOut), rulesOf('cross').transferOutAtLimit, rulesOf('isolated').transferOutAtLimit]).toEqual(['2/1', true, false]);
    // a leverage without a published level needs thresholds of its own
    expectCode(() => rulesOf('isolated', '8'), 'INVALID_CONFIG', 'maxLeverage');
    const own = createAccount({ venue: venuePresets.binance, mode: 'isolated', pair: { base: 'BTC', quote: 'USDT' }, maxLeverage: '8', thresholds: { marginCall: '1.1', liquidation: '1.05' }, prices: { BTC: '60000' }, at: AT });
    expect(own.rules.maxLeverage.toFixed()).toBe('8');
    expectCode(() => createAccount({ mode: 'cross', transferOutAtLimit: 'yes' as never, prices: {}, at: AT }), 'INVALID_CONFIG', 'transferOutAtLimit');
  });

  it("stops a Binance cross liquidation above margin level 1.5 (derived: 1 BTC at 22,000 owing 20,000 → sell 0.72727273 BTC)", () => {
    // "The liquidation process will terminate early if … Margin Level has risen above: 1.5 for Cross Margin 3X"
    // k = 1.5, no fee: x = (1.5 × 20,000 − 22,000) / (1.5 − 1) = 16,000 USDT of BTC = 0.727272…, rounded up to the lot
    const empty = createAccount({ venue: venuePresets.binance, mode: 'cross', assets: ['BTC'], interest: { USDT: { rate: '0' } }, prices: { BTC: '22000' }, at: AT });
    const account = accountFromJSON({ ...accountToJSON(empty), balances: { BTC: '1' }, loans: { USDT: { principal: '20000', interest: '0', tranches: [{ principal: '20000', borrowedAt: AT, accruedTo: AT }] } }, status: 'liquidation' });
    const plan = planLiquidation(account);
    expect([plan.mode, plan.steps[0]?.kind === 'sell' && plan.steps[0].quantity.toFixed()]).toEqual(['partial', '0.72727273']);
    expect(plan.riskAfter !== null && plan.riskAfter.gte('1.5')).toBe(true);
  });

  it("needs the account's maintenance rate on Binance Cross Margin Pro, and liquidates at margin level 1 with its 3% fee", () => {
    const pro = { venue: venuePresets.binanceCrossPro, mode: 'cross' as const, assets: ['BTC'], prices: { BTC: '60000' }, at: AT };
    expectCode(() => createAccount(pro), 'INVALID_CONFIG', 'maintenanceMarginRate');
    const account = createAccount({ ...pro, maintenanceMarginRate: '0.1' });
    expect([account.rules.maxLeverage.toFixed(), venuePresets.binanceCrossPro.liquidationFeeRate]).toEqual(['20', '0.03']);
  });
  it("takes a Binance isolated tier's leverage and initial risk ratio: tier 2 of a 10x pair borrows at 8.91x and stops above 1.1264", () => {
    // "Tiered Leverage Function on Isolated Margin": 10x tier 2 — liquidation 1.05, margin call 1.1,
    // initial risk ratio 1.1264, maximum leverage 8.91 (the same call and liquidation ratios for every tier)
    const config = { venue: venuePresets.binance, mode: 'isolated' as const, pair: { base: 'BTC', quote: 'USDT' }, interest: { USDT: { rate: '0' } }, prices: { BTC: '60000' }, at: AT };
    const tier2 = createAccount({ ...config, tier: 2 });
    const fixed = (k: { numerator: { toFixed(): string }; denominator: { toFixed(): string } } | undefined) => k && `${k.numerator.toFixed()}/${k.denominator.toFixed()}`;
    expect([tier2.rules.maxLeverage.toFixed(), fixed(tier2.rules.partialTarget), fixed(tier2.rules.marginCall), fixed(tier2.rules.liquidation)]).toEqual(['8.91', '1.1264/1', '1.1/1', '1.05/1']);
    // borrowing: 1,000 of margin at 8.91x may owe 7,910 (derived: 1,000 × (8.91 − 1))
    const funded = step(tier2, { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' });
    const code = (amount: string) => {
      const r = execute(funded, { type: 'borrow', at: AT, asset: 'USDT', amount });
      return r.ok ? 'accepted' : r.rejection.code;
    };
    expect([code('7910'), code('7910.00000001')]).toEqual(['accepted', 'BORROW_LIMIT']);
    // a partial liquidation of 1 BTC at 21,000 owing 20,000 (margin level 1.05) stops at 1.1264:
    // x = (1.1264 × 20,000 − 21,000) / (1.1264 − 1) = 12,088.60759… USDT of BTC; / 21,000 = 0.575647980… BTC,
    // 0.57564799 on the 1e-8 lot, up (derived, no fee)
    const empty = createAccount({ ...config, tier: 2, prices: { BTC: '21000' } });
    const account = accountFromJSON({ ...accountToJSON(empty), balances: { BTC: '1' }, loans: { USDT: { principal: '20000', interest: '0', tranches: [{ principal: '20000', borrowedAt: AT, accruedTo: AT }] } }, status: 'liquidation' });
    const plan = planLiquidation(account);
    expect([plan.mode, plan.steps[0]?.kind === 'sell' && plan.steps[0].quantity.toFixed()]).toEqual(['partial', '0.57564799']);
    expect(plan.riskAfter !== null && plan.riskAfter.gte('1.1264')).toBe(true);
    expectCode(() => createAccount({ ...config, tier: 11 }), 'INVALID_CONFIG', 'tier');
    expectCode(() => createAccount({ ...config, tier: 1.5 }), 'INVALID_CONFIG', 'tier');
    expectCode(() => createAccount({ ...config, venue: venuePresets.bitget, maintenanceMarginRate: '0.1', tier: 2 }), 'INVALID_CONFIG', 'tier');
    const { venue: _, ...own } = config;
    expectCode(() => createAccount({ ...own, tier: 2 }), 'INVALID_CONFIG', 'tier');
  });

  it("caps a Binance isolated BTC/USDT 10x account at its tier's borrow limits with coinLimits: 90,000 USDT and 7.2 BTC", () => {
    // "Binance Isolated Margin Leverage Adjustment" (2023-06-07): "when you select 10x for Isolated
    // BTC/USDT, your quote and base asset tier limit will be 90,000 USDT and 7.2 BTC"
    let account = createAccount({ venue: venuePresets.binance, mode: 'isolated', pair: { base: 'BTC', quote: 'USDT' }, coinLimits: { USDT: '90000', BTC: '7.2' }, interest: { USDT: { rate: '0' }, BTC: { rate: '0' } }, prices: { BTC: '60000' }, at: AT });
    account = step(account, { type: 'deposit', at: AT, asset: 'USDT', amount: '100000' });
    const codeOf = (asset: string, amount: string) => {
      const r = execute(account, { type: 'borrow', at: AT, asset, amount });
      return r.ok ? 'accepted' : r.rejection.code;
    };
    // 100,000 of margin at 10x could borrow 900,000: the tier limit binds first
    expect([codeOf('USDT', '90000'), codeOf('USDT', '90000.00000001'), codeOf('BTC', '7.2'), codeOf('BTC', '7.20000001')]).toEqual(['accepted', 'BORROW_LIMIT', 'accepted', 'BORROW_LIMIT']);
  });
});
