import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyBook,
  createAccount,
  createAccountBook,
  createLiquidationIndex,
  crossedBy,
  execute,
  holdingsOf,
  repriceIndex,
  updateIndex,
  type MonitoredAccount,
} from '../../src/index.js';
import { D } from '../../src/decimal/constructor.js';
import { approximate, certainSign, TOLERANCE } from '../../src/monitoring/approximation.js';
import { TB, decimalFrom, runs } from '../arbitraries.js';
import { expectCode } from '../expectCode.js';

// The documentation's account: 1,000 USDT at 3x long, 0.05 BTC held, 2,000 USDT owed.
const a1: MonitoredAccount = { id: 'a1', holdings: { BTC: { held: '0.05' }, USDT: { debt: '2000' } } };

describe('createAccountBook / classifyBook (the TSDoc examples)', () => {
  it('classifies at each price as the debt ratio says: 2000/3000, 2000/2050, 2000/2000', () => {
    const book = createAccountBook([a1]);
    expect(classifyBook(book, { BTC: '60000' })).toEqual(['normal']);
    expect(classifyBook(book, { BTC: '41000' })).toEqual(['marginCall']);
    expect(classifyBook(book, { BTC: '40000' })).toEqual(['liquidation']);
    expect(book.ids).toEqual(['a1']);
  });

  it('rejects bad input naming the field, and a price missing for a held asset', () => {
    expectCode(() => createAccountBook([{ id: 'a', holdings: { BTC: { held: '-1' } } }]), 'NEGATIVE_AMOUNT', 'accounts[0].holdings.BTC.held');
    expectCode(() => createAccountBook([{ id: 'a', holdings: { BTC: { debt: 'x' } } }]), 'INVALID_DECIMAL', 'accounts[0].holdings.BTC.debt');
    expectCode(() => createAccountBook([a1, a1]), 'INVALID_OPTION', 'accounts[1].id');
    expectCode(() => createAccountBook([{ holdings: {} } as unknown as MonitoredAccount]), 'INVALID_OPTION', 'accounts[0].id');
    expectCode(() => createAccountBook([a1], { model: { kind: 'nope' } as never }), 'INVALID_MODEL', 'model.kind');
    expectCode(() => classifyBook(createAccountBook([a1]), {}), 'UNKNOWN_ASSET', 'prices.BTC');
    expectCode(() => classifyBook({ ids: [], valuationAsset: 'USDT' }, {}), 'INVALID_OPTION', 'book');
  });

  it('never mutates the accounts or the Big values given', () => {
    const held = new Big('0.05');
    const accounts = [{ id: 'b', holdings: { BTC: { held, debt: '0' }, USDT: { held: '0', debt: '2000' } } }];
    const before = JSON.stringify(accounts);
    classifyBook(createAccountBook(accounts), { BTC: '50000' });
    expect(JSON.stringify(accounts)).toBe(before);
    expect(Object.isFrozen(held)).toBe(false);
  });
});

describe('createLiquidationIndex / crossedBy / updateIndex / repriceIndex (the TSDoc examples)', () => {
  const index = createLiquidationIndex([a1], { prices: { BTC: '60000' } });

  it('finds the account a tick moves, and nothing for a tick that moves none', () => {
    expect(crossedBy(index, 'BTC', '45000')).toEqual([{ id: 'a1', from: 'normal', to: 'marginCall' }]);
    expect(crossedBy(index, 'BTC', '39000')).toEqual([{ id: 'a1', from: 'normal', to: 'liquidation' }]);
    expect(crossedBy(index, 'BTC', '59000')).toEqual([]);
    // exactly at the triggers: 2,500 (0.8 at 50,000) and 40,000 (1.0), both inclusive
    expect(crossedBy(index, 'BTC', '50000')).toEqual([{ id: 'a1', from: 'normal', to: 'marginCall' }]);
    expect(crossedBy(index, 'BTC', '40000')).toEqual([{ id: 'a1', from: 'normal', to: 'liquidation' }]);
    expect(crossedBy(index, 'BTC', '50000.00000001')).toEqual([]);
  });

  it('updates one account into a new index and leaves the old one as it was', () => {
    const next = updateIndex(index, { id: 'a1', holdings: { BTC: { held: '0.05' }, USDT: { debt: '1000' } } });
    expect(crossedBy(next, 'BTC', '39000')).toEqual([]);
    expect(crossedBy(next, 'BTC', '20000')).toEqual([{ id: 'a1', from: 'normal', to: 'liquidation' }]);
    expect(crossedBy(index, 'BTC', '39000')).toEqual([{ id: 'a1', from: 'normal', to: 'liquidation' }]);
    const grown = updateIndex(repriceIndex(index, { ETH: '3000' }), [{ id: 'a2', holdings: { ETH: { held: '1' }, USDT: { debt: '1500' } } }]);
    expect(grown.ids).toEqual(['a1', 'a2']);
    expect(crossedBy(grown, 'ETH', '1500')).toEqual([{ id: 'a2', from: 'normal', to: 'liquidation' }]);
    expect(index.ids).toEqual(['a1']);
  });

  it('moves its reference prices: the next tick starts from there', () => {
    const moved = repriceIndex(index, { BTC: '45000' });
    expect(moved.prices['BTC']?.toFixed()).toBe('45000');
    expect(crossedBy(moved, 'BTC', '39000')).toEqual([{ id: 'a1', from: 'marginCall', to: 'liquidation' }]);
    expect(crossedBy(moved, 'BTC', '60000')).toEqual([{ id: 'a1', from: 'marginCall', to: 'normal' }]);
    expect(index.prices['BTC']?.toFixed()).toBe('60000');
  });

  it('rejects a tick of the valuation asset, unknown assets, zero prices and foreign objects', () => {
    expectCode(() => crossedBy(index, 'USDT', '1'), 'INVALID_PRICE', 'asset');
    expectCode(() => crossedBy(index, 'ETH', '1'), 'UNKNOWN_ASSET', 'asset');
    expectCode(() => crossedBy(index, 'BTC', '0'), 'INVALID_PRICE', 'newPrice');
    expectCode(() => createLiquidationIndex([a1], { prices: { BTC: '0' } }), 'INVALID_PRICE', 'prices.BTC');
    expectCode(() => createLiquidationIndex([a1], { prices: {} }), 'UNKNOWN_ASSET', 'prices.BTC');
    expectCode(() => repriceIndex(index, { USDT: '2' }), 'INVALID_PRICE', 'prices.USDT');
    expectCode(() => updateIndex(index, [a1, a1]), 'INVALID_OPTION', 'changed[1].id');
    expectCode(() => updateIndex(index, { id: 'a3', holdings: { SOL: { held: '1' } } }), 'UNKNOWN_ASSET', 'prices.SOL');
    expectCode(() => crossedBy({ ids: [], valuationAsset: 'USDT', prices: {} }, 'BTC', '1'), 'INVALID_OPTION', 'index');
  });
});

describe('holdingsOf', () => {
  it('gives a state-machine account’s balances and debts (interest included) for a book or index', () => {
    const at = Date.UTC(2024, 2, 1, 9);
    let account = createAccount({ mode: 'isolated', pair: { base: 'BTC', quote: 'USDT' }, interest: { USDT: { rate: '0.0024' } }, prices: { BTC: '60000' }, at });
    for (const command of [
      { type: 'deposit', at, asset: 'USDT', amount: '1000' },
      { type: 'trade', at, side: 'buy', quantity: '0.05', price: '60000', autoBorrow: true },
    ] as const) {
      const r = execute(account, command);
      if (!r.ok) throw new Error(r.rejection.message);
      account = r.state;
    }
    const holdings = holdingsOf(account);
    // 3,000 USDT bought 0.05 BTC: 2,000 borrowed, charged 2000 × 0.0024 / 24 = 0.2 at borrow
    expect(Object.fromEntries(Object.entries(holdings).map(([a, h]) => [a, [h.held.toFixed(), h.debt.toFixed()]]))).toEqual({
      BTC: ['0.05', '0'],
      USDT: ['0', '2000.2'],
    });
    expect(classifyBook(createAccountBook([{ id: 'x', holdings }]), account.prices)).toEqual([account.status]);
  });
});

describe('float shadows (approximate, certainSign)', () => {
  it('stay within 1e-14 of the value, relative, over the accepted range, and refuse the rest', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 30n - 1n }), fc.integer({ min: -60, max: 60 }), (units, scale) => {
        const text = scale >= 0 ? decimalFrom(units, scale) : `${units}e${-scale}`;
        const shadow = approximate(new D(text));
        const error = new TB(shadow).minus(text).abs().div(text);
        expect(error.lt('1e-14')).toBe(true);
      }),
      runs,
    );
    expect(approximate(new D('1e-150'))).toBeNaN();
    expect(approximate(new D('1e150'))).toBeNaN();
    expect(approximate(new D('1.' + '1'.repeat(40)))).toBeNaN();
    expect(approximate(new D('-2.5'))).toBe(-2.5);
    expect(approximate(new D('0'))).toBe(0);
  });

  it('trust a sign only beyond the tolerance, never at a tie or on NaN', () => {
    expect(certainSign(1, 1)).toBe(1);
    expect(certainSign(-1, 1)).toBe(-1);
    expect(certainSign(0, 1)).toBe(0);
    expect(certainSign(TOLERANCE / 2, 1)).toBe(0);
    expect(certainSign(NaN, 1)).toBe(0);
    expect(certainSign(1, NaN)).toBe(0);
  });
});
