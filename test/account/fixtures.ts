import { createAccount, execute, type AccountCommand, type AccountConfig, type AccountState, type Rejection } from '../../src/index.js';

export const T0 = Date.UTC(2024, 2, 1, 9, 0);
export const H = 3_600_000;

/** Bitget-like isolated BTC/USDT at 10x, debt-ratio risk, hourly interest. */
export const isolatedConfig: AccountConfig = {
  mode: 'isolated',
  pair: { base: 'BTC', quote: 'USDT' },
  interest: { USDT: { rate: '0.000126279' }, BTC: { rate: '0.00007' } },
  prices: { BTC: '60000' },
  at: T0,
};

/** Cross 3x over BTC and ETH, valued in USDT. */
export const crossConfig: AccountConfig = {
  mode: 'cross',
  assets: ['BTC', 'ETH'],
  interest: { USDT: { rate: '0.0002' }, BTC: { rate: '0.0001' }, ETH: { rate: '0.0001' } },
  coinLimits: { ETH: '5' },
  tradingFeeRate: '0.001',
  prices: { BTC: '60000', ETH: '3000' },
  at: T0,
};

/** Runs commands in order, failing loudly on a rejection. */
export function run(config: AccountConfig, commands: readonly AccountCommand[]): AccountState {
  let state = createAccount(config);
  for (const c of commands) {
    const r = execute(state, c);
    if (!r.ok) throw new Error(`${c.type} rejected: ${r.rejection.code} ${r.rejection.message}`);
    state = r.state;
  }
  return state;
}

export function rejectionOf(state: AccountState, command: AccountCommand): Rejection {
  const r = execute(state, command);
  if (r.ok) throw new Error(`${command.type} was accepted`);
  return r.rejection;
}
