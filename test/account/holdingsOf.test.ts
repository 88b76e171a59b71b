import { describe, expect, it } from 'vitest';
import { classifyBook, createAccount, createAccountBook, execute, holdingsOf } from '../../src/index.js';

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
