import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createFuturesAccount,
  execute,
  futuresAccountView,
  maxOpenQuantity,
  maxPositionSize,
  positionView,
  stopPlacement,
  type FuturesCommand,
  type FuturesConfig,
} from '../../src/index.js';
import { TB, numRuns } from '../arbitraries.js';
import { expectCode } from '../expectCode.js';
import { run, fixed } from './helpers.js';

const AT = Date.UTC(2024, 0, 1);


const linear = (marginMode: 'isolated' | 'cross'): FuturesConfig => ({
  marginMode,
  markets: { BTCUSDT: { maxLeverage: 100, leverage: 50, maintenanceMarginRate: '0.005', takerFeeRate: '0.0006', makerFeeRate: '0.0002', lotSize: '0.01' } },
  marks: { BTCUSDT: '20000' },
  at: AT,
});

describe('futures views: the account as a whole and the largest openable quantity', () => {
  it('sums the positions; available is what withdraw accepts, exactly', () => {
    const state = run(createFuturesAccount(linear('isolated')), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '1', price: '20000', feeRate: '0' },
      { type: 'updateMarks', at: AT, marks: { BTCUSDT: '19900' } },
    ]);
    const view = futuresAccountView(state);
    // isolated: 400 posted at 50x, −100 unrealised at 19,900, maintenance 0.5% of 19,900
    expect([fixed(view.wallet), fixed(view.positionMargin), fixed(view.unrealisedPnl), fixed(view.equity), fixed(view.initialMargin), fixed(view.maintenanceMargin), fixed(view.availableBalance)]).toEqual(['600', '400', '-100', '900', '400', '99.5', '600']);
    expect(execute(state, { type: 'withdraw', at: AT, asset: 'USDT', amount: '600' }).ok).toBe(true);
    expect(execute(state, { type: 'withdraw', at: AT, asset: 'USDT', amount: '600.00000001' }).ok).toBe(false);
    const cross = run(createFuturesAccount(linear('cross')), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '1', price: '20000', feeRate: '0' },
      { type: 'updateMarks', at: AT, marks: { BTCUSDT: '19900' } },
    ]);
    // cross: 1,000 − 100 − 400
    expect(fixed(futuresAccountView(cross).availableBalance)).toBe('500');
    expect(execute(cross, { type: 'withdraw', at: AT, asset: 'USDT', amount: '500.00000001' }).ok).toBe(false);
  });

  it('maxOpenQuantity is the most lots trade accepts: 1,000 USDT at 50x and 0.06% taker buy 2.42 BTC at 20,000 (2.43 would need 1,001.16)', () => {
    const state = run(createFuturesAccount(linear('isolated')), [{ type: 'deposit', at: AT, asset: 'USDT', amount: '1000' }]);
    const q = maxOpenQuantity(state, 'BTCUSDT', { side: 'buy' });
    // value × (1/50 + 0.0006) ≤ 1,000 → value ≤ 48,543.68…, 2.42 BTC at 20,000: whole lots of 0.01
    expect(q.toFixed()).toBe('2.42');
    const trade = (quantity: string): FuturesCommand => ({ type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity, price: '20000' });
    expect(execute(state, trade('2.42')).ok).toBe(true);
    expect(execute(state, trade('2.43')).ok).toBe(false);
    // one-way, an opposite short: it closes first, then the rest opens
    const short = run(state, [{ type: 'trade', at: AT, market: 'BTCUSDT', side: 'sell', quantity: '1', price: '20000' }]);
    const after = maxOpenQuantity(short, 'BTCUSDT', { side: 'buy' });
    expect(execute(short, trade(after.plus(1).toFixed())).ok).toBe(true);
    expect(execute(short, trade(after.plus('1.01').toFixed())).ok).toBe(false);
    expectCode(() => maxOpenQuantity(state, 'ETHUSDT', { side: 'buy' }), 'INVALID_OPTION', 'market');
    expectCode(() => maxOpenQuantity(state, 'BTCUSDT', { side: 'up' as 'buy' }), 'INVALID_OPTION', 'side');
  });

  it('on a fresh account with a flat rate, equals maxPositionSize on the wallet, leverage and fee (in contracts)', () => {
    // exact cases: integer prices of the form 2^a·5^b (inverse values terminate), leverages dividing a power of ten, fees of ≤ 4 places
    const prices = [1000, 1250, 2000, 2500, 4000, 5000, 8000, 10000, 12500, 16000, 20000, 25000, 40000, 50000, 62500];
    const leverages = [1, 2, 4, 5, 8, 10, 20, 25, 40, 50, 100];
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(...prices),
        fc.constantFrom(...leverages),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        (inverse, cross, price, leverage, feeBasisPoints, deposit) => {
          const fee = new TB(feeBasisPoints).div(10000).toFixed();
          const lotSize = inverse ? '1' : '0.001';
          const contractSize = inverse ? '10' : '1';
          const config: FuturesConfig = {
            marginMode: cross ? 'cross' : 'isolated',
            settlementAsset: inverse ? 'BTC' : 'USDT',
            markets: { PERP: { contract: inverse ? 'inverse' : 'linear', contractSize, maxLeverage: 100, leverage, maintenanceMarginRate: '0.005', takerFeeRate: fee, lotSize } },
            marks: { PERP: String(price) },
            at: AT,
          };
          const wallet = inverse ? new TB(deposit).div(10000).toFixed() : String(deposit);
          const state = run(createFuturesAccount(config), [{ type: 'deposit', at: AT, asset: inverse ? 'BTC' : 'USDT', amount: wallet }]);
          const units = maxPositionSize({ margin: wallet, price, leverage, feeRate: fee, contract: inverse ? 'inverse' : 'linear', lotSize: new TB(lotSize).times(contractSize).toFixed() });
          expect(maxOpenQuantity(state, 'PERP', { side: deposit % 2 === 0 ? 'buy' : 'sell' }).toFixed()).toBe(new TB(units.toFixed()).div(contractSize).toFixed());
        },
      ),
      { numRuns: Math.max(50, numRuns) },
    );
  });

  it('a bot checks its stop against the position’s liquidation price: the view feeds stopPlacement', () => {
    // Bybit's 1 BTC long at 20,000, 50x, 0.5% at entry: liquidation at 19,700
    const state = run(createFuturesAccount({ ...linear('isolated'), markets: { BTCUSDT: { maxLeverage: 100, leverage: 50, maintenanceMarginRate: '0.005', maintenanceBasis: 'entry' } } }), [
      { type: 'deposit', at: AT, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: AT, market: 'BTCUSDT', side: 'buy', quantity: '1', price: '20000' },
    ]);
    const view = positionView(state, 'BTCUSDT')!;
    const check = (stopPrice: string) => stopPlacement({ side: view.side, entryPrice: view.entryPrice, stopPrice, liquidationPrice: view.liquidationPrice });
    expect([check('19800').verdict, fixed(check('19800').distanceToLiquidation)]).toEqual(['ok', '100']);
    expect(check('19650').verdict).toBe('beyondLiquidation');
    expect(check('20100').verdict).toBe('wrongSideOfEntry');
  });

  it('hedge mode names the position; tiers cap what opens at the account’s leverage', () => {
    const hedged = run(createFuturesAccount({ ...linear('cross'), positionMode: 'hedge' }), [{ type: 'deposit', at: AT, asset: 'USDT', amount: '1000' }]);
    expectCode(() => maxOpenQuantity(hedged, 'BTCUSDT', { side: 'buy' }), 'INVALID_OPTION', 'positionSide');
    expect(maxOpenQuantity(hedged, 'BTCUSDT', { side: 'sell', positionSide: 'short' }).toFixed()).toBe('2.42');
    const tiers = [
      { notionalFloor: '0', maintenanceMarginRate: '0.004', maxLeverage: '50' },
      { notionalFloor: '20000', maintenanceMarginRate: '0.01', maxLeverage: '20' },
    ];
    const tiered = run(createFuturesAccount({ ...linear('isolated'), markets: { BTCUSDT: { maxLeverage: 100, leverage: 50, tiers, lotSize: '0.01' } } }), [{ type: 'deposit', at: AT, asset: 'USDT', amount: '1000' }]);
    // at 50x only the first tier: below 20,000 of value, 0.99 BTC at 20,000
    expect(maxOpenQuantity(tiered, 'BTCUSDT', { side: 'buy' }).toFixed()).toBe('0.99');
  });
});
