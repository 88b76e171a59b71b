// execute: a stream of mixed commands (deposit, borrow, trade, updatePrices, accrue, trade, repay)
// round-robin over isolated BTC/USDT accounts, a minute apart per round, so interest accrues hourly.
import Big from 'big.js';
import { createAccount } from '../../dist/index.js';
import { roundRobin, replayStream } from '../stream.mjs';
import { roundFloat } from '../float.mjs';
import { peerStatus } from '../peers.mjs';

export const name = 'execute mixed commands';
export const unit = 'commands';
export const target = { opsPerSecond: 50_000 };

const T0 = Date.UTC(2024, 2, 1, 9, 0);
const ACCOUNTS = 1000;
const ZERO = new Big(0);
const USDT_RATE = 0.0002; // daily
const config = {
  mode: 'isolated',
  pair: { base: 'BTC', quote: 'USDT' },
  interest: { USDT: { rate: '0.0002' }, BTC: { rate: '0.0001' } },
  prices: { BTC: '60000' },
  at: T0,
};

function commandAt(step, round) {
  const at = T0 + round * 60_000;
  const price = String(60000 + (round % 50) * 10);
  switch (step) {
    case 0: return { type: 'deposit', at, asset: 'USDT', amount: '100' };
    case 1: return { type: 'borrow', at, asset: 'USDT', amount: '50' };
    case 2: return { type: 'trade', at, side: 'buy', quantity: '0.001', price };
    case 3: return { type: 'updatePrices', at, prices: { BTC: price } };
    case 4: return { type: 'accrue', at };
    case 5: return { type: 'trade', at, side: 'sell', quantity: '0.001', price };
    default: return { type: 'repay', at, asset: 'USDT', amount: 'all' };
  }
}

export function setup(size) {
  return { commands: roundRobin(size, ACCOUNTS, 7, commandAt), start: createAccount(config) };
}

export function library({ commands, start }) {
  // an account the stream never reached (a tiny --scale) holds nothing yet
  return replayStream(commands, start, ACCOUNTS).map((a) => a.balances.USDT ?? ZERO);
}

/** The same state machine on floats: balances, one USDT loan with hourly charges, the status. */
export function float({ commands }) {
  const HOUR = 3_600_000;
  const accounts = Array.from({ length: ACCOUNTS }, () => ({ usdt: 0, btc: 0, price: 60000, principal: 0, interest: 0, borrowedAt: 0, charged: 0, status: 'normal' }));
  for (const { account, command: c } of commands) {
    const a = accounts[account];
    // charges due: one at borrow, then one per UTC hour boundary before `at` (a charge falling
    // exactly on `at` is made after the event, as the library's clock says)
    const post = () => {
      if (a.principal === 0) return;
      const first = Math.floor(a.borrowedAt / HOUR) * HOUR + HOUR;
      const due = 1 + (c.at > first ? Math.ceil((c.at - first) / HOUR) : 0);
      if (due > a.charged) {
        a.interest += roundFloat((a.principal * USDT_RATE * (due - a.charged)) / 24, 8, 'ceil');
        a.charged = due;
      }
    };
    switch (c.type) {
      case 'deposit': a.usdt += 100; break;
      case 'borrow': post(); a.principal += 50; a.usdt += 50; if (a.charged === 0) { a.borrowedAt = c.at; } break;
      case 'trade': {
        const value = 0.001 * Number(c.price);
        if (c.side === 'buy') { a.usdt -= value; a.btc += 0.001; } else { a.usdt += value; a.btc -= 0.001; }
        break;
      }
      case 'updatePrices': a.price = Number(c.prices.BTC); break;
      case 'accrue': post(); break;
      default: post(); a.usdt -= a.principal + a.interest; a.principal = 0; a.interest = 0; a.charged = 0;
    }
    const assets = a.usdt + a.btc * a.price;
    const liabilities = a.principal + a.interest;
    a.status = liabilities === 0 ? 'normal' : liabilities >= assets ? 'liquidation' : liabilities >= 0.8 * assets ? 'marginCall' : 'normal';
  }
  return accounts.map((a) => a.usdt);
}

export const same = (exact, approximate) => exact.eq(approximate.toFixed(8));

/** A peer's constants (the commands themselves are parsed as they come, as the library's are). */
export const peerInputs = (P, { commands }) => ({ commands, c: { zero: P.of('0'), hundred: P.of('100'), fifty: P.of('50'), lot: P.of('0.001'), rate: P.of(String(USDT_RATE)), day: P.of('24'), kC: P.of('1.25'), start: P.of('60000') } });

/** The float floor's state machine written in a peer: the same balances, loan, hourly charges and status. */
export function peer(P, { commands, c }) {
  const HOUR = 3_600_000;
  const accounts = Array.from({ length: ACCOUNTS }, () => ({ usdt: c.zero, btc: c.zero, price: c.start, principal: c.zero, interest: c.zero, borrowedAt: 0, charged: 0, status: 'normal' }));
  for (const { account, command: cmd } of commands) {
    const a = accounts[account];
    const post = () => {
      if (P.isZero(a.principal)) return;
      const first = Math.floor(a.borrowedAt / HOUR) * HOUR + HOUR;
      const due = 1 + (cmd.at > first ? Math.ceil((cmd.at - first) / HOUR) : 0);
      if (due > a.charged) {
        a.interest = P.add(a.interest, P.ceil(P.div(P.mul(P.mul(a.principal, c.rate), P.of(String(due - a.charged))), c.day), 8));
        a.charged = due;
      }
    };
    switch (cmd.type) {
      case 'deposit': a.usdt = P.add(a.usdt, P.of(cmd.amount)); break;
      case 'borrow': post(); a.principal = P.add(a.principal, P.of(cmd.amount)); a.usdt = P.add(a.usdt, P.of(cmd.amount)); if (a.charged === 0) a.borrowedAt = cmd.at; break;
      case 'trade': {
        const q = P.of(cmd.quantity);
        const value = P.mul(q, P.of(cmd.price));
        if (cmd.side === 'buy') { a.usdt = P.sub(a.usdt, value); a.btc = P.add(a.btc, q); } else { a.usdt = P.add(a.usdt, value); a.btc = P.sub(a.btc, q); }
        break;
      }
      case 'updatePrices': a.price = P.of(cmd.prices.BTC); break;
      case 'accrue': post(); break;
      default: post(); a.usdt = P.sub(a.usdt, P.add(a.principal, a.interest)); a.principal = c.zero; a.interest = c.zero; a.charged = 0;
    }
    a.status = peerStatus(P, P.add(a.usdt, P.mul(a.btc, a.price)), P.add(a.principal, a.interest), undefined, c.kC);
  }
  return accounts.map((a) => P.str(a.usdt));
}

export const peerSame = (exact, other) => exact.eq(other);
