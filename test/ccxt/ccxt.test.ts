import { describe, expect, it } from 'vitest';
import {
  accruedInterest,
  createAccount,
  createAccountBook,
  classifyBook,
  createFuturesAccount,
  execute,
  fromCcxtBalance,
  fromCcxtBorrowInterest,
  fromCcxtBorrowRate,
  fromCcxtFundingRateHistory,
  fromCcxtLeverageTiers,
  fromCcxtPosition,
  maintenanceTier,
  maxLeverageForNotional,
  positionView,
  toCcxtBorrowInterest,
  type FuturesCommand,
} from '../../src/index.js';
import { expectCode } from '../expectCode.js';

// The examples of ccxt's manual (docs.ccxt.com, "Manual"), each structure as the manual prints it.
const MANUAL = {
  balance: { info: {}, timestamp: 1499280391811, datetime: '2017-07-05T18:47:14.692Z', free: { BTC: 321.0, USD: 123.0 }, used: { BTC: 234.0, USD: 456.0 }, total: { BTC: 555.0, USD: 579.0 }, BTC: { free: 321.0, used: 234.0, total: 555.0 }, USD: { free: 123.0, used: 456.0, total: 579.0 } },
  borrowInterest: { info: {}, symbol: 'BTC/USDT', currency: 'USDT', interest: 0.00004842, interestRate: 0.0002, amountBorrowed: 5.81, marginMode: 'cross', timestamp: 1648699200000, datetime: '2022-03-31T04:00:00.000Z' },
  borrowRate: { currency: 'USDT', rate: 0.0006, period: 86400000, timestamp: 1646956800000, datetime: '2022-03-11T00:00:00.000Z', info: [] },
  leverageTiers: [
    { tier: 1, currency: 'USDT', minNotional: 0, maxNotional: 10000, maintenanceMarginRate: 0.0065, maxLeverage: 75, info: {} },
    { tier: 2, currency: 'USDT', minNotional: 10000, maxNotional: 50000, maintenanceMarginRate: 0.01, maxLeverage: 50, info: {} },
  ],
  position: { info: {}, id: '1234323', symbol: 'BTC/USD:BTC', timestamp: 1607723554607, datetime: '2020-12-11T21:52:34.607Z', isolated: true, hedged: false, side: 'long', contracts: 5, contractSize: 100, entryPrice: 20000, markPrice: 20050, notional: 100000, leverage: 100, collateral: 5300, initialMargin: 5000, maintenanceMargin: 1000, initialMarginPercentage: 0.05, maintenanceMarginPercentage: 0.01, unrealizedPnl: 300, liquidationPrice: 19850, marginMode: 'cross', percentage: 3.32 },
  fundingRateHistory: { info: {}, symbol: 'BTC/USDT:USDT', fundingRate: -0.000068, timestamp: 1642953600000, datetime: '2022-01-23T16:00:00.000Z' },
};

describe('ccxt-shaped inputs', () => {
  it("reads ccxt's balance structure as holdings: the manual's BTC 555 and USD 579 (free + used)", () => {
    expect(fromCcxtBalance(MANUAL.balance)).toEqual({ BTC: { held: '555' }, USD: { held: '579' } });
    // a margin balance with ccxt's debt field; the holdings feed an account book
    const holdings = fromCcxtBalance({ BTC: { free: 0.05, used: 0, total: 0.05 }, USDT: { free: 0, used: 0, total: 0, debt: 2000 } });
    expect(holdings).toEqual({ BTC: { held: '0.05' }, USDT: { held: '0', debt: '2000' } });
    const book = createAccountBook([{ id: 'a', holdings }]);
    expect(classifyBook(book, { BTC: '44000' })).toEqual(['marginCall']); // 2,000 / 2,200 = 0.909
    expectCode(() => fromCcxtBalance({ info: {} }), 'MISSING_INPUT', 'balance.total');
    expectCode(() => fromCcxtBalance({ total: { BTC: 'lots' } }), 'INVALID_DECIMAL', 'balance.total.BTC');
  });

  it("reads borrow interest records as loans: the manual's 5.81 USDT borrowed, 0.00004842 charged — one hour at 0.02% a day", () => {
    expect(fromCcxtBorrowInterest([MANUAL.borrowInterest])).toEqual({ USDT: { principal: '5.81', interest: '0.00004842' } });
    // the manual's figures are one hourly charge: 5.81 × 0.0002 / 24 = 0.0000484166…, rounded up at 8 places (derived)
    const oneHour = accruedInterest({ principal: '5.81', rate: '0.0002', from: Date.UTC(2022, 2, 31, 3, 30), to: Date.UTC(2022, 2, 31, 3, 59), clock: { kind: 'clockHours' } });
    expect(oneHour.toFixed()).toBe('0.00004842');
    // several records of one currency: the latest principal, the interest summed
    const two = fromCcxtBorrowInterest([MANUAL.borrowInterest, { ...MANUAL.borrowInterest, amountBorrowed: 6, timestamp: 1648702800000 }]);
    expect(two).toEqual({ USDT: { principal: '6', interest: '0.00009684' } });
    expectCode(() => fromCcxtBorrowInterest([{ currency: 'USDT', interest: 1 }]), 'MISSING_INPUT', 'records[0].amountBorrowed');
    expectCode(() => fromCcxtBorrowInterest([{ currency: '__proto__', interest: 1, amountBorrowed: 1 }]), 'INVALID_ASSET', 'records[0].currency');
  });

  it('writes an account’s loans back as ccxt borrow interest: 5.81 USDT borrowed at 0.02% a day, one hour → 0.00004842', () => {
    const at = Date.UTC(2022, 2, 31, 3, 30);
    let account = createAccount({ mode: 'cross', assets: ['BTC'], interest: { USDT: { rate: '0.0002' } }, prices: { BTC: '45000' }, at });
    for (const command of [
      { type: 'deposit', at, asset: 'USDT', amount: '100' },
      { type: 'borrow', at, asset: 'USDT', amount: '5.81' },
    ] as const) {
      const r = execute(account, command);
      if (!r.ok) throw new Error(r.rejection.code);
      account = r.state;
    }
    expect(toCcxtBorrowInterest(account)).toEqual([
      { currency: 'USDT', interest: '0.00004842', interestRate: '0.0002', amountBorrowed: '5.81', marginMode: 'cross', timestamp: at, datetime: '2022-03-31T03:30:00.000Z', info: {} },
    ]);
    // and round-trips through the reader
    expect(fromCcxtBorrowInterest(toCcxtBorrowInterest(account))).toEqual({ USDT: { principal: '5.81', interest: '0.00004842' } });
  });

  it("reads borrow rates as interest rules: the manual's 0.0006 over 86,400,000 ms is a daily rate", () => {
    expect(fromCcxtBorrowRate(MANUAL.borrowRate)).toEqual({ USDT: { rate: '0.0006', ratePeriodHours: 24 } });
    expect(fromCcxtBorrowRate([MANUAL.borrowRate, { currency: 'BTC', rate: 0.00001, period: 3600000 }])).toEqual({ USDT: { rate: '0.0006', ratePeriodHours: 24 }, BTC: { rate: '0.00001', ratePeriodHours: 1 } });
    expect(fromCcxtBorrowRate({ USDT: MANUAL.borrowRate })).toEqual({ USDT: { rate: '0.0006', ratePeriodHours: 24 } });
    const interest = fromCcxtBorrowRate(MANUAL.borrowRate);
    expect(createAccount({ mode: 'cross', assets: ['BTC'], interest, prices: { BTC: '1' }, at: 0 }).rules.interest['USDT']!.ratePeriodHours).toBe(24);
    expectCode(() => fromCcxtBorrowRate({ currency: 'USDT', rate: 0.0006 }), 'MISSING_INPUT', 'rate.period');
    expectCode(() => fromCcxtBorrowRate({ currency: 'USDT', rate: 0.0006, period: 90_000 }), 'INVALID_OPTION', 'rate.period');
  });

  it("reads leverage tiers as a tier table: the manual's 75x to 10,000 and 50x to 50,000", () => {
    const tiers = fromCcxtLeverageTiers(MANUAL.leverageTiers);
    expect(tiers).toEqual([
      { notionalFloor: '0', maintenanceMarginRate: '0.0065', maxLeverage: '75' },
      { notionalFloor: '10000', maintenanceMarginRate: '0.01', maxLeverage: '50', notionalCap: '50000' },
    ]);
    expect(maxLeverageForNotional(tiers, '5000').toFixed()).toBe('75');
    expect(maxLeverageForNotional(tiers, '20000').toFixed()).toBe('50');
    // derived: 30,000 × 1% − 10,000 × (1% − 0.65%) = 300 − 35 = 265
    expect(maintenanceTier(tiers, '30000').maintenanceMargin.toFixed()).toBe('265');
    expectCode(() => fromCcxtLeverageTiers([{ minNotional: 100, maintenanceMarginRate: 0.01 }]), 'INVALID_TIERS');
    expectCode(() => fromCcxtLeverageTiers([{ maxNotional: 100, maintenanceMarginRate: 0.01 }]), 'MISSING_INPUT', 'tiers[0].minNotional');
  });

  it("reads a position as the futures account's inputs: the manual's inverse BTC/USD:BTC long of 5 contracts of 100 USD", () => {
    const p = fromCcxtPosition(MANUAL.position);
    expect(p).toMatchObject({ market: 'BTCUSD', contract: 'inverse', contractSize: '100', settlementAsset: 'BTC', side: 'long', quantity: '5', entryPrice: '20000', markPrice: '20050', leverage: '100', marginMode: 'cross' });
    expect(p.trade).toEqual({ market: 'BTCUSD', side: 'buy', quantity: '5', price: '20000' });
    // replayed into an account: 500 USD at 20,000 is 0.025 BTC; at 20,050 the long shows 500 × (1/20,000 − 1/20,050) = 0.0000623… BTC, down
    let account = createFuturesAccount({ marginMode: p.marginMode!, settlementAsset: p.settlementAsset, markets: { [p.market]: { contract: p.contract, contractSize: p.contractSize, maxLeverage: p.leverage!, maintenanceMarginRate: '0.005' } }, marks: { [p.market]: p.markPrice! }, at: 0 });
    for (const command of [{ type: 'deposit', at: 0, asset: 'BTC', amount: '1' }, { type: 'trade', at: 0, ...p.trade }] as FuturesCommand[]) {
      const r = execute(account, command);
      if (!r.ok) throw new Error(r.rejection.code);
      account = r.state;
    }
    expect(positionView(account, p.market)!.unrealisedPnl.toFixed()).toBe('0.00006234');
    expect(fromCcxtPosition({ ...MANUAL.position, symbol: 'BTC/USDT:USDT', hedged: true, side: 'short' })).toMatchObject({ market: 'BTCUSDT', contract: 'linear', positionSide: 'short', trade: { side: 'sell', positionSide: 'short' } });
    expect(fromCcxtPosition({ ...MANUAL.position, symbol: 'BTC/USDT:USDT-240628' }).market).toBe('BTCUSDT-240628');
    expectCode(() => fromCcxtPosition({ ...MANUAL.position, symbol: 'ETH/USD:BTC' }), 'INVALID_OPTION', 'position.symbol');
    expectCode(() => fromCcxtPosition({ ...MANUAL.position, symbol: 'BTC/USDT' }), 'INVALID_OPTION', 'position.symbol');
    expectCode(() => fromCcxtPosition({ symbol: 'BTC/USDT:USDT', side: 'long', entryPrice: 1 }), 'MISSING_INPUT', 'position.contracts');
  });

  it("reads funding rate history as a funding schedule: the manual's −0.000068 at 2022-01-23T16:00Z", () => {
    const later = { ...MANUAL.fundingRateHistory, fundingRate: 0.0001, timestamp: 1642982400000 };
    expect(fromCcxtFundingRateHistory([later, MANUAL.fundingRateHistory])).toEqual([
      { type: 'settleFunding', at: 1642953600000, market: 'BTCUSDT', rate: '-0.000068' },
      { type: 'settleFunding', at: 1642982400000, market: 'BTCUSDT', rate: '0.0001' },
    ]);
    expectCode(() => fromCcxtFundingRateHistory([MANUAL.fundingRateHistory, MANUAL.fundingRateHistory]), 'INVALID_OPTION', 'history');
    expectCode(() => fromCcxtFundingRateHistory([{ symbol: 'BTC/USDT:USDT', fundingRate: 0.0001 }]), 'MISSING_INPUT', 'history[0].timestamp');
  });
});
