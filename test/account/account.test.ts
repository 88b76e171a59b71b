import { describe, expect, it } from 'vitest';
import { accountFromJSON, accountToJSON, createAccount, decide, evolve, eventFromJSON, eventToJSON, execute, replay, type AccountCommand, type AccountConfig, type AccountEvent, type Decimal } from '../../src/index.js';
import { expectCode } from '../expectCode.js';
import { H, T0, crossConfig, isolatedConfig, rejectionOf, run } from './fixtures.js';

const fixed = (x: Decimal | undefined) => x?.toFixed();
const deposited = run(isolatedConfig, [{ type: 'deposit', at: T0, asset: 'USDT', amount: '1000' }]);

describe('createAccount', () => {
  it('starts empty, normal, at version 0, every record frozen (decimals are immutable values, not frozen: decision 0010)', () => {
    const s = createAccount(isolatedConfig);
    expect([s.status, s.version, s.at, Object.keys(s.balances).length]).toEqual(['normal', 0, T0, 0]);
    expect(Object.isFrozen(s) && Object.isFrozen(s.rules) && Object.isFrozen(s.prices) && Object.isFrozen(s.rules.liquidation)).toBe(true);
    expect(Object.isFrozen(s.prices['BTC'])).toBe(false);
    expect(fixed(s.rules.maxLeverage)).toBe('10');
    expect(fixed(createAccount(crossConfig).rules.maxLeverage)).toBe('3');
  });

  it('rejects broken configurations with coded errors naming the field', () => {
    expectCode(() => createAccount({ ...isolatedConfig, mode: 'hedge' as 'cross' }), 'INVALID_CONFIG', 'mode');
    expectCode(() => createAccount({ ...isolatedConfig, pair: { base: 'BTC', quote: 'BTC' } }), 'INVALID_CONFIG', 'pair');
    expectCode(() => createAccount({ ...isolatedConfig, prices: {} }), 'INVALID_CONFIG', 'prices.BTC');
    expectCode(() => createAccount({ ...isolatedConfig, prices: { BTC: '0' } }), 'INVALID_PRICE', 'prices.BTC');
    expectCode(() => createAccount({ ...isolatedConfig, interest: { DOGE: { rate: '0.1' } } }), 'INVALID_CONFIG', 'interest.DOGE');
    expectCode(() => createAccount({ ...isolatedConfig, maxLeverage: '0.5' }), 'INVALID_LEVERAGE', 'maxLeverage');
    expectCode(() => createAccount({ ...isolatedConfig, at: NaN }), 'INVALID_TIME', 'at');
    expectCode(() => createAccount({ ...isolatedConfig, interest: { USDT: { rate: '0.1', clock: { kind: 'weekly' } as never } } }), 'INVALID_CLOCK', 'interest.USDT.clock.kind');
  });
});

describe('deposit and withdraw', () => {
  it('deposits into the free balance', () => {
    expect(fixed(deposited.balances['USDT'])).toBe('1000');
    expect(deposited.version).toBe(1);
  });

  it('withdraws from the free balance', () => {
    const r = execute(deposited, { type: 'withdraw', at: T0, asset: 'USDT', amount: '400' });
    expect(r.ok && fixed(r.state.balances['USDT'])).toBe('600');
  });

  it('rejects a withdrawal above the free balance', () => {
    expect(rejectionOf(deposited, { type: 'withdraw', at: T0, asset: 'USDT', amount: '1000.01' }).code).toBe('INSUFFICIENT_BALANCE');
  });

  it('rejects a withdrawal that would bring the risk to the margin-call level', () => {
    // 1,000 own + 2,000 borrowed USDT: risk 2,000/3,000; withdrawing 500 → 2,000.01…/2,500 ≥ 0.8
    const s = run(isolatedConfig, [
      { type: 'deposit', at: T0, asset: 'USDT', amount: '1000' },
      { type: 'borrow', at: T0, asset: 'USDT', amount: '2000' },
    ]);
    expect(rejectionOf(s, { type: 'withdraw', at: T0, asset: 'USDT', amount: '500' }).code).toBe('RISK_LIMIT');
    expect(execute(s, { type: 'withdraw', at: T0, asset: 'USDT', amount: '400' }).ok).toBe(true);
  });

  it('rejects a withdrawal outside normal status', () => {
    const s = run(isolatedConfig, [
      { type: 'deposit', at: T0, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: T0, side: 'buy', quantity: '0.05', price: '60000', autoBorrow: true },
      { type: 'updatePrices', at: T0, prices: { BTC: '42000' } },
    ]);
    expect(s.status).toBe('marginCall');
    expect(rejectionOf(s, { type: 'withdraw', at: T0, asset: 'BTC', amount: '0.001' }).code).toBe('STATUS_NOT_NORMAL');
  });

  it('rejects an asset the account does not hold', () => {
    expect(rejectionOf(deposited, { type: 'deposit', at: T0, asset: 'DOGE', amount: '1' }).code).toBe('UNSUPPORTED_ASSET');
  });
});

describe('borrow', () => {
  it('borrows up to the leverage room and charges the first hour at once (clockHours)', () => {
    const r = execute(deposited, { type: 'borrow', at: T0 + 20 * 60_000, asset: 'USDT', amount: '9000' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // borrowing the whole 9x of a 10x pair leaves debt / assets = 9,000 / 10,000 = 0.9: a margin call at once
    expect(r.events.map((e) => e.type)).toEqual(['Borrowed', 'InterestCharged', 'StatusChanged']);
    expect(fixed(r.state.loans['USDT']?.interest)).toBe('0.04735463'); // 9,000 × 0.000126279 / 24 = 0.047354625 ↑
  });

  it('rejects a borrow above the leverage room, the coin limit or the pool', () => {
    expect(rejectionOf(deposited, { type: 'borrow', at: T0, asset: 'USDT', amount: '9000.01' }).details['limitedBy']).toBe('leverage');
    expect(rejectionOf(deposited, { type: 'borrow', at: T0, asset: 'USDT', amount: '100', poolRemaining: '99' }).details['limitedBy']).toBe('pool');
    const cross = run(crossConfig, [{ type: 'deposit', at: T0, asset: 'USDT', amount: '100000' }]);
    const r = rejectionOf(cross, { type: 'borrow', at: T0, asset: 'ETH', amount: '5.01' });
    expect([r.code, r.details['limitedBy']]).toEqual(['BORROW_LIMIT', 'coinLimit']);
  });

  it('rejects an asset without an interest rule as not borrowable', () => {
    const cfg: AccountConfig = { ...isolatedConfig, interest: { USDT: { rate: '0.0001' } } };
    const s = run(cfg, [{ type: 'deposit', at: T0, asset: 'USDT', amount: '1000' }]);
    expect(rejectionOf(s, { type: 'borrow', at: T0, asset: 'BTC', amount: '0.001' }).code).toBe('NOT_BORROWABLE');
  });
});

describe('interest on the clock', () => {
  const borrowed = run(isolatedConfig, [
    { type: 'deposit', at: T0, asset: 'USDT', amount: '2000' },
    { type: 'borrow', at: T0 + 10 * 60_000, asset: 'USDT', amount: '10000' },
  ]);

  it('charges each UTC hour boundary once, before the command acts (Bitget: 00:10 → 02:30 is three hours)', () => {
    const r = execute(borrowed, { type: 'accrue', at: T0 + 150 * 60_000 });
    expect(r.ok && r.events.map((e) => e.type)).toEqual(['InterestCharged']);
    expect(r.ok && fixed(r.state.loans['USDT']?.interest)).toBe('0.15784875'); // 3 × 0.05261625, Bitget's example
  });

  it('posts nothing when no charge instant passed', () => {
    const r = execute(borrowed, { type: 'accrue', at: T0 + 50 * 60_000 });
    expect(r.ok && r.events).toEqual([]);
  });

  it('applies a coupon to the charges inside its window', () => {
    const s = run(isolatedConfig, [
      { type: 'deposit', at: T0, asset: 'USDT', amount: '2000' },
      { type: 'borrow', at: T0 + 10 * 60_000, asset: 'USDT', amount: '10000' },
      { type: 'applyCoupon', at: T0 + 20 * 60_000, asset: 'USDT', rateMultiplier: '0', from: T0 + 20 * 60_000, to: T0 + 2 * H },
      { type: 'accrue', at: T0 + 150 * 60_000 },
    ]);
    // 09:10 charged at the borrow; 10:00 falls in the free window [09:20, 11:00); 11:00 is outside it → charged
    expect(fixed(s.loans['USDT']?.interest)).toBe('0.1052325');
  });
});

describe('repay', () => {
  const owing = run(isolatedConfig, [
    { type: 'deposit', at: T0, asset: 'USDT', amount: '1000' },
    { type: 'borrow', at: T0, asset: 'USDT', amount: '2000' },
  ]);

  it('pays interest first, then principal', () => {
    const r = execute(owing, { type: 'repay', at: T0, asset: 'USDT', amount: '100' });
    const repaid = r.ok ? r.events.find((e) => e.type === 'Repaid') : undefined;
    expect(repaid?.type === 'Repaid' && [repaid.interest.toFixed(), repaid.principal.toFixed()]).toEqual(['0.01052325', '99.98947675']);
  });

  it('repays everything with "all" and closes the loan', () => {
    const r = execute(owing, { type: 'repay', at: T0, asset: 'USDT', amount: 'all' });
    expect(r.ok && r.state.loans['USDT']).toBeUndefined();
    expect(r.ok && fixed(r.state.balances['USDT'])).toBe('999.98947675');
  });

  it('rejects repaying more than is owed, with no debt, or beyond the free balance', () => {
    expect(rejectionOf(owing, { type: 'repay', at: T0, asset: 'USDT', amount: '2001' }).code).toBe('EXCEEDS_DEBT');
    expect(rejectionOf(owing, { type: 'repay', at: T0, asset: 'BTC', amount: '1' }).code).toBe('NO_DEBT');
    const spent = run(isolatedConfig, [
      { type: 'deposit', at: T0, asset: 'USDT', amount: '10' },
      { type: 'borrow', at: T0, asset: 'USDT', amount: '50' },
      { type: 'trade', at: T0, side: 'buy', quantity: '0.001', price: '60000' },
    ]);
    expect(rejectionOf(spent, { type: 'repay', at: T0, asset: 'USDT', amount: 'all' }).code).toBe('INSUFFICIENT_BALANCE');
  });
});

describe('trade', () => {
  it('buys with auto-borrow of the quote shortfall (a 3x long)', () => {
    const r = execute(deposited, { type: 'trade', at: T0, side: 'buy', quantity: '0.05', price: '60000', autoBorrow: true });
    expect(r.ok && r.events.map((e) => e.type)).toEqual(['Borrowed', 'InterestCharged', 'TradeFilled']);
    expect(r.ok && [fixed(r.state.balances['BTC']), fixed(r.state.balances['USDT']), fixed(r.state.loans['USDT']?.principal)]).toEqual(['0.05', '0', '2000']);
  });

  it('sells short by auto-borrowing the base', () => {
    const r = execute(deposited, { type: 'trade', at: T0, side: 'sell', quantity: '0.05', price: '60000', autoBorrow: true });
    expect(r.ok && [fixed(r.state.balances['USDT']), fixed(r.state.loans['BTC']?.principal)]).toEqual(['4000', '0.05']);
  });

  it('auto-repays debt in the asset the fill brings in', () => {
    const short = run(isolatedConfig, [
      { type: 'deposit', at: T0, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: T0, side: 'sell', quantity: '0.05', price: '60000', autoBorrow: true },
    ]);
    const r = execute(short, { type: 'trade', at: T0 + 30 * 60_000, side: 'buy', quantity: '0.05', price: '50000', autoRepay: true });
    expect(r.ok && r.events.map((e) => e.type)).toEqual(['TradeFilled', 'Repaid']);
    // 0.05 bought repays the borrow-time interest 0.05 × 0.00007 / 24 = 0.000000145833… ↑ 0.00000015 first, then principal
    expect(r.ok && fixed(r.state.loans['BTC']?.principal)).toBe('0.00000015');
  });

  it('charges the fee in the quote, rounded up', () => {
    const cross = run(crossConfig, [
      { type: 'deposit', at: T0, asset: 'USDT', amount: '10000' },
      { type: 'trade', at: T0, side: 'buy', base: 'ETH', quote: 'USDT', quantity: '1.2345', price: '3000.01' },
    ]);
    // 3,703.512345 × 0.001 = 3.703512345 → 3.70351235
    expect(fixed(cross.balances['USDT'])).toBe('6292.78414265'); // 10,000 − 3,703.512345 − 3.70351235
  });

  it('rejects spending more than is free without auto-borrow, and names the pair in cross mode', () => {
    expect(rejectionOf(deposited, { type: 'trade', at: T0, side: 'buy', quantity: '1', price: '60000' }).code).toBe('INSUFFICIENT_BALANCE');
    const cross = run(crossConfig, [{ type: 'deposit', at: T0, asset: 'USDT', amount: '100' }]);
    expect(rejectionOf(cross, { type: 'trade', at: T0, side: 'buy', quantity: '0.001', price: '60000' }).code).toBe('UNSUPPORTED_ASSET');
  });

  it('rejects an auto-borrow above the limit', () => {
    expect(rejectionOf(deposited, { type: 'trade', at: T0, side: 'buy', quantity: '1', price: '60000', autoBorrow: true }).code).toBe('BORROW_LIMIT');
  });
});

describe('status, liquidation gating and time', () => {
  const long = run(isolatedConfig, [
    { type: 'deposit', at: T0, asset: 'USDT', amount: '1000' },
    { type: 'trade', at: T0, side: 'buy', quantity: '0.05', price: '60000', autoBorrow: true },
  ]);

  it('emits StatusChanged with the risk rate when prices move it (the margin-call notification)', () => {
    const r = execute(long, { type: 'updatePrices', at: T0 + H, prices: { BTC: '42000' } });
    const change = r.ok ? r.events.find((e) => e.type === 'StatusChanged') : undefined;
    expect(change?.type === 'StatusChanged' && [change.from, change.to]).toEqual(['normal', 'marginCall']);
  });

  it('accepts only updatePrices, accrue, deposit (and liquidate, test/account/liquidate.test.ts) while in liquidation', () => {
    const liq = run(isolatedConfig, [
      { type: 'deposit', at: T0, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: T0, side: 'buy', quantity: '0.05', price: '60000', autoBorrow: true },
      { type: 'updatePrices', at: T0, prices: { BTC: '39000' } },
    ]);
    expect(liq.status).toBe('liquidation');
    for (const c of [
      { type: 'withdraw', at: T0, asset: 'USDT', amount: '1' },
      { type: 'borrow', at: T0, asset: 'USDT', amount: '1' },
      { type: 'repay', at: T0, asset: 'USDT', amount: '1' },
      { type: 'trade', at: T0, side: 'sell', quantity: '0.01', price: '39000' },
      { type: 'applyCoupon', at: T0, asset: 'USDT', rateMultiplier: '0.5' },
    ] as AccountCommand[]) expect(rejectionOf(liq, c).code).toBe('LIQUIDATION_IN_PROGRESS');
    expect(execute(liq, { type: 'accrue', at: T0 + H }).ok).toBe(true);
    const rescued = execute(liq, { type: 'deposit', at: T0, asset: 'USDT', amount: '2000' });
    expect(rescued.ok && rescued.state.status).toBe('normal');
  });

  it('rejects a command dated before the account with CLOCK_REWIND, leaving the state as it was', () => {
    const r = decide(long, { type: 'accrue', at: T0 - 1 });
    expect(!r.ok && r.rejection.code).toBe('CLOCK_REWIND');
  });

  it('throws on malformed commands instead of rejecting them', () => {
    expectCode(() => decide(long, { type: 'teleport', at: T0 } as unknown as AccountCommand), 'INVALID_COMMAND', 'type');
    expectCode(() => decide(long, { type: 'deposit', at: T0, asset: 'USDT', amount: '0' }), 'INVALID_COMMAND', 'amount');
    expectCode(() => decide(long, { type: 'deposit', at: T0, asset: 'USDT', amount: 'lots' }), 'INVALID_DECIMAL', 'amount');
    expectCode(() => decide(long, { type: 'accrue', at: 1.5 }), 'INVALID_COMMAND', 'at');
  });
});

describe('evolve, replay and JSON', () => {
  const events: AccountEvent[] = [];
  let s = createAccount(isolatedConfig);
  for (const c of [
    { type: 'deposit', at: T0, asset: 'USDT', amount: '1000' },
    { type: 'trade', at: T0, side: 'buy', quantity: '0.05', price: '60000', autoBorrow: true },
    { type: 'applyCoupon', at: T0 + H, asset: 'USDT', rateMultiplier: '0.5', from: T0 + H },
    { type: 'updatePrices', at: T0 + 3 * H, prices: { BTC: '45000' } },
  ] as AccountCommand[]) {
    const r = execute(s, c);
    if (r.ok) {
      events.push(...r.events);
      s = r.state;
    }
  }

  it('rebuilds the same state by replaying the events', () => {
    expect(replay(createAccount(isolatedConfig), events)).toEqual(s);
  });

  it('round-trips the state and the events through JSON exactly', () => {
    const json = JSON.stringify(accountToJSON(s));
    expect(JSON.stringify(accountToJSON(accountFromJSON(JSON.parse(json))))).toBe(json);
    expect(accountFromJSON(JSON.parse(json))).toEqual(s);
    const back = events.map((e) => eventFromJSON(JSON.parse(JSON.stringify(eventToJSON(e)))));
    expect(back).toEqual(events);
  });

  it('throws INVALID_EVENT for an event that cannot apply', () => {
    expectCode(() => evolve(s, { ...(events[0] as AccountEvent), at: T0 - 1 }), 'INVALID_EVENT');
    expectCode(() => evolve(createAccount(isolatedConfig), { type: 'Withdrawn', at: T0, asset: 'USDT', amount: s.balances['BTC']! }), 'INVALID_EVENT');
    expectCode(() => evolve(s, { type: 'Repaid', at: s.at, asset: 'BTC', interest: s.balances['BTC']!, principal: s.balances['BTC']! }), 'INVALID_EVENT');
    expectCode(() => evolve(s, { type: 'Bogus', at: s.at } as unknown as AccountEvent), 'INVALID_EVENT');
  });
});
