// Classify isolated pair accounts (BTC/USDT: base and quote held and owed) at a new price.
import { classifyBook, createAccountBook } from '../../dist/index.js';
import { generator } from '../random.mjs';
import { floatStatus } from '../float.mjs';
import { peerStatus } from '../peers.mjs';

export const name = 'classify isolated pairs';
export const unit = 'accounts';
export const target = { opsPerSecond: 1_500_000, maxRatio: 12 };

// Binance isolated 10x: margin level, margin call 1.1, liquidation 1.05 (k = ℓ).
const rules = { model: { kind: 'marginLevel' }, thresholds: { marginCall: '1.1', liquidation: '1.05' } };
const PRICE = '52000';

export function setup(size) {
  const g = generator(1);
  const accounts = [];
  for (let i = 0; i < size; i++) {
    // Long: base bought with borrowed quote; short: base borrowed and sold. Sized so that at
    // 52,000 (from 60,000) roughly a third are beyond one threshold.
    if (i % 1000 === 0) {
      // One in a thousand sits exactly on the liquidation level at the tick: B·p + Qt = 1.05·Dq.
      const held = g.decimal(0.01, 2, 8);
      const owed = (BigInt(Math.round(Number(held) * 1e8)) * 52000n).toString();
      const quote = (BigInt(Math.round(Number(held) * 1e8)) * 2600n).toString();
      accounts.push({ id: `p${i}`, holdings: { BTC: { held, debt: '0' }, USDT: { held: `${quote.slice(0, -8) || '0'}.${quote.slice(-8).padStart(8, '0')}`, debt: `${owed.slice(0, -8) || '0'}.${owed.slice(-8).padStart(8, '0')}` } } });
      continue;
    }
    const long = g.next() < 0.7;
    const equity = g.decimal(100, 10_000, 2);
    const leverage = 1.5 + g.next() * 8;
    const notional = Number(equity) * leverage;
    const base = (notional / 60000).toFixed(8);
    accounts.push(
      long
        ? { id: `p${i}`, holdings: { BTC: { held: base, debt: '0' }, USDT: { held: g.decimal(0, 50, 8), debt: (notional - Number(equity)).toFixed(8) } } }
        : { id: `p${i}`, holdings: { BTC: { held: '0', debt: base }, USDT: { held: (notional + Number(equity)).toFixed(8), debt: '0' } } },
    );
  }
  const book = createAccountBook(accounts, rules);
  // The float floor reads the same accounts as plain numbers.
  const floats = accounts.map((a) => ({
    b: Number(a.holdings.BTC.held), db: Number(a.holdings.BTC.debt), q: Number(a.holdings.USDT.held), dq: Number(a.holdings.USDT.debt),
  }));
  const strings = accounts.map((a) => [a.holdings.BTC.held, a.holdings.BTC.debt, a.holdings.USDT.held, a.holdings.USDT.debt]);
  return { book, floats, strings };
}

export const library = ({ book }) => classifyBook(book, { BTC: PRICE });

export function float({ floats }) {
  const p = Number(PRICE);
  const out = new Array(floats.length);
  for (let i = 0; i < floats.length; i++) {
    const a = floats[i];
    out[i] = floatStatus(a.b * p + a.q, a.db * p + a.dq, 1.05, 1, 1.1, 1);
  }
  return out;
}

export const same = (exact, approximate) => exact === approximate;

/** A peer's numbers, parsed once as the book's are. */
export const peerInputs = (P, { strings }) => ({ rows: strings.map((r) => r.map(P.of)), price: P.of(PRICE), kL: P.of('1.05'), kC: P.of('1.1') });

/** The same classification written in a peer: A = B·p + Qt, L = Db·p + Dq against 1.05 and 1.1. */
export function peer(P, { rows, price, kL, kC }) {
  const out = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [b, db, q, dq] = rows[i];
    out[i] = peerStatus(P, P.add(P.mul(b, price), q), P.add(P.mul(db, price), dq), kL, kC);
  }
  return out;
}

export const peerSame = (exact, other) => exact === other;
