import { describe, expect, it } from 'vitest';
import Big from 'big.js';
import {
  accountFromJSON,
  accountToJSON,
  createFuturesAccount,
  eventFromJSON,
  eventToJSON,
  evolve,
  execute,
  planFuturesLiquidation,
  positionView,
  replay,
  type FuturesCommand,
  type FuturesConfig,
  type FuturesEvent,
} from '../../src/index.js';
import { expectCode } from '../expectCode.js';
import { runAll as run, codeOf, fixed } from './helpers.js';

const AT = Date.UTC(2024, 0, 1);

// Bybit v5 API, "Switch Position Mode" (https://bybit-exchange.github.io/docs/v5/position/position-mode):
// "If you are in one-way Mode, you can only open one position on Buy or Sell side. If you are in hedge
// mode, you can open both Buy and Sell side positions simultaneously."
const linear = (marginMode: 'isolated' | 'cross', market: Partial<FuturesConfig['markets'][string]> = {}): FuturesConfig => ({
  marginMode,
  positionMode: 'hedge',
  markets: { BTCUSDT: { maxLeverage: 100, leverage: 50, maintenanceMarginRate: '0.005', maintenanceBasis: 'entry', ...market } },
  marks: { BTCUSDT: '20000' },
  at: AT,
});


const trade = (side: 'buy' | 'sell', positionSide: 'long' | 'short', quantity: string, price = '20000'): FuturesCommand => ({ type: 'trade', at: AT, market: 'BTCUSDT', side, quantity, price, positionSide });

describe('futures account: hedge mode', () => {
  it('isolated: a long and a short of the same market live side by side, each with Bybit’s own liquidation price', () => {
    // Bybit help centre, "Liquidation Price (USDT Contract)", isolated: LP(long) = entry − (IM − MM) / size
    // = 20,000 − (400 − 100) = 19,700; the short mirrors it: 20,000 + (400 − 100) = 20,300.
    const { state } = run(createFuturesAccount(linear('isolated')), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' },
      trade('buy', 'long', '1'),
      trade('sell', 'short', '1'),
    ]);
    expect(Object.keys(state.positions).sort()).toEqual(['BTCUSDT:long', 'BTCUSDT:short']);
    const long = positionView(state, 'BTCUSDT', 'long')!;
    const short = positionView(state, 'BTCUSDT', 'short')!;
    expect([long.side, fixed(long.margin), fixed(long.liquidationPrice), fixed(long.bankruptcyPrice)]).toEqual(['long', '400', '19700', '19600']);
    expect([short.side, fixed(short.margin), fixed(short.liquidationPrice), fixed(short.bankruptcyPrice)]).toEqual(['short', '400', '20300', '20400']);
    expect(fixed(state.wallet)).toBe('200');
  });

  it('a sell on the long reduces it, never past it; a side’s position opens only its own way', () => {
    const { state } = run(createFuturesAccount(linear('isolated')), [{ type: 'deposit', at: AT, asset: 'USDT', amount: '1000' }, trade('buy', 'long', '1')]);
    const reduced = run(state, [trade('sell', 'long', '0.4', '21000')]);
    expect(reduced.events[0]).toMatchObject({ type: 'PositionChanged', change: 'reduced', positionSide: 'long' });
    expect(fixed((reduced.events[0] as { realisedPnl: Big }).realisedPnl)).toBe('400');
    expect(fixed(reduced.state.positions['BTCUSDT:long']!.quantity)).toBe('0.6');
    expect(codeOf(state, trade('sell', 'long', '1.5'))).toBe('REDUCE_ONLY'); // no flip in hedge mode
    expect(codeOf(state, trade('buy', 'short', '0.1'))).toBe('REDUCE_ONLY'); // no short to reduce
    expect(codeOf(state, { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '1', price: '20000' })).toBe('POSITION_MODE');
    const oneWay = createFuturesAccount({ ...linear('isolated'), positionMode: 'oneWay' });
    expect(codeOf(oneWay, trade('buy', 'long', '1'))).toBe('POSITION_MODE');
    expectCode(() => execute(state, { ...trade('buy', 'long', '1'), positionSide: 'both' } as unknown as FuturesCommand), 'INVALID_COMMAND');
    expectCode(() => positionView(state, 'BTCUSDT'), 'INVALID_OPTION');
  });

  it('margin, ADL and funding work on each side; funding on a hedged pair nets to zero', () => {
    const { state } = run(createFuturesAccount(linear('isolated')), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' },
      trade('buy', 'long', '1'),
      trade('sell', 'short', '1'),
      { type: 'addMargin', at: AT, market: 'BTCUSDT', amount: '100', positionSide: 'short' },
    ]);
    expect(fixed(state.positions['BTCUSDT:short']!.margin)).toBe('500');
    expect(fixed(state.positions['BTCUSDT:long']!.margin)).toBe('400');
    const funded = run(state, [{ type: 'settleFunding', at: AT, market: 'BTCUSDT', rate: '0.0001' }]);
    const payments = funded.events.filter((e) => e.type === 'FundingSettled') as Extract<FuturesEvent, { type: 'FundingSettled' }>[];
    expect(payments.map((e) => [e.positionSide, fixed(e.payment)])).toEqual([
      ['long', '2'],
      ['short', '-2'],
    ]);
    expect(fixed(funded.state.positions['BTCUSDT:long']!.margin)).toBe('398');
    expect(fixed(funded.state.positions['BTCUSDT:short']!.margin)).toBe('502');
    const adl = run(state, [{ type: 'deleverage', at: AT, market: 'BTCUSDT', quantity: '0.5', price: '19000', positionSide: 'short' }]);
    expect(fixed(adl.state.positions['BTCUSDT:short']!.quantity)).toBe('0.5');
    expect(fixed(adl.state.positions['BTCUSDT:long']!.quantity)).toBe('1');
    expect(codeOf(state, { type: 'deleverage', at: AT, market: 'BTCUSDT', quantity: '0.5', price: '19000' })).toBe('POSITION_MODE');
  });

  it('cross: both sides share one liquidation price (Binance USDⓈ-M cross formula with LONG and SHORT terms)', () => {
    // Binance FAQ "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts": LP =
    // (WB − TMM1 + UPNL1 + cumB + cumL + cumS − Side1BOTH×Position1BOTH×EP1BOTH − Position1LONG×EP1LONG + Position1SHORT×EP1SHORT)
    // / (Position1BOTH×MMRB + Position1LONG×MMRL + Position1SHORT×MMRS − Side1BOTH×Position1BOTH − Position1LONG + Position1SHORT).
    // Derived vector: WB 1,000, long 1 at 20,000, short 0.5 at 20,000, MMR 0.5%, cum 0, no other contract:
    // (1,000 − 20,000 + 10,000) / (0.005 + 0.0025 − 1 + 0.5) = 18,274.1116751…, a net long's rounded up.
    const config = linear('cross', { maintenanceBasis: 'mark' });
    const { state } = run(createFuturesAccount(config), [{ type: 'deposit', at: AT, asset: 'USDT', amount: '1000' }, trade('buy', 'long', '1'), trade('sell', 'short', '0.5')]);
    const long = positionView(state, 'BTCUSDT', 'long')!;
    const short = positionView(state, 'BTCUSDT', 'short')!;
    expect(fixed(long.liquidationPrice)).toBe('18274.11167513');
    expect(fixed(short.liquidationPrice)).toBe('18274.11167513');
    // bankruptcy: where equity 1,000 + 0.5·(P − 20,000) is zero
    expect(fixed(long.bankruptcyPrice)).toBe('18000');
    // the account is liquidated at that mark and not a millionth above it (the status rounds maintenance
    // up to 8 places, which can move its boundary by 10⁻⁸ / 0.4925 of a price unit)
    const at = (mark: string) => run(state, [{ type: 'updateMarks', at: AT, marks: { BTCUSDT: mark } }]).state.status;
    expect(at('18274.111674')).toBe('liquidation');
    expect(at('18274.111676')).not.toBe('liquidation');
  });

  it('cross, tiers at mark and a net short: the boundary is where the account’s status turns', () => {
    const tiers = [
      { notionalFloor: 0, maintenanceMarginRate: '0.004' },
      { notionalFloor: 50000, maintenanceMarginRate: '0.005' },
      { notionalFloor: 250000, maintenanceMarginRate: '0.01' },
    ];
    const config: FuturesConfig = { ...linear('cross'), markets: { BTCUSDT: { maxLeverage: 100, leverage: 20, tiers } } };
    const { state } = run(createFuturesAccount(config), [{ type: 'deposit', at: AT, asset: 'USDT', amount: '10000' }, trade('buy', 'long', '2'), trade('sell', 'short', '5')]);
    // a net short is liquidated above its price, which is rounded down (the safe side); the status
    // rounds maintenance up to 8 places, so the boundary it sees lies within 10⁻⁶ of the exact one
    const lp = positionView(state, 'BTCUSDT', 'short')!.liquidationPrice!;
    expect(fixed(positionView(state, 'BTCUSDT', 'long')!.liquidationPrice)).toBe(lp.toFixed());
    expect(lp.gt(20000)).toBe(true);
    const at = (mark: Big) => run(state, [{ type: 'updateMarks', at: AT, marks: { BTCUSDT: mark.toFixed() } }]).state.status;
    expect(at(lp.plus('0.000001'))).toBe('liquidation');
    expect(at(lp.minus('0.000001'))).not.toBe('liquidation');
  });

  it('inverse cross: both sides moving with one mark', () => {
    const config: FuturesConfig = {
      marginMode: 'cross',
      positionMode: 'hedge',
      settlementAsset: 'XBT',
      markets: { XBTUSD: { contract: 'inverse', maxLeverage: 100, leverage: 10, maintenanceMarginRate: '0.005' } },
      marks: { XBTUSD: '10000' },
      at: AT,
    };
    const { state } = run(createFuturesAccount(config), [
      { type: 'deposit', at: AT, asset: 'XBT', amount: '0.2' },
      { type: 'trade', at: AT, market: 'XBTUSD', side: 'buy', quantity: '10000', price: '10000', positionSide: 'long' },
      { type: 'trade', at: AT, market: 'XBTUSD', side: 'sell', quantity: '4000', price: '10000', positionSide: 'short' },
    ]);
    // equity 0.2 + 6,000 × (1/10,000 − 1/P) meets maintenance 14,000 / P × 0.5% where 0.8 = 6,070 / P
    const lp = positionView(state, 'XBTUSD', 'long')!.liquidationPrice!;
    expect(lp.toFixed()).toBe('7587.5');
    // inverse PnL rounds down and maintenance up at 8 places of XBT: the status's boundary lies within 0.001 USD
    const at = (mark: Big) => run(state, [{ type: 'updateMarks', at: AT, marks: { XBTUSD: mark.toFixed() } }]).state.status;
    expect(at(lp.minus('0.001'))).toBe('liquidation');
    expect(at(lp.plus('0.001'))).not.toBe('liquidation');
  });

  it('a cross liquidation takes both sides over; replay and JSON round trips keep the keys', () => {
    const config = linear('cross', { maintenanceBasis: 'mark' });
    const { state, events } = run(createFuturesAccount(config), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' },
      trade('buy', 'long', '1'),
      trade('sell', 'short', '0.5'),
      { type: 'updateMarks', at: AT, marks: { BTCUSDT: '18200' } },
    ]);
    expect(state.status).toBe('liquidation');
    const plan = planFuturesLiquidation(state);
    expect(plan.closes.map((c) => [c.side, fixed(c.quantity)])).toEqual([
      ['long', '1'],
      ['short', '0.5'],
    ]);
    const liquidated = run(state, [{ type: 'liquidate', at: AT, plan }]);
    expect(Object.keys(liquidated.state.positions)).toEqual([]);
    const all = [...events, ...liquidated.events];
    const replayed = replay(createFuturesAccount(config), all.map((e) => eventFromJSON(JSON.parse(JSON.stringify(eventToJSON(e))))));
    expect(accountToJSON(replayed)).toEqual(accountToJSON(liquidated.state));
    expect(accountToJSON(accountFromJSON(JSON.parse(JSON.stringify(accountToJSON(state)))))).toEqual(accountToJSON(state));
  });

  it('events and snapshots are read strictly: a side where none belongs, or none where one must be, is refused', () => {
    const { state, events } = run(createFuturesAccount(linear('isolated')), [{ type: 'deposit', at: AT, asset: 'USDT', amount: '1000' }, trade('buy', 'long', '1')]);
    const fill = events[1]!;
    const { positionSide: _side, ...noSide } = eventToJSON(fill) as Record<string, unknown>;
    const deposited = run(createFuturesAccount(linear('isolated')), [{ type: 'deposit', at: AT, asset: 'USDT', amount: '1000' }]).state;
    expect(accountToJSON(evolve(deposited, fill))).toEqual(accountToJSON(state));
    expectCode(() => evolve(deposited, eventFromJSON(noSide)), 'INVALID_EVENT');
    const oneWay = run(createFuturesAccount({ ...linear('isolated'), positionMode: 'oneWay' }), [{ type: 'deposit', at: AT, asset: 'USDT', amount: '1000' }]).state;
    expectCode(() => evolve(oneWay, fill), 'INVALID_EVENT');
    const json = accountToJSON(state) as unknown as { positions: Record<string, unknown> };
    expectCode(() => accountFromJSON({ ...json, positions: { BTCUSDT: json.positions['BTCUSDT:long'] } } as never), 'INVALID_STATE');
    expectCode(() => accountFromJSON({ ...json, positions: { 'BTCUSDT:short': json.positions['BTCUSDT:long'] } } as never), 'INVALID_STATE');
  });
});
