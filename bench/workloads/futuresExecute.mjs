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

/** A peer's constants (the commands are parsed as they come, as the library's are). */
export const peerInputs = (P, { commands }) => ({ commands, c: { zero: P.of('0'), taker: P.of(String(TAKER)), leverage: P.of(String(LEVERAGE)), funding: P.of('0.0001'), mmr: P.of('0.005'), start: P.of('60000') } });

/** The float floor's account written in a peer: wallet, one isolated position, the mark and the status. */
export function peer(P, { commands, c }) {
  const accounts = Array.from({ length: ACCOUNTS }, () => ({ wallet: c.zero, qty: c.zero, entry: c.zero, margin: c.zero, mark: c.start, status: 'normal' }));
  for (const { account, command: cmd } of commands) {
    const a = accounts[account];
    switch (cmd.type) {
      case 'deposit': a.wallet = P.add(a.wallet, P.of(cmd.amount)); break;
      case 'updateMarks': a.mark = P.of(cmd.marks.BTCUSDT); break;
      case 'settleFunding': if (!P.isZero(a.qty)) a.margin = P.sub(a.margin, P.ceil(P.mul(P.mul(a.qty, a.mark), c.funding), 8)); break;
      default: {
        const q = P.of(cmd.quantity);
        const price = P.of(cmd.price);
        const value = P.mul(q, price);
        a.wallet = P.sub(a.wallet, P.ceil(P.mul(value, c.taker), 8));
        if (cmd.side === 'buy') {
          const posted = P.ceil(P.div(value, c.leverage), 8);
          a.entry = P.isZero(a.qty) ? price : P.ceil(P.div(P.add(P.mul(a.qty, a.entry), value), P.add(a.qty, q)), 8);
          a.qty = P.add(a.qty, q);
          a.margin = P.add(a.margin, posted);
          a.wallet = P.sub(a.wallet, posted);
        } else {
          const closed = P.cmp(q, a.qty) < 0 ? q : a.qty;
          const all = P.cmp(closed, a.qty) === 0;
          const released = all ? a.margin : P.floor(P.div(P.mul(a.margin, closed), a.qty), 8);
          a.wallet = P.add(a.wallet, P.add(released, P.mul(closed, P.sub(price, a.entry))));
          a.margin = P.sub(a.margin, released);
          a.qty = P.sub(a.qty, closed);
          if (P.isZero(a.qty)) { a.entry = c.zero; a.margin = c.zero; }
        }
      }
    }
    const equity = P.add(a.margin, P.mul(a.qty, P.sub(a.mark, a.entry)));
    a.status = P.isZero(a.qty) ? 'normal' : P.cmp(equity, P.mul(P.mul(a.qty, a.mark), c.mmr)) <= 0 ? 'liquidation' : 'normal';
  }
  return accounts.map((a) => P.str(a.wallet));
}

export const peerSame = (exact, other) => exact.eq(other);
