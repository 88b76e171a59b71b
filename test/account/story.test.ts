import { describe, expect, it } from 'vitest';
import { createAccount, execute, type AccountCommand, type AccountEvent, type AccountState } from '../../src/index.js';
import { H, T0, isolatedConfig } from './fixtures.js';

/** The worked story of docs/state-machine.md, step by step, with the page's numbers. */
describe('the state-machine story (docs/state-machine.md)', () => {
  const steps: [AccountCommand, string[]][] = [
    [{ type: 'deposit', at: T0, asset: 'USDT', amount: '1000' }, ['Deposited 1000']],
    [{ type: 'trade', at: T0 + 60_000, side: 'buy', quantity: '0.05', price: '60000', autoBorrow: true }, ['Borrowed 2000', 'InterestCharged 0.01052325', 'TradeFilled']],
    [{ type: 'accrue', at: T0 + 5 * H }, ['InterestCharged 0.042093']],
    [{ type: 'updatePrices', at: T0 + 5 * H, prices: { BTC: '42000' } }, ['PricesUpdated', 'StatusChanged normal→marginCall 0.95240601']],
    [{ type: 'deposit', at: T0 + 6 * H, asset: 'USDT', amount: '2100' }, ['InterestCharged 0.01052325', 'Deposited 2100', 'StatusChanged marginCall→normal 0.47620551']],
    [{ type: 'repayAll', at: T0 + 6 * H }, ['Repaid 0.0631395 + 2000']],
  ];
  const describeEvent = (e: AccountEvent): string => {
    switch (e.type) {
      case 'StatusChanged':
        return `StatusChanged ${e.from}→${e.to} ${e.riskRate?.toFixed()}`;
      case 'Repaid':
        return `Repaid ${e.interest.toFixed()} + ${e.principal.toFixed()}`;
      case 'Deposited':
      case 'Borrowed':
      case 'InterestCharged':
        return `${e.type} ${e.amount.toFixed()}`;
      default:
        return e.type;
    }
  };

  it('runs as the page tells it', () => {
    let s: AccountState = createAccount(isolatedConfig);
    for (const [command, expected] of steps) {
      const r = execute(s, command);
      expect(r.ok, command.type).toBe(true);
      if (!r.ok) return;
      expect(r.events.map(describeEvent)).toEqual(expected);
      s = r.state;
    }
    expect([s.balances['USDT']?.toFixed(), s.balances['BTC']?.toFixed(), Object.keys(s.loans).length, s.version]).toEqual(['99.9368605', '0.05', 0, 11]); // 11 events
  });
});
