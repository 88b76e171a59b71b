import { describe, expect, it } from 'vitest';
import { execute } from '../../src/index.js';
import { T0, crossConfig, isolatedConfig, rejectionOf, run } from './fixtures.js';

describe('repayAll', () => {
  it('sells the base to close a quote loan when the quote is short (isolated 3x long)', () => {
    const long = run(isolatedConfig, [
      { type: 'deposit', at: T0, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: T0, side: 'buy', quantity: '0.05', price: '60000', autoBorrow: true },
    ]);
    const r = execute(long, { type: 'repayAll', at: T0 });
    expect(r.ok && r.events.map((e) => e.type)).toEqual(['TradeFilled', 'Repaid']);
    if (!r.ok) return;
    // owed 2,000 + 0.01052325; sell ceil(2,000.01052326 / 60,000) = 0.03333351 BTC for 2,000.0106
    expect(r.state.loans).toEqual({});
    expect([r.state.balances['BTC']?.toFixed(), r.state.balances['USDT']?.toFixed()]).toEqual(['0.01666649', '0.00007675']);
  });

  it('buys a short base loan back with the quote, raised from the largest other holding first', () => {
    const cross = run(crossConfig, [
      { type: 'deposit', at: T0, asset: 'BTC', amount: '0.1' },
      { type: 'deposit', at: T0, asset: 'ETH', amount: '0.1' },
      { type: 'borrow', at: T0, asset: 'ETH', amount: '1' },
      { type: 'withdraw', at: T0, asset: 'ETH', amount: '1.05' },
    ]);
    // owes 1 ETH + 1 × 0.0001 / 24 = 0.00000416666… ↑ 0.00000417; holds 0.05 ETH, 0.1 BTC, 0 USDT
    const r = execute(cross, { type: 'repayAll', at: T0 });
    expect(r.ok && r.events.map((e) => (e.type === 'TradeFilled' ? `${e.side} ${e.base}` : e.type))).toEqual(['Repaid', 'sell BTC', 'buy ETH', 'Repaid']);
    expect(r.ok && r.state.loans).toEqual({});
  });

  it('rejects, changing nothing, when everything held cannot cover everything owed', () => {
    // a debt ratio of 1.5 is not yet liquidation here, but the holdings are worth less than the debt
    const bust = run({ ...isolatedConfig, thresholds: { marginCall: '1.6', liquidation: '2' } }, [
      { type: 'deposit', at: T0, asset: 'USDT', amount: '1000' },
      { type: 'trade', at: T0, side: 'buy', quantity: '0.05', price: '60000', autoBorrow: true },
      { type: 'updatePrices', at: T0, prices: { BTC: '30000' } },
    ]);
    expect(rejectionOf(bust, { type: 'repayAll', at: T0 }).code).toBe('INSUFFICIENT_BALANCE');
  });

  it('rejects with NO_DEBT when nothing is owed', () => {
    const s = run(isolatedConfig, [{ type: 'deposit', at: T0, asset: 'USDT', amount: '1' }]);
    expect(rejectionOf(s, { type: 'repayAll', at: T0 }).code).toBe('NO_DEBT');
  });
});
