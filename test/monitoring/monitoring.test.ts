import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import {
  classifyBook,
  createAccountBook,
  createLiquidationIndex,
  crossedBy,
  repriceIndex,
  updateIndex,
  type MonitoredAccount,
  type RiskModel,
} from '../../src/index.js';
import { expectCode } from '../expectCode.js';
import { loadVectors } from '../vectors/load.js';

// The documentation's account: 1,000 USDT at 3x long, 0.05 BTC held, 2,000 USDT owed.
const a1: MonitoredAccount = { id: 'a1', holdings: { BTC: { held: '0.05' }, USDT: { debt: '2000' } } };

describe('createAccountBook / classifyBook (the TSDoc examples)', () => {
  it('classifies at each price as the debt ratio says: 2000/3000, 2000/2050, 2000/2000', () => {
    const book = createAccountBook([a1]);
    expect(classifyBook(book, { BTC: '60000' })).toEqual(['normal']);
    expect(classifyBook(book, { BTC: '41000' })).toEqual(['marginCall']);
    expect(classifyBook(book, { BTC: '40000' })).toEqual(['liquidation']);
    expect(book.ids).toEqual(['a1']);
    expect(Object.isFrozen(book) && Object.isFrozen(book.ids) && Object.isFrozen(classifyBook(book, { BTC: '1' }))).toBe(true);
  });

  it('rejects bad input naming the field, and a price missing for a held asset', () => {
    expectCode(() => createAccountBook([{ id: 'a', holdings: { BTC: { held: '-1' } } }]), 'NEGATIVE_AMOUNT', 'accounts[0].holdings.BTC.held');
    expectCode(() => createAccountBook([{ id: 'a', holdings: { BTC: { debt: 'x' } } }]), 'INVALID_DECIMAL', 'accounts[0].holdings.BTC.debt');
    expectCode(() => createAccountBook([a1, a1]), 'INVALID_OPTION', 'accounts[1].id');
    expectCode(() => createAccountBook([{ id: 'a', holdings: { BTC: '1' as never } }]), 'MISSING_INPUT', 'accounts[0].holdings.BTC');
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

  it('reads a Big, a number, an exponent and a 20-digit value as the same decimals written out', () => {
    // 0.05 BTC against 1,999.9999999999999999 USDT (20 digits: kept whole, not as a float's integer);
    // at 40,000 the debt ratio is a hair under 1, at 39,999.999999999999998 exactly 1 (liquidation):
    // only the exact values can tell.
    const written = [{ id: 'w', holdings: { BTC: { held: '0.05' }, USDT: { held: '0', debt: '1999.9999999999999999' } } }];
    const given = [
      { id: 'g', holdings: { BTC: { held: new Big('0.05') }, USDT: { held: 0, debt: '1.9999999999999999999e3' } } },
      { id: 'n', holdings: { BTC: { held: 0.05 }, USDT: { debt: new Big('1999.9999999999999999') } } },
    ];
    for (const price of ['40000', '39999.999999999999998', '50000']) {
      const expected = classifyBook(createAccountBook(written), { BTC: price })[0];
      expect(classifyBook(createAccountBook(given), { BTC: price })).toEqual([expected, expected]);
    }
    expect(classifyBook(createAccountBook(written), { BTC: '40000' })).toEqual(['marginCall']);
    const index = createLiquidationIndex(given, { prices: { BTC: '50000' } });
    expect(crossedBy(index, 'BTC', '39999.999999999999998').map((c) => c.to)).toEqual(['liquidation', 'liquidation']);
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

  it('takes thousands of new ids one at a time: order, lookups and crossings as if built at once', () => {
    // 5,000 new ids fill five chunks of accounts and several trigger leaves
    const start = createLiquidationIndex([{ id: 'a0', holdings: { BTC: { held: '1' }, USDT: { debt: '10000' } } }], { prices: { BTC: '60000' } });
    let index = start;
    const ids = ['a0'];
    for (let k = 1; k <= 5000; k++) {
      // each owes more: liquidated (debt ratio 1) at 10,000 + k
      index = updateIndex(index, { id: `a${k}`, holdings: { BTC: { held: '1' }, USDT: { debt: String(10000 + k) } } });
      ids.push(`a${k}`);
    }
    expect(index.ids).toEqual(ids);
    expect(start.ids).toEqual(['a0']);
    // an early id and a late one (other chunks, other leaves) are replaced, not added again
    index = updateIndex(index, [
      { id: 'a7', holdings: { BTC: { held: '1' }, USDT: { debt: '50000' } } },
      { id: 'a4999', holdings: { BTC: { held: '1' }, USDT: { debt: '50001' } } },
    ]);
    expect(index.ids).toEqual(ids);
    // a fall to 49,999 liquidates exactly those two (1 BTC against 50,000 and 50,001 owed), in index order
    expect(crossedBy(index, 'BTC', '49999').filter((c) => c.to === 'liquidation').map((c) => c.id)).toEqual(['a7', 'a4999']);
  });

  it('agrees with classifying every account, across chunks and leaves, through trades, new ids and repricing', () => {
    // 6,000 pairs and cross accounts (six chunks; trigger lists of many leaves, sorted by radix when
    // built); every tick is checked against classifyBook of the same holdings before and after.
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const amount = (max: number) => (next() * max).toFixed(6);
    const holdings = (i: number): MonitoredAccount['holdings'] =>
      i % 5 === 0
        ? { BTC: { held: amount(2) }, ETH: { held: amount(20), debt: amount(5) }, USDT: { debt: amount(60000) } }
        : i % 2 === 0
          ? { BTC: { held: amount(2) }, USDT: { debt: amount(80000) } }
          : { BTC: { debt: amount(1) }, USDT: { held: amount(90000) } };
    const current = new Map<string, MonitoredAccount>();
    for (let i = 0; i < 6000; i++) current.set(`u${i}`, { id: `u${i}`, holdings: holdings(i) });
    let prices: Record<string, string> = { BTC: '50000', ETH: '3000' };
    let index = createLiquidationIndex([...current.values()], { prices });
    for (let step = 0; step < 6; step++) {
      const changed: MonitoredAccount[] = [];
      for (let k = 0; k < 300; k++) {
        const i = Math.floor(next() * 6600); // some new ids
        if (changed.some((a) => a.id === `u${i}`)) continue;
        changed.push({ id: `u${i}`, holdings: holdings(i) });
      }
      index = updateIndex(index, changed);
      for (const a of changed) current.set(a.id, a);
      const asset = step % 3 === 2 ? 'ETH' : 'BTC';
      const price = (Number(prices[asset]) * (0.9 + 0.2 * next())).toFixed(2);
      const accounts = [...current.values()];
      const order = new Map(index.ids.map((id, i) => [id, i]));
      accounts.sort((x, y) => order.get(x.id)! - order.get(y.id)!);
      const book = createAccountBook(accounts);
      const was = classifyBook(book, prices);
      const after = { ...prices, [asset]: price };
      const is = classifyBook(book, after);
      const expected = accounts.map((a, i) => ({ id: a.id, from: was[i], to: is[i] })).filter((c) => c.from !== c.to);
      expect(expected.length).toBeGreaterThan(0);
      expect(crossedBy(index, asset, price)).toEqual(expected);
      // The index's own columns classify as a book of the same accounts does.
      expect(classifyBook(index, after)).toEqual(is);
      index = repriceIndex(index, { [asset]: price });
      prices = after;
    }
    expect(index.ids.length).toBe(current.size);
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

describe('crossedBy on the spot liquidation vectors (docs/liquidation-price.md, spot margin)', () => {
  interface SpotInput {
    base: { held: string; debt: string };
    quote: { held: string; debt: string };
    model?: RiskModel;
    threshold?: string;
    tickSize?: string;
  }
  const vectors = loadVectors<SpotInput, string | null>('spot-liquidation').filter((v) => v.expected !== null);
  const UNIT = '0.00000001';

  it.each(vectors.map((v) => [v.name, v] as const))('%s: a tick one unit (or the vector\'s tick) past the vector price crosses, one short of it does not', (_name, v) => {
    const model = v.input.model ?? { kind: 'debtRatio' as const };
    const threshold = v.input.threshold ?? (model.kind === 'marginLevel' ? '1.1' : '1');
    // One level for both thresholds: the account is either normal or at the vector's threshold.
    const rules = { model, thresholds: { marginCall: threshold, liquidation: threshold } };
    const price = new Big(v.expected as string);
    // A long is liquidated as the price falls to p* (rounded up), a short as it rises to p* (rounded
    // down): within one unit of the stated price, on the side where it is reached first (docs/state-machine.md, its laws).
    const long = new Big(v.input.base.held).gt(v.input.base.debt);
    const safe = long ? price.times(2) : price.div(2);
    const index = createLiquidationIndex([{ id: 'v', holdings: { BTC: v.input.base, USDT: v.input.quote } }], { ...rules, prices: { BTC: safe.toFixed() } });
    // a vector on a tick is within one tick of the boundary, not one unit
    const step = v.input.tickSize ?? UNIT;
    const past = long ? price.minus(step) : price.plus(step);
    const before = long ? price.plus(step) : price.minus(step);
    expect(crossedBy(index, 'BTC', past.toFixed())).toEqual([{ id: 'v', from: 'normal', to: 'liquidation' }]);
    expect(crossedBy(index, 'BTC', before.toFixed())).toEqual([]);
  });
});
