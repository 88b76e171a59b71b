import { describe, expect, it } from 'vitest';
import {
  accountFromJSON,
  accountToJSON,
  createFuturesAccount,
  execute,
  futuresVenuePresets,
  planFuturesLiquidation,
  positionView,
  type FuturesCommand,
  type FuturesConfig,
} from '../../src/index.js';
import { expectCode } from '../expectCode.js';
import { run, codeOf, fixed } from './helpers.js';

const AT = Date.UTC(2024, 0, 1);

const open = (config: FuturesConfig, market: string, deposit: string, quantity: string, price: string, side: 'buy' | 'sell' = 'buy') =>
  run(createFuturesAccount(config), [
    { type: 'deposit', at: AT, asset: createFuturesAccount(config).rules.settlementAsset, amount: deposit },
    { type: 'trade', at: AT, market, side, quantity, price },
  ]);

describe('futures venue presets', () => {
  it('bybit (classic): Bybit’s own example through the preset — 1 BTC long at 20,000, 50x → 19,700; liquidation steps down the tiers', () => {
    // Bybit help centre "Liquidation Price (USDT Contract)": LP = 20,000 − (400 − 100) = 19,700 (maintenance 0.5% at entry)
    const config: FuturesConfig = { venue: futuresVenuePresets.bybit, marginMode: 'isolated', markets: { BTCUSDT: { leverage: 50 } }, marks: { BTCUSDT: '20000' }, at: AT };
    const state = open(config, 'BTCUSDT', '1000', '1', '20000');
    const view = positionView(state, 'BTCUSDT')!;
    expect([fixed(view.margin), fixed(view.maintenanceMargin), fixed(view.liquidationPrice)]).toEqual(['400', '100', '19700']);
    expect(state.rules.liquidationStyle).toBe('tierStepDown');
    expect(state.rules.markets['BTCUSDT']!.maintenanceBasis).toBe('entry');
    // the kept configuration is the expansion: no venue name, every rule written out
    expect('venue' in state.config).toBe(false);
    expect(state.config.markets['BTCUSDT']!.tiers!.length).toBe(20);
  });

  it('bybit: the risk-limit table’s deduction — a 4,000,000 USDT position is in tier 5, 0.71% − 5,820', () => {
    // Bybit "Margin Parameters" BTCUSDT: tier 5 (3,800,000 – 4,400,000) at 0.71%, deduction 5,820 (derived vector: 4,000,000 × 0.71% − 5,820)
    const config: FuturesConfig = { venue: futuresVenuePresets.bybitUnified, marginMode: 'isolated', markets: { BTCUSDT: { leverage: 10 } }, marks: { BTCUSDT: '40000' }, at: AT };
    const state = open(config, 'BTCUSDT', '500000', '100', '40000');
    expect(fixed(positionView(state, 'BTCUSDT')!.maintenanceMargin)).toBe('22580');
    expect(state.rules.markets['BTCUSDT']!.maintenanceBasis).toBe('mark');
  });

  it('binanceCoinm: BTCUSD contracts of 100 USD — 40 BTC of value keeps 0.44 BTC of maintenance (Binance FAQ)', () => {
    // Binance FAQ be2c7d9d95b04a7e8044ed02dd7dfe5c / "How to Calculate Liquidation Price of COIN-M Futures Contracts": 40 × 2.5% − 0.56
    const config: FuturesConfig = { venue: futuresVenuePresets.binanceCoinm, marginMode: 'isolated', markets: { BTCUSD: { leverage: 20 } }, marks: { BTCUSD: '50000' }, at: AT };
    const state = open(config, 'BTCUSD', '5', '20000', '50000');
    const view = positionView(state, 'BTCUSD')!;
    expect([state.rules.settlementAsset, fixed(view.margin), fixed(view.maintenanceMargin)]).toEqual(['BTC', '2', '0.44']);
  });

  it('binanceUsdm: BTCUSDT brackets with amounts by continuity — 300,000 USDT at 1% less 1,300', () => {
    // Binance "Updates to Leverage and Margin Tiers of Binance Futures Contracts (2021-03-18)": 250,000 < position ≤ 1,000,000 at 1.00%;
    // derived vector: amount 50,000 × (0.5% − 0.4%) + 250,000 × (1% − 0.5%) = 1,300, so 300,000 × 1% − 1,300 = 1,700
    const config: FuturesConfig = { venue: futuresVenuePresets.binanceUsdm, marginMode: 'cross', markets: { BTCUSDT: { leverage: 20 } }, marks: { BTCUSDT: '30000' }, at: AT };
    const state = open(config, 'BTCUSDT', '20000', '10', '30000');
    expect(fixed(positionView(state, 'BTCUSDT')!.maintenanceMargin)).toBe('1700');
    expect(state.rules.liquidationStyle).toBe('full');
  });

  it('tiers cap the leverage by the position’s value: Binance’s 125x holds 50,000 USDT of BTCUSDT, 100x from there; COIN-M ends at 100 BTC', () => {
    // Binance 2021-03-18 brackets: 0 < position ≤ 50,000 at 125x; 50,000 < position ≤ 250,000 at 100x
    const config: FuturesConfig = { venue: futuresVenuePresets.binanceUsdm, marginMode: 'cross', markets: { BTCUSDT: { leverage: 125 } }, marks: { BTCUSDT: '30000' }, at: AT };
    const funded = run(createFuturesAccount(config), [{ type: 'deposit', at: AT, asset: 'USDT', amount: '10000' }]);
    const trade = (quantity: string): FuturesCommand => ({ type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity, price: '30000' });
    expect(codeOf(funded, trade('1.6'))).toBe('accepted'); // 48,000
    expect(codeOf(funded, trade('2'))).toBe('LEVERAGE_LIMIT'); // 60,000 at 125x
    const at100 = run(funded, [{ type: 'setLeverage', at: AT, market: 'BTCUSDT', leverage: 100 }]);
    expect(codeOf(at100, trade('2'))).toBe('accepted');
    const holding = run(at100, [trade('2')]);
    expect(codeOf(holding, { type: 'setLeverage', at: AT, market: 'BTCUSDT', leverage: 125 })).toBe('LEVERAGE_LIMIT');
    expect(codeOf(holding, { type: 'setLeverage', at: AT, market: 'BTCUSDT', leverage: 50 })).toBe('accepted');
    // COIN-M BTCUSD's last published bracket ends at 100 BTC: 60,000 contracts of 100 USD at 50,000 are 120 BTC
    const coinm = run(createFuturesAccount({ venue: futuresVenuePresets.binanceCoinm, marginMode: 'isolated', markets: { BTCUSD: { leverage: 5 } }, marks: { BTCUSD: '50000' }, at: AT }), [
      { type: 'deposit', at: AT, asset: 'BTC', amount: '100' },
    ]);
    expect(codeOf(coinm, { type: 'trade', at: AT, market: 'BTCUSD', side: 'buy', quantity: '60000', price: '50000' })).toBe('LEVERAGE_LIMIT');
    expect(codeOf(coinm, { type: 'trade', at: AT, market: 'BTCUSD', side: 'buy', quantity: '40000', price: '50000' })).toBe('accepted');
  });

  it('hyperliquid: an isolated BTC long — the docs’ formula gives 91,139.24050633; a position above 100,000 USDC loses 20% first', () => {
    // Hyperliquid docs "Liquidations": liq_price = price − side × margin_available / position_size / (1 − l × side), l = 1 / maintenance
    // leverage (80 for BTC's 40x: 1.25%); margin_available = isolated margin − maintenance. Derived vector: 1 BTC at 100,000, 10x:
    // 100,000 − (10,000 − 1,250) / 1 / (1 − 0.0125) = 91,139.2405063291…, a long's rounded up.
    const config: FuturesConfig = { venue: futuresVenuePresets.hyperliquid, marginMode: 'isolated', markets: { BTC: { leverage: 10 } }, marks: { BTC: '100000' }, at: AT };
    const one = open(config, 'BTC', '20000', '1', '100000');
    const view = positionView(one, 'BTC')!;
    expect([one.rules.settlementAsset, fixed(view.margin), fixed(view.maintenanceMargin), fixed(view.liquidationPrice)]).toEqual(['USDC', '10000', '1250', '91139.24050633']);
    expect(one.rules.markets['BTC']!.fundingIntervalHours).toBe(1);
    // "For liquidatable positions larger than 100k USDC … only 20% of the position will be sent as a market liquidation order"
    const big = run(open(config, 'BTC', '40000', '3', '100000'), [{ type: 'updateMarks', at: AT, marks: { BTC: '91100' } }]);
    expect(big.status).toBe('liquidation');
    const plan = planFuturesLiquidation(big);
    expect([plan.style, plan.reductions.map((r) => fixed(r.quantity)), plan.closes.length]).toEqual(['slices', ['0.6'], 0]);
  });

  it('bitmex: BitMEX’s own XBTUSD example — long 15,000 at 750, 0.05 XBT of funding paid, closed at 800 for 1.25 XBT, 1.2 XBT in all', () => {
    // BitMEX "Perpetual Contracts Guide Examples": "XBT Entry Value = 15,000 Contracts * 1 USD * 1/750 = 20 XBT"; "Funding Amount =
    // Mark Value * Funding Rate = 20 XBT * 0.25% = 0.05 XBT"; "PNL = 15,000 * 1 USD * (1/750 - 1/800) = 1.25 XBT"; "total profit is 1.2 XBT"
    const config: FuturesConfig = { venue: futuresVenuePresets.bitmex, marginMode: 'isolated', markets: { XBTUSD: { leverage: 10 } }, marks: { XBTUSD: '750' }, at: AT };
    const opened = open(config, 'XBTUSD', '10', '15000', '750');
    const r = execute(opened, { type: 'settleFunding', at: AT + 2 * 3_600_000, market: 'XBTUSD', rate: '0.0025' });
    if (!r.ok) throw new Error(r.rejection.code);
    expect(r.events.map((e) => (e.type === 'FundingSettled' ? fixed(e.payment) : e.type))).toEqual(['0.05']);
    const closed = execute(run(r.state, [{ type: 'updateMarks', at: AT + 8 * 3_600_000, marks: { XBTUSD: '800' } }]), { type: 'trade', at: AT + 8 * 3_600_000, market: 'XBTUSD', side: 'sell', quantity: '15000', price: '800' });
    if (!closed.ok) throw new Error(closed.rejection.code);
    const fill = closed.events.find((e) => e.type === 'PositionChanged') as { realisedPnl: { toFixed(): string }; change: string };
    expect([fill.change, fixed(fill.realisedPnl), fixed(closed.state.wallet)]).toEqual(['closed', '1.25', '11.2']);
  });

  it('binanceUsdm: a long carried through the 50,000 USDT bracket floor — maintenance from 0.4% to 0.5% − 50, liquidation price by Binance’s formula', () => {
    // Binance 2021-03-18 brackets (0.40% to 50,000, then 0.50%; amount 50 by continuity) and the FAQ "How to Calculate Liquidation
    // Price of USDⓈ-M Futures Contracts", isolated one-way: LP = (WB + cumB − Side1BOTH × Position1BOTH × EP1BOTH) /
    // (Position1BOTH × MMRB − Side1BOTH × Position1BOTH). Derived vectors: 1.6 BTC at 30,000, 20x, WB 2,400:
    // at 30,000 the value is 48,000 → 192; at 32,000 it is 51,200 → 51,200 × 0.5% − 50 = 206;
    // LP = (2,400 − 48,000) / (1.6 × 0.004 − 1.6) = 28,614.4578313…, whose notional 45,783 lies in the 0.40% bracket.
    const config: FuturesConfig = { venue: futuresVenuePresets.binanceUsdm, marginMode: 'isolated', markets: { BTCUSDT: { leverage: 20 } }, marks: { BTCUSDT: '30000' }, at: AT };
    const state = open(config, 'BTCUSDT', '5000', '1.6', '30000');
    const at48 = positionView(state, 'BTCUSDT')!;
    expect([fixed(at48.margin), fixed(at48.maintenanceMargin), fixed(at48.liquidationPrice)]).toEqual(['2400', '192', '28614.45783133']);
    const up = positionView(run(state, [{ type: 'updateMarks', at: AT, marks: { BTCUSDT: '32000' } }]), 'BTCUSDT')!;
    expect([fixed(up.maintenanceMargin), fixed(up.liquidationPrice)]).toEqual(['206', '28614.45783133']);
  });

  it('bitmex: XBTUSD is an inverse swap of 1 USD contracts settled in XBT, maintenance 0.40% of its base risk limit', () => {
    const config: FuturesConfig = { venue: futuresVenuePresets.bitmex, marginMode: 'isolated', markets: { XBTUSD: { leverage: 10 } }, marks: { XBTUSD: '10000' }, at: AT };
    // 10,000 contracts of 1 USD at 10,000: 1 XBT of value, 0.1 XBT of margin at 10x, 0.004 XBT of maintenance
    const state = open(config, 'XBTUSD', '1', '10000', '10000');
    const view = positionView(state, 'XBTUSD')!;
    expect([state.rules.settlementAsset, fixed(view.margin), fixed(view.maintenanceMargin)]).toEqual(['XBT', '0.1', '0.004']);
  });

  it('okx: BTC-USDT-SWAP contracts of 0.01 BTC on a 0.1 tick; its maintenance is the account’s to give', () => {
    const base: FuturesConfig = { venue: futuresVenuePresets.okx, marginMode: 'isolated', markets: { 'BTC-USDT-SWAP': { leverage: 10 } }, marks: { 'BTC-USDT-SWAP': '60000' }, at: AT };
    expectCode(() => createFuturesAccount(base), 'INVALID_CONFIG', 'markets.BTC-USDT-SWAP.maintenanceMarginRate');
    const config: FuturesConfig = { ...base, markets: { 'BTC-USDT-SWAP': { leverage: 10, maintenanceMarginRate: '0.004' } } };
    // 100 contracts of 0.01 BTC at 60,000: 60,000 USDT of value, 6,000 of margin at 10x
    const state = open(config, 'BTC-USDT-SWAP', '10000', '100', '60000');
    expect(fixed(positionView(state, 'BTC-USDT-SWAP')!.margin)).toBe('6000');
    const off = execute(state, { type: 'trade', at: AT, market: 'BTC-USDT-SWAP', side: 'buy', quantity: '1', price: '60000.05' });
    expect(off.ok ? 'accepted' : off.rejection.code).toBe('OFF_GRID');
  });

  it('bitget: BTCUSDT at up to 150x in its first tier, 0.5% from 200,000 USDT', () => {
    // Bitget announcement of 2025-09-26 (BTCUSDT): 0–200,000 at 150x and 0.40%; 200,000–1,000,000 at 100x and 0.50%
    // derived vector: 250,000 × 0.5% − 200,000 × (0.5% − 0.4%) = 1,250 − 200 = 1,050
    const config: FuturesConfig = { venue: futuresVenuePresets.bitget, marginMode: 'isolated', markets: { BTCUSDT: { leverage: 100 } }, marks: { BTCUSDT: '50000' }, at: AT };
    const state = open(config, 'BTCUSDT', '10000', '5', '50000');
    expect(fixed(positionView(state, 'BTCUSDT')!.maintenanceMargin)).toBe('1050');
    expect(state.rules.markets['BTCUSDT']!.maxLeverage.toFixed()).toBe('150');
  });

  it('the account’s own fields win; a market the venue does not publish needs its own; a venue that is no preset is refused; JSON keeps the expansion', () => {
    const own = createFuturesAccount({ venue: futuresVenuePresets.binanceUsdm, marginMode: 'isolated', markets: { BTCUSDT: { maxLeverage: 50, maintenanceMarginRate: '0.01' } }, marks: { BTCUSDT: '30000' }, at: AT });
    expect([own.rules.markets['BTCUSDT']!.tiers, fixed(own.rules.markets['BTCUSDT']!.maintenanceMarginRate), own.rules.markets['BTCUSDT']!.maxLeverage.toFixed()]).toEqual([undefined, '0.01', '50']);
    expectCode(() => createFuturesAccount({ venue: futuresVenuePresets.binanceUsdm, marginMode: 'isolated', markets: { ETHUSDT: { maintenanceMarginRate: '0.005' } }, marks: { ETHUSDT: '3000' }, at: AT }), 'INVALID_CONFIG', 'markets.ETHUSDT.maxLeverage');
    expectCode(() => createFuturesAccount({ venue: 'bybit' as never, marginMode: 'isolated', markets: {}, marks: {}, at: AT }), 'INVALID_OPTION', 'venue');
    expectCode(() => createFuturesAccount({ venue: { ...futuresVenuePresets.bybit, market: { contract: 'linear', leverage: 5 } } as never, marginMode: 'isolated', markets: { BTCUSDT: {} }, marks: { BTCUSDT: '1' }, at: AT }), 'INVALID_OPTION', 'venue.market.leverage');
    expectCode(() => createFuturesAccount({ venue: futuresVenuePresets.bybit, marginMode: 'isolated', markets: JSON.parse('{"__proto__": {"maxLeverage": 10}}'), marks: {}, at: AT }), 'INVALID_ASSET');
    const state = open({ venue: futuresVenuePresets.hyperliquid, marginMode: 'cross', markets: { BTC: {} }, marks: { BTC: '100000' }, at: AT }, 'BTC', '20000', '1', '100000');
    const json = JSON.parse(JSON.stringify(accountToJSON(state)));
    expect(accountToJSON(accountFromJSON(json))).toEqual(json);
    expect(json.config.venue).toBeUndefined();
    expect(json.config.liquidationStyle).toBe('slices');
    expect(Object.keys(futuresVenuePresets).sort()).toEqual(['binanceCoinm', 'binanceUsdm', 'bitget', 'bitmex', 'bybit', 'bybitUnified', 'hyperliquid', 'okx']);
  });
});
