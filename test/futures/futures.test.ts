import { describe, expect, it } from 'vitest';
import {
  accountFromJSON,
  accountToJSON,
  applyToFund,
  bankruptcyPrice,
  createInsuranceFund,
  planFuturesLiquidation,
  createFuturesAccount,
  decide,
  eventFromJSON,
  eventToJSON,
  evolve,
  execute,
  liquidationPrice,
  planLiquidation,
  pnl,
  positionView,
  replay,
  type FuturesCommand,
  type FuturesConfig,
  type FuturesJSON,
  type FuturesState,
} from '../../src/index.js';
import { expectCode } from '../expectCode.js';
import { runAll as run, codeOf, fixed } from './helpers.js';

const AT = Date.UTC(2024, 0, 1);
const H = 3_600_000;

/** A Bybit-like USDT perpetual: maintenance 0.5% valued at entry (classic account), 100x at most. */
const bybitLinear = (marginMode: 'isolated' | 'cross', extra: Partial<FuturesConfig['markets'][string]> = {}): FuturesConfig => ({
  marginMode,
  markets: { BTCUSDT: { maxLeverage: 100, leverage: 50, maintenanceMarginRate: '0.005', maintenanceBasis: 'entry', ...extra } },
  marks: { BTCUSDT: '20000' },
  at: AT,
});

/** BitMEX XBTUSD: inverse, 1 USD contracts, settled in XBT. */
const bitmex: FuturesConfig = {
  marginMode: 'isolated',
  settlementAsset: 'XBT',
  markets: { XBTUSD: { contract: 'inverse', maxLeverage: 100, leverage: 10, maintenanceMarginRate: '0.005' } },
  marks: { XBTUSD: '10000' },
  at: AT,
};




describe('futures account', () => {
  it('Bybit USDT perpetual, isolated long: 1 BTC at 20,000, 50x, 0.5% at entry → liquidation 19,700, bankruptcy 19,600', () => {
    // Bybit help centre, "Liquidation Price (USDT Contract)": LP = entry − (IM − MM) / size = 20,000 − (400 − 100)
    const { state } = run(createFuturesAccount(bybitLinear('isolated')), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '1', price: '20000' },
    ]);
    const view = positionView(state, 'BTCUSDT')!;
    expect([view.side, fixed(view.margin), fixed(view.initialMargin), fixed(view.maintenanceMargin), fixed(view.liquidationPrice), fixed(view.bankruptcyPrice), fixed(state.wallet)]).toEqual([
      'long',
      '400',
      '400',
      '100',
      '19700',
      '19600',
      '600',
    ]);
  });

  it('the mirror short: liquidation 20,300, bankruptcy 20,400 (derived: entry + (IM − MM) / size, entry + IM / size)', () => {
    const { state } = run(createFuturesAccount(bybitLinear('isolated')), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'sell', quantity: '1', price: '20000' },
    ]);
    const view = positionView(state, 'BTCUSDT')!;
    expect([view.side, fixed(view.liquidationPrice), fixed(view.bankruptcyPrice)]).toEqual(['short', '20300', '20400']);
  });

  it('BitMEX XBTUSD, inverse: 100,000 contracts long at 10,000 show +0.47619047 XBT at a 10,500 mark', () => {
    // BitMEX's inverse example: +0.476190 XBT from 10,000 to 10,500 (here at 8 places, rounded down)
    const { state } = run(createFuturesAccount(bitmex), [
      { type: 'deposit', at: AT, asset: 'XBT', amount: '2' },
      { type: 'trade', at: AT, market: 'XBTUSD', side: 'buy', quantity: '100000', price: '10000' },
      { type: 'updateMarks', at: AT, marks: { XBTUSD: '10500' } },
    ]);
    const view = positionView(state, 'XBTUSD')!;
    // margin 100,000 / 10,000 / 10 = 1 XBT
    expect([fixed(view.unrealisedPnl), fixed(view.margin), fixed(state.wallet)]).toEqual(['0.47619047', '1', '1']);
  });

  it('Binance COIN-M BTCUSD: maintenance follows the bracket of the position value, 0.44 BTC at 40 BTC and 0.69 BTC past the 50 BTC floor', () => {
    // Binance FAQ be2c7d9d95b04a7e8044ed02dd7dfe5c brackets (BTC notional): 0.4% to 10, 0.5% to 20, 1% to 30,
    // 2.5% to 50 (amount 0.56), 5% from 50 (amount 1.81); maintenance = notional × rate − amount (test/vectors/tiers.json)
    const table = [
      { notionalFloor: '0', maintenanceMarginRate: '0.004', maxLeverage: '125' },
      { notionalFloor: '10', maintenanceMarginRate: '0.005', maxLeverage: '100' },
      { notionalFloor: '20', maintenanceMarginRate: '0.01', maxLeverage: '50' },
      { notionalFloor: '30', maintenanceMarginRate: '0.025', maxLeverage: '20' },
      { notionalFloor: '50', maintenanceMarginRate: '0.05', maxLeverage: '10', notionalCap: '100' },
    ];
    const { state } = run(
      createFuturesAccount({ marginMode: 'isolated', settlementAsset: 'BTC', markets: { BTCUSD: { contract: 'inverse', contractSize: '100', maxLeverage: '125', leverage: '20', tiers: table } }, marks: { BTCUSD: '50000' }, at: AT }),
      [
        { type: 'deposit', at: AT, asset: 'BTC', amount: '5' },
        // 20,000 contracts of 100 USD at 50,000: 40 BTC of value, 2 BTC of margin at 20x
        { type: 'trade', at: AT, market: 'BTCUSD', side: 'buy', quantity: '20000', price: '50000' },
      ],
    );
    const at40 = positionView(state, 'BTCUSD')!;
    expect([fixed(at40.margin), fixed(at40.maintenanceMargin)]).toEqual(['2', '0.44']);
    // the mark falls to 40,000: the same contracts are worth 50 BTC, in the 5% bracket: 50 × 0.05 − 1.81
    const down = run(state, [{ type: 'updateMarks', at: AT, marks: { BTCUSD: '40000' } }]).state;
    const at50 = positionView(down, 'BTCUSD')!;
    expect(fixed(at50.maintenanceMargin)).toBe('0.69');
    expect(fixed(at50.liquidationPrice)).toBe(fixed(liquidationPrice({ side: 'long', entryPrice: '50000', quantity: '2000000', margin: '2', tiers: table, contract: 'inverse' })));
  });

  it('funding depletes isolated margin and pulls up the liquidation price, equal to liquidationPrice on the margin left', () => {
    let { state } = run(createFuturesAccount(bybitLinear('isolated')), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '1', price: '20000' },
    ]);
    const before = positionView(state, 'BTCUSDT')!.liquidationPrice!;
    // three 8-hour settlements at 0.01%: 1 × 20,000 × 0.0001 = 2 USDT each (derived from "funding = position value × rate")
    for (let i = 1; i <= 3; i++) state = run(state, [{ type: 'settleFunding', at: AT + 8 * i * H, market: 'BTCUSDT', rate: '0.0001' }]).state;
    const view = positionView(state, 'BTCUSDT')!;
    expect([fixed(view.margin), fixed(view.fundingPaid), fixed(view.liquidationPrice)]).toEqual(['394', '6', '19706']);
    expect(view.liquidationPrice!.gt(before)).toBe(true);
    expect(fixed(view.liquidationPrice)).toBe(fixed(liquidationPrice({ side: 'long', entryPrice: '20000', quantity: '1', margin: '394', maintenanceMarginRate: '0.005', maintenanceBasis: 'entry' })));
  });

  it('funding is zero-sum over a long and a short of the same size (and the payer rounds up when the payment has more than 8 places)', () => {
    const open = (side: 'buy' | 'sell', quantity: string) =>
      run(createFuturesAccount(bybitLinear('cross')), [
        { type: 'deposit', at: AT, asset: 'USDT', amount: '100000' },
        { type: 'trade', at: AT, market: 'BTCUSDT', side, quantity, price: '20000' },
        { type: 'updateMarks', at: AT, marks: { BTCUSDT: '20000.37' } },
      ]).state;
    const paid = (s: FuturesState, rate: string) => {
      const r = execute(s, { type: 'settleFunding', at: AT + 8 * H, market: 'BTCUSDT', rate });
      if (!r.ok) throw new Error(r.rejection.code);
      const e = r.events.find((x) => x.type === 'FundingSettled');
      return e !== undefined && e.type === 'FundingSettled' ? e.payment : null;
    };
    const [long, short] = [open('buy', '0.5'), open('sell', '0.5')];
    // 0.5 × 20,000.37 × 0.0001 = 1.0000185: exact at 8 places
    expect([fixed(paid(long, '0.0001')), fixed(paid(short, '0.0001'))]).toEqual(['1.0000185', '-1.0000185']);
    // 0.5 × 20,000.37 × 0.000123 = 1.2300227550: the long pays 1.23002276, the short receives 1.23002275
    expect([fixed(paid(long, '0.000123')), fixed(paid(short, '0.000123'))]).toEqual(['1.23002276', '-1.23002275']);
  });

  it('opens, increases at an average entry, reduces realising pro rata, closes and flips; the wallet ends as deposits − fees + realised', () => {
    const taker = '0.0006';
    const { state, events } = run(createFuturesAccount(bybitLinear('isolated', { takerFeeRate: taker, maintenanceBasis: 'mark', leverage: 10 })), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '10000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '0.1', price: '20000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '0.1', price: '22000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'sell', quantity: '0.05', price: '23000' },
    ]);
    const view = positionView(state, 'BTCUSDT')!;
    // average entry (0.1 × 20,000 + 0.1 × 22,000) / 0.2 = 21,000; 0.05 closed at 23,000 realises 0.05 × 2,000 = 100
    expect([fixed(view.quantity), fixed(view.entryPrice), fixed(view.realisedPnl)]).toEqual(['0.15', '21000', '100']);
    const changes = events.filter((e) => e.type === 'PositionChanged').map((e) => (e.type === 'PositionChanged' ? e.change : ''));
    expect(changes).toEqual(['opened', 'increased', 'reduced']);
    // flip: sell 0.25 closes 0.15 at 20,000 (−150) and opens 0.1 short
    const flipped = run(state, [{ type: 'trade', at: AT, market: 'BTCUSDT', side: 'sell', quantity: '0.25', price: '20000' }]);
    const after = positionView(flipped.state, 'BTCUSDT')!;
    expect([after.side, fixed(after.quantity), fixed(after.entryPrice)]).toEqual(['short', '0.1', '20000']);
    const closed = run(flipped.state, [{ type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '0.1', price: '20000', reduceOnly: true }]);
    expect(positionView(closed.state, 'BTCUSDT')).toBeNull();
    // fees: 0.1×20,000, 0.1×22,000, 0.05×23,000, 0.25×20,000, 0.1×20,000 at 0.06% = 1.2 + 1.32 + 0.69 + 3 + 1.2 = 7.41
    // realised: +100 − 150 + 0 = −50 → 10,000 − 7.41 − 50
    expect(fixed(closed.state.wallet)).toBe('9942.59');
  });

  it('refuses what the rules forbid, leaving the state as it was', () => {
    const { state } = run(createFuturesAccount(bybitLinear('isolated', { lotSize: '0.001', tickSize: '0.5' })), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '1', price: '20000' },
    ]);
    const json = JSON.stringify(accountToJSON(state));
    expect([
      codeOf(state, { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '0.1', price: '20000', reduceOnly: true }),
      codeOf(state, { type: 'trade', at: AT, market: 'BTCUSDT', side: 'sell', quantity: '1.5', price: '20000', reduceOnly: true }),
      codeOf(state, { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '0.0005', price: '20000' }),
      codeOf(state, { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '0.001', price: '20000.3' }),
      codeOf(state, { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '2', price: '20000' }),
      codeOf(state, { type: 'trade', at: AT, market: 'ETHUSDT', side: 'buy', quantity: '1', price: '2000' }),
      codeOf(state, { type: 'setLeverage', at: AT, market: 'BTCUSDT', leverage: '101' }),
      codeOf(state, { type: 'setLeverage', at: AT, market: 'BTCUSDT', leverage: '20' }),
      codeOf(state, { type: 'removeMargin', at: AT, market: 'BTCUSDT', amount: '0.01' }),
      codeOf(state, { type: 'addMargin', at: AT, market: 'BTCUSDT', amount: '600.01' }),
      codeOf(state, { type: 'withdraw', at: AT, asset: 'USDT', amount: '600.01' }),
      codeOf(state, { type: 'withdraw', at: AT, asset: 'BTC', amount: '1' }),
      codeOf(state, { type: 'deposit', at: AT - 1, asset: 'USDT', amount: '1' }),
    ]).toEqual(['REDUCE_ONLY', 'REDUCE_ONLY', 'OFF_GRID', 'OFF_GRID', 'INSUFFICIENT_BALANCE', 'UNSUPPORTED_MARKET', 'LEVERAGE_LIMIT', 'INSUFFICIENT_MARGIN', 'INSUFFICIENT_MARGIN', 'INSUFFICIENT_BALANCE', 'INSUFFICIENT_BALANCE', 'UNSUPPORTED_ASSET', 'CLOCK_REWIND']);
    expect(JSON.stringify(accountToJSON(state))).toBe(json);
    const cross = createFuturesAccount(bybitLinear('cross'));
    expect([codeOf(cross, { type: 'addMargin', at: AT, market: 'BTCUSDT', amount: '1' }), codeOf(cross, { type: 'settleFunding', at: AT, market: 'BTCUSDT', rate: '0.0001' })]).toEqual(['CROSS_MARGIN', 'NO_POSITION']);
    expectCode(() => decide(state, { type: 'trade', at: AT, market: 'BTCUSDT', side: 'long', quantity: '1', price: '1' } as unknown as FuturesCommand), 'INVALID_COMMAND', 'side');
    expectCode(() => decide(state, { type: 'borrow', at: AT, asset: 'USDT', amount: '1' } as unknown as FuturesCommand), 'INVALID_COMMAND', 'type');
  });

  it('goes to liquidation at mark when equity falls to maintenance, and then takes only marks, funding, deposits and margin', () => {
    const { state } = run(createFuturesAccount(bybitLinear('isolated', { maintenanceBasis: 'mark' })), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '1', price: '20000' },
    ]);
    const view = positionView(state, 'BTCUSDT')!;
    // mark basis: 400 + (P − 20,000) = 0.005 P → P = 19,600 / 0.995 = 19,698.49246231…, up at 8 places
    expect(fixed(view.liquidationPrice)).toBe('19698.49246232');
    const above = execute(state, { type: 'updateMarks', at: AT, marks: { BTCUSDT: '19698.5' } });
    const at = execute(state, { type: 'updateMarks', at: AT, marks: { BTCUSDT: '19698.49' } });
    if (!above.ok || !at.ok) throw new Error('marks');
    expect([above.state.status, at.state.status]).toEqual(['normal', 'liquidation']);
    const changed = at.events.find((e) => e.type === 'StatusChanged');
    expect(changed !== undefined && changed.type === 'StatusChanged' && [changed.to, fixed(changed.riskRate)]).toEqual(['liquidation', '1.00002488']); // 98.49245 / 98.49, up at 8 places
    expect([codeOf(at.state, { type: 'trade', at: AT, market: 'BTCUSDT', side: 'sell', quantity: '1', price: '19698.49' }), codeOf(at.state, { type: 'addMargin', at: AT, market: 'BTCUSDT', amount: '100' })]).toEqual(['LIQUIDATION_IN_PROGRESS', 'accepted']);
  });

  it('liquidates in full at the bankruptcy price: the trader loses the margin, the fund keeps what the exit leaves or pays the deficit', () => {
    const { state: open } = run(createFuturesAccount(bybitLinear('isolated', { maintenanceBasis: 'mark' })), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '1', price: '20000' },
    ]);
    expect(planFuturesLiquidation(open).liquidatable).toBe(false);
    const { state } = run(open, [{ type: 'updateMarks', at: AT + H, marks: { BTCUSDT: '19690' } }]);
    expect(state.status).toBe('liquidation');
    // bankruptcy: 20,000 − 400 = 19,600 (derived: equity 400 + (P − 20,000) = 0)
    const better = planFuturesLiquidation(state, { exitPrices: { BTCUSDT: '19650' } });
    const worse = planFuturesLiquidation(state, { exitPrices: { BTCUSDT: '19500' } });
    expect([better.closes.map((c) => [c.market, fixed(c.bankruptcyPrice), fixed(c.exitPrice)]), fixed(better.fundDelta), fixed(worse.fundDelta)]).toEqual([[['BTCUSDT', '19600', '19650']], '50', '-100']);
    const r = execute(state, { type: 'liquidate', at: AT + H, plan: worse });
    if (!r.ok) throw new Error(r.rejection.code);
    expect([Object.keys(r.state.positions), fixed(r.state.wallet), r.state.status]).toEqual([[], '600', 'normal']);
    const fund = applyToFund(createInsuranceFund({ USDT: '1000' }), r.events);
    expect([fixed(fund.balances['USDT']), fixed(fund.payouts['USDT'])]).toEqual(['900', '100']);
    // a plan for another version, or changed, is stale; the events replay and read back from JSON
    expect(codeOf(r.state, { type: 'liquidate', at: AT + H, plan: worse })).toBe('STALE_PLAN');
    expect(codeOf(state, { type: 'liquidate', at: AT + H, plan: { ...worse, fundDelta: '1' } as never })).toBe('STALE_PLAN');
    const logged = r.events.map((e) => eventFromJSON(JSON.parse(JSON.stringify(eventToJSON(e))) as Record<string, unknown>));
    expect(accountToJSON(replay(state, logged))).toEqual(accountToJSON(r.state));
    const liquidated = eventToJSON(r.events.find((e) => e.type === 'Liquidated')!);
    expectCode(() => evolve(state, eventFromJSON({ ...liquidated, fundDelta: '0' })), 'INVALID_EVENT');
  });

  it('steps a Bybit-style position down a tier at market before taking it over: 100 BTC in the 1% tier reduced below the 2,000,000 floor', () => {
    // Bybit "Liquidation Process (USDT Contract)": "Submit a FillOrKill order of the difference between the current position
    // value and the lower margin tier value which satisfies the margin requirement". Tiers (derived example): 0.5% to
    // 2,000,000 of value, 1% from there (amount 10,000). 100 BTC long at 30,000, 150,000 of margin, maintenance at mark.
    const config: FuturesConfig = {
      marginMode: 'isolated',
      markets: { BTCUSDT: { maxLeverage: 100, leverage: 20, tiers: [{ notionalFloor: '0', maintenanceMarginRate: '0.005' }, { notionalFloor: '2000000', maintenanceMarginRate: '0.01' }] } },
      marks: { BTCUSDT: '30000' },
      at: AT,
    };
    const { state } = run(createFuturesAccount(config), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '200000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '100', price: '30000' },
      // at 28,650: equity 150,000 − 135,000 = 15,000 ≤ 2,865,000 × 1% − 10,000 = 18,650
      { type: 'updateMarks', at: AT, marks: { BTCUSDT: '28650' } },
    ]);
    expect(state.status).toBe('liquidation');
    const plan = planFuturesLiquidation(state, { style: 'tierStepDown' });
    // keep the most whole lots worth under 2,000,000 at 28,650: 69.80802792 BTC; sell 30.19197208 at the mark
    expect([plan.reductions.map((r) => [fixed(r.quantity), fixed(r.realisedPnl)]), plan.closes, fixed(plan.fundDelta)]).toEqual([[['30.19197208', '-40759.162308']], [], '0']);
    const after = run(state, [{ type: 'liquidate', at: AT, plan }]).state;
    const view = positionView(after, 'BTCUSDT')!;
    // released ⌊150,000 × 30.19197208 / 100⌋ = 45,287.95812; wallet 50,000 + 45,287.95812 − 40,759.162308
    expect([after.status, fixed(view.quantity), fixed(view.margin), fixed(after.wallet)]).toEqual(['normal', '69.80802792', '104712.04188', '54528.795812']);
    // in the lowest tier there is nothing to step down to: the engine takes the position over
    const low = run(createFuturesAccount(config), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '2000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '1', price: '30000' },
      { type: 'updateMarks', at: AT, marks: { BTCUSDT: '28600' } },
    ]).state;
    const lowPlan = planFuturesLiquidation(low, { style: 'tierStepDown' });
    expect([lowPlan.reductions.length, lowPlan.closes.map((c) => c.market)]).toEqual([0, ['BTCUSDT']]);
  });

  it('slices a large Hyperliquid-style position 20% at a time at market, and backstops it below two-thirds of maintenance', () => {
    // Hyperliquid (as its forks' docs restate it): a position over 100,000 USDC is liquidated 20% at a time through the
    // book, the trader keeping the collateral; below 2/3 of maintenance the liquidator vault takes it over (derived numbers)
    const config: FuturesConfig = { marginMode: 'isolated', settlementAsset: 'USDC', markets: { BTC: { maxLeverage: 40, leverage: 20, maintenanceMarginRate: '0.0125' } }, marks: { BTC: '20000' }, at: AT };
    const open = run(createFuturesAccount(config), [
      { type: 'deposit', at: AT, asset: 'USDC', amount: '20000' },
      { type: 'trade', at: AT, market: 'BTC', side: 'buy', quantity: '10', price: '20000' },
    ]).state;
    // at 19,240: equity 10,000 − 7,600 = 2,400 ≤ 192,400 × 1.25% = 2,405, above 2/3 of it
    const due = run(open, [{ type: 'updateMarks', at: AT, marks: { BTC: '19240' } }]).state;
    const plan = planFuturesLiquidation(due, { style: 'slices' });
    expect([plan.reductions.map((r) => [fixed(r.quantity), fixed(r.realisedPnl)]), plan.closes.length]).toEqual([[['2', '-1520']], 0]);
    const sliced = run(due, [{ type: 'liquidate', at: AT, plan }]).state;
    // 2 BTC closed: 2,000 of margin back less the 1,520 lost; 8 BTC left with 8,000 of margin, still due (1,920 ≤ 1,924)
    expect([fixed(sliced.wallet), fixed(positionView(sliced, 'BTC')!.quantity), sliced.status]).toEqual(['10480', '8', 'liquidation']);
    // at 19,100: equity 1,000 is below 2/3 of 2,387.5: the backstop takes the whole position over
    const deep = run(open, [{ type: 'updateMarks', at: AT, marks: { BTC: '19100' } }]).state;
    const backstop = planFuturesLiquidation(deep, { style: 'slices' });
    expect([backstop.reductions.length, backstop.closes.map((c) => fixed(c.quantity)), fixed(backstop.fundDelta)]).toEqual([0, ['10'], '1000']);
    expectCode(() => planFuturesLiquidation(deep, { style: 'partial' as never }), 'INVALID_OPTION', 'style');
  });

  it('liquidates a cross account whole: every position closed, the wallet to the fund less the losses at the exits', () => {
    const config: FuturesConfig = {
      marginMode: 'cross',
      markets: { BTCUSDT: { maxLeverage: 100, leverage: 50, maintenanceMarginRate: '0.005' }, ETHUSDT: { maxLeverage: 50, leverage: 20, maintenanceMarginRate: '0.01' } },
      marks: { BTCUSDT: '20000', ETHUSDT: '1000' },
      at: AT,
    };
    const { state } = run(createFuturesAccount(config), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '600' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '1', price: '20000' },
      { type: 'trade', at: AT, market: 'ETHUSDT', side: 'sell', quantity: '2', price: '1000' },
      { type: 'updateMarks', at: AT, marks: { BTCUSDT: '19600', ETHUSDT: '1010' } },
    ]);
    // equity 600 − 400 − 20 = 180 against maintenance 98 + 20.2 = 118.2: normal; at 19,500 it is 80 ≤ 117.7
    expect(state.status).toBe('normal');
    const { state: down } = run(state, [{ type: 'updateMarks', at: AT, marks: { BTCUSDT: '19500' } }]);
    const plan = planFuturesLiquidation(down);
    // derived: 600 + (19,500 − 20,000) + (1,000 − 1,010) × 2 = 80 to the fund
    expect([plan.closes.map((c) => c.market), fixed(plan.fundDelta)]).toEqual([['BTCUSDT', 'ETHUSDT'], '80']);
    const after = run(down, [{ type: 'liquidate', at: AT, plan }]).state;
    expect([Object.keys(after.positions), fixed(after.wallet), after.status]).toEqual([[], '0', 'normal']);
  });

  it('deleverages a profitable position at the bankruptcy price given, and settles a dated contract at expiry', () => {
    const { state } = run(createFuturesAccount(bybitLinear('isolated')), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '1', price: '20000' },
    ]);
    // an ADL assignment: 0.4 closed at 21,000 (a short's bankruptcy price), no fee: +400 realised, 160 of margin back
    const adl = run(state, [{ type: 'deleverage', at: AT, market: 'BTCUSDT', quantity: '0.4', price: '21000' }]);
    const view = positionView(adl.state, 'BTCUSDT')!;
    expect([fixed(view.quantity), fixed(view.margin), fixed(view.realisedPnl), fixed(adl.state.wallet)]).toEqual(['0.6', '240', '400', '1160']);
    expect([codeOf(state, { type: 'deleverage', at: AT, market: 'BTCUSDT', quantity: '1.1', price: '21000' }), codeOf(state, { type: 'settle', at: AT, market: 'BTCUSDT', price: '21000' })]).toEqual(['REDUCE_ONLY', 'NOT_EXPIRED']);
    // a quarterly contract expiring a day later: trades stop at expiry and it settles at the price given
    const dated = run(createFuturesAccount(bybitLinear('isolated', { expiresAt: AT + 24 * H })), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'sell', quantity: '1', price: '20000' },
    ]).state;
    expect([codeOf(dated, { type: 'settle', at: AT + H, market: 'BTCUSDT', price: '19000' }), codeOf(dated, { type: 'trade', at: AT + 24 * H, market: 'BTCUSDT', side: 'sell', quantity: '1', price: '19000' })]).toEqual(['NOT_EXPIRED', 'MARKET_EXPIRED']);
    const settled = run(dated, [{ type: 'settle', at: AT + 24 * H, market: 'BTCUSDT', price: '19000' }]);
    expect([positionView(settled.state, 'BTCUSDT'), fixed(settled.state.wallet)]).toEqual([null, '2000']);
    const event = eventToJSON(settled.events.find((e) => e.type === 'Settled')!);
    expectCode(() => evolve(dated, eventFromJSON({ ...event, realisedPnl: '999' })), 'INVALID_EVENT');
  });

  it('round-trips through JSON, replays its events, and refuses tampered or foreign events', () => {
    const initial = createFuturesAccount(bybitLinear('cross', { takerFeeRate: '0.0006' }));
    const { state, events } = run(initial, [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '5000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '0.2', price: '20000' },
      { type: 'settleFunding', at: AT + 8 * H, market: 'BTCUSDT', rate: '-0.0002' },
      { type: 'trade', at: AT + 9 * H, market: 'BTCUSDT', side: 'sell', quantity: '0.05', price: '21000' },
    ]);
    const json = JSON.parse(JSON.stringify(accountToJSON(state))) as FuturesJSON;
    expect(accountToJSON(accountFromJSON(json))).toEqual(json);
    const logged = events.map((e) => eventFromJSON(JSON.parse(JSON.stringify(eventToJSON(e))) as Record<string, unknown>));
    expect(accountToJSON(replay(initial, logged))).toEqual(accountToJSON(state));
    const fill = eventToJSON(events.find((e) => e.type === 'PositionChanged')!);
    expectCode(() => evolve(state, eventFromJSON({ ...fill, at: state.at, realisedPnl: '5' })), 'INVALID_EVENT');
    expectCode(() => evolve(state, eventFromJSON({ type: 'Borrowed', at: state.at, asset: 'USDT', amount: '1' })), 'INVALID_EVENT', 'type');
    expectCode(() => planLiquidation(state as never), 'INVALID_STATE', 'account');
    expectCode(() => accountFromJSON({ ...json, status: 'liquidation' } as never), 'INVALID_STATE', 'status');
    expectCode(() => accountFromJSON({ ...json, positions: { BTCUSDT: { ...json.positions['BTCUSDT'], margin: '1' } } } as never), 'INVALID_STATE', 'positions.BTCUSDT.margin');
  });

  it('shows views equal to the stateless functions on the same numbers (cross: the other positions in the wallet)', () => {
    const config: FuturesConfig = {
      marginMode: 'cross',
      markets: {
        BTCUSDT: { maxLeverage: 100, leverage: 20, maintenanceMarginRate: '0.004' },
        ETHUSDT: { maxLeverage: 50, leverage: 10, maintenanceMarginRate: '0.005' },
      },
      marks: { BTCUSDT: '84000', ETHUSDT: '3000' },
      at: AT,
    };
    const { state } = run(createFuturesAccount(config), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '10000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '0.5', price: '84000' },
      { type: 'trade', at: AT, market: 'ETHUSDT', side: 'sell', quantity: '4', price: '3000' },
      { type: 'updateMarks', at: AT, marks: { BTCUSDT: '83000', ETHUSDT: '3100' } },
    ]);
    const btc = positionView(state, 'BTCUSDT')!;
    const ethPnl = pnl({ side: 'short', entryPrice: '3000', exitPrice: '3100', quantity: '4' }); // −400
    expect(fixed(btc.unrealisedPnl)).toBe(fixed(pnl({ side: 'long', entryPrice: '84000', exitPrice: '83000', quantity: '0.5' })));
    const expected = liquidationPrice({ side: 'long', entryPrice: '84000', quantity: '0.5', margin: '10000', maintenanceMarginRate: '0.004', cross: { otherMaintenanceMargin: '62', otherUnrealizedPnl: ethPnl } });
    expect(fixed(btc.liquidationPrice)).toBe(fixed(expected));
    expect(fixed(btc.bankruptcyPrice)).toBe(fixed(bankruptcyPrice({ side: 'long', entryPrice: '84000', quantity: '0.5', margin: ethPnl.plus(10000) })));
    // margin ratio of the wallet: (0.5 × 83,000 × 0.004 + 4 × 3,100 × 0.005) / (10,000 − 500 − 400) = 228 / 9,100
    expect(fixed(btc.marginRatio)).toBe('0.02505495');
  });

  it('names the field of a bad configuration', () => {
    expectCode(() => createFuturesAccount({ ...bybitLinear('isolated'), marginMode: 'hedge' as never }), 'INVALID_CONFIG', 'marginMode');
    expectCode(() => createFuturesAccount({ ...bybitLinear('isolated'), marks: {} }), 'INVALID_CONFIG', 'marks.BTCUSDT');
    expectCode(() => createFuturesAccount({ ...bybitLinear('isolated', { leverage: 101 }) }), 'INVALID_CONFIG', 'markets.BTCUSDT.leverage');
    expectCode(() => createFuturesAccount({ ...bybitLinear('isolated', { tiers: [{ notionalFloor: 0, maintenanceMarginRate: '0.004' }] }) }), 'INVALID_CONFIG', 'markets.BTCUSDT.maintenanceMarginRate');
    expectCode(() => createFuturesAccount({ ...bitmex, markets: { ...bitmex.markets, BTCUSDT: { maxLeverage: 10, maintenanceMarginRate: '0.01' } }, marks: { XBTUSD: '1', BTCUSDT: '1' } }), 'INVALID_CONFIG', 'markets');
    expectCode(() => positionView(createFuturesAccount(bitmex), 'ETHUSD'), 'INVALID_OPTION', 'market');
  });
});
