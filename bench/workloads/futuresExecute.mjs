// execute on futures accounts: a stream of mixed commands (deposit, open, mark, funding, increase,
// mark, reduce, close) round-robin over isolated BTCUSDT perpetual accounts, one funding a round.
import { createFuturesAccount } from '../../dist/index.js';
import { roundRobin, replayStream } from '../stream.mjs';
import { roundFloat } from '../float.mjs';

export const name = 'futures execute mixed commands';
export const unit = 'commands';
export const target = { opsPerSecond: 50_000 };

const T0 = Date.UTC(2024, 0, 1);
const ACCOUNTS = 1000;
const TAKER = 0.00055;
const LEVERAGE = 10;
const config = {
  marginMode: 'isolated',
  markets: { BTCUSDT: { maxLeverage: 100, leverage: LEVERAGE, maintenanceMarginRate: '0.005', takerFeeRate: String(TAKER) } },
  marks: { BTCUSDT: '60000' },
  at: T0,
};

function commandAt(step, round) {
  const at = T0 + round * 60_000;
  const price = String(60000 + (round % 50) * 10);
  switch (step) {
    case 0: return { type: 'deposit', at, asset: 'USDT', amount: '1000' };
    case 1: return { type: 'trade', at, market: 'BTCUSDT', side: 'buy', quantity: '0.01', price };
    case 2: return { type: 'updateMarks', at, marks: { BTCUSDT: price } };
    case 3: return { type: 'settleFunding', at, market: 'BTCUSDT', rate: '0.0001' };
    case 4: return { type: 'trade', at, market: 'BTCUSDT', side: 'buy', quantity: '0.01', price };
    case 5: return { type: 'updateMarks', at, marks: { BTCUSDT: price } };
    case 6: return { type: 'trade', at, market: 'BTCUSDT', side: 'sell', quantity: '0.005', price };
    default: return { type: 'trade', at, market: 'BTCUSDT', side: 'sell', quantity: '0.015', price, reduceOnly: true };
  }
}

export function setup(size) {
  return { commands: roundRobin(size, ACCOUNTS, 8, commandAt), start: createFuturesAccount(config) };
}

export function library({ commands, start }) {
  return replayStream(commands, start, ACCOUNTS).map((a) => a.wallet);
}

/** The same account on floats: wallet, one isolated position (quantity, entry, margin), the mark and the status. */
export function float({ commands }) {
  const accounts = Array.from({ length: ACCOUNTS }, () => ({ wallet: 0, qty: 0, entry: 0, margin: 0, mark: 60000, status: 'normal' }));
  for (const { account, command: c } of commands) {
    const a = accounts[account];
    switch (c.type) {
      case 'deposit': a.wallet += 1000; break;
      case 'updateMarks': a.mark = Number(c.marks.BTCUSDT); break;
      case 'settleFunding': if (a.qty > 0) a.margin -= roundFloat(a.qty * a.mark * 0.0001, 8, 'ceil'); break;
      default: {
        const q = Number(c.quantity);
        const price = Number(c.price);
        const fee = roundFloat(q * price * TAKER, 8, 'ceil');
        a.wallet -= fee;
        if (c.side === 'buy') {
          const posted = roundFloat((q * price) / LEVERAGE, 8, 'ceil');
          a.entry = a.qty === 0 ? price : roundFloat((a.qty * a.entry + q * price) / (a.qty + q), 8, 'ceil');
          a.qty += q;
          a.margin += posted;
          a.wallet -= posted;
        } else {
          const closed = Math.min(q, a.qty);
          const released = closed === a.qty ? a.margin : roundFloat((a.margin * closed) / a.qty, 8, 'floor');
          a.wallet += released + closed * (price - a.entry);
          a.margin -= released;
          a.qty -= closed;
          if (a.qty === 0) { a.entry = 0; a.margin = 0; }
        }
      }
    }
    const equity = a.margin + a.qty * (a.mark - a.entry);
    a.status = a.qty === 0 ? 'normal' : equity <= a.qty * a.mark * 0.005 ? 'liquidation' : 'normal';
  }
  return accounts.map((a) => a.wallet);
}

export const same = (exact, approximate) => exact.eq(approximate.toFixed(8));
