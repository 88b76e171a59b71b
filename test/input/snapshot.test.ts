import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import { accountToJSON, createAccount, execute, liquidationPrice } from '../../src/index.js';
import { MAX_SNAPSHOT_DEPTH, MAX_SNAPSHOT_VALUES, snapshot } from '../../src/input/snapshot.js';
import { expectCode } from '../expectCode.js';
import { T0, isolatedConfig } from '../account/fixtures.js';

/** An object nested `depth` levels deep under `key`. */
function nested(depth: number): Record<string, unknown> {
  let node: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) node = { next: node };
  return node;
}

describe('snapshot: an input tree read once, bounded', () => {
  it('copies records and arrays, makes a big.js value the library\'s own decimal, and keeps every other value as it is', () => {
    const given = { a: [1, '2', { b: null }], c: new Big('1.50'), d: undefined, e: true };
    const copy = snapshot(given, '', 'INVALID_CONFIG');
    expect(copy).not.toBe(given);
    expect(copy.a).not.toBe(given.a);
    expect(copy.a).toEqual([1, '2', { b: null }]);
    expect(copy.c).not.toBe(given.c);
    expect(copy.c.eq('1.5')).toBe(true);
    expect(Object.keys(copy)).toEqual(['a', 'c', 'd', 'e']);
  });

  it('keeps `__proto__` a plain name of the copy', () => {
    const copy = snapshot(JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>, '', 'INVALID_CONFIG');
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(copy, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it(`refuses more than ${MAX_SNAPSHOT_DEPTH} levels and more than ${MAX_SNAPSHOT_VALUES} values with the given code, naming the field`, () => {
    expect(() => snapshot(nested(MAX_SNAPSHOT_DEPTH - 1), '', 'INVALID_CONFIG')).not.toThrow();
    expectCode(() => snapshot(nested(MAX_SNAPSHOT_DEPTH + 1), 'config', 'INVALID_CONFIG'), 'INVALID_CONFIG', `config${'.next'.repeat(MAX_SNAPSHOT_DEPTH)}`);
    expectCode(() => snapshot({ list: new Array(MAX_SNAPSHOT_VALUES) }, 'plan', 'INVALID_COMMAND'), 'INVALID_COMMAND', 'plan.list');
    // a sparse array's length is what counts: nothing is walked of one too long
    expectCode(() => snapshot({ list: new Array(2 ** 32 - 1) }, 'plan', 'INVALID_COMMAND'), 'INVALID_COMMAND', 'plan.list');
    expect(() => snapshot({ list: new Array(MAX_SNAPSHOT_VALUES - 10).fill(0) }, 'plan', 'INVALID_COMMAND')).not.toThrow();
  });
});

describe('inputs read once: what is kept cannot be changed by the caller afterwards', () => {
  it('a configuration is kept as it was read: changing the object given changes no account', () => {
    const config = structuredClone(isolatedConfig);
    const account = createAccount(config);
    const before = JSON.stringify(accountToJSON(account));
    (config.prices as Record<string, string>)['BTC'] = '1';
    (config.interest as Record<string, { rate: string }>)['USDT']!.rate = '0.5';
    expect(JSON.stringify(accountToJSON(account))).toBe(before);
  });

  it('a field answering differently on a second read is used as first read, in a command and in a formula', () => {
    const account = createAccount(isolatedConfig);
    let reads = 0;
    const command = { type: 'deposit', at: T0, asset: 'USDT', get amount() { return reads++ === 0 ? '10' : '1e999999999'; } };
    const result = execute(account, command as never);
    expect(result.ok).toBe(true);
    expect(reads).toBe(1);
    if (result.ok) expect(result.state.balances['USDT']?.toFixed()).toBe('10');
    // 22 digits: the shortcut declines and the exact path answers, from the same read
    const entry = '20000.000000000000000001';
    let priceReads = 0;
    const position = { side: 'long', quantity: 1, margin: 400, maintenanceMarginRate: '0.005', get entryPrice() { return priceReads++ === 0 ? entry : '1'; } };
    expect(liquidationPrice(position as never)?.toFixed()).toBe(liquidationPrice({ side: 'long', quantity: 1, margin: 400, maintenanceMarginRate: '0.005', entryPrice: entry })?.toFixed());
    expect(priceReads).toBe(1);
  });
});
