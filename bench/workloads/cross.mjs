// Classify cross accounts holding five assets each (four coins and USDT, each held and owed).
import { classifyBook, createAccountBook } from '../../dist/index.js';
import { generator } from '../random.mjs';
import { floatStatus } from '../float.mjs';
import { peerStatus } from '../peers.mjs';

export const name = 'classify cross, 5 assets';
export const unit = 'accounts';
export const target = { opsPerSecond: 300_000 };

const COINS = ['BTC', 'ETH', 'SOL', 'XRP'];
const BEFORE = { BTC: '60000', ETH: '3000', SOL: '150', XRP: '0.6' };
const AFTER = { BTC: '52000.5', ETH: '2710.25', SOL: '131.125', XRP: '0.5125' };
// Bitget cross: debt ratio, margin call 0.8, liquidation 1 (k = 1/θ: 1.25 and 1).
const rules = { model: { kind: 'debtRatio' } };

export function setup(size) {
  const g = generator(2);
  const accounts = [];
  for (let i = 0; i < size; i++) {
    const holdings = {};
    let value = 0;
    for (const coin of COINS) {
      const held = g.decimal(0, 2000 / Number(BEFORE[coin]), 8);
      holdings[coin] = { held, debt: g.next() < 0.2 ? g.decimal(0, 200 / Number(BEFORE[coin]), 8) : '0' };
      value += Number(held) * Number(BEFORE[coin]);
    }
    // USDT owed: 40% to 95% of the coins' value, so the drop moves a share of them.
    holdings.USDT = { held: g.decimal(0, 100, 8), debt: (value * (0.4 + 0.55 * g.next())).toFixed(8) };
    accounts.push({ id: `c${i}`, holdings });
  }
  const book = createAccountBook(accounts, rules);
  const assets = [...COINS, 'USDT'];
  const floats = accounts.map((a) => assets.map((asset) => [Number(a.holdings[asset].held), Number(a.holdings[asset].debt)]));
  const prices = [...COINS.map((c) => Number(AFTER[c])), 1];
  const strings = accounts.map((a) => assets.map((asset) => [a.holdings[asset].held, a.holdings[asset].debt]));
  return { book, floats, prices, strings };
}

export const library = ({ book }) => classifyBook(book, AFTER);

export function float({ floats, prices }) {
  const out = new Array(floats.length);
  for (let i = 0; i < floats.length; i++) {
    const holdings = floats[i];
    let assets = 0;
    let liabilities = 0;
    for (let j = 0; j < holdings.length; j++) {
      assets += holdings[j][0] * prices[j];
      liabilities += holdings[j][1] * prices[j];
    }
    out[i] = floatStatus(assets, liabilities, 1, 1, 1, 0.8);
  }
  return out;
}

export const same = (exact, approximate) => exact === approximate;

/** A peer's numbers, parsed once as the book's are. */
export const peerInputs = (P, { strings }) => ({ rows: strings.map((r) => r.map(([h, d]) => [P.of(h), P.of(d)])), prices: [...COINS.map((c) => P.of(AFTER[c])), undefined], kC: P.of('1.25'), zero: P.of('0') });

/** The same classification written in a peer: A = Σ held·p, L = Σ debt·p (USDT at 1) against 1 and 1.25. */
export function peer(P, { rows, prices, kC, zero }) {
  const out = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    let assets = zero;
    let liabilities = zero;
    const holdings = rows[i];
    for (let j = 0; j < holdings.length; j++) {
      const price = prices[j];
      assets = P.add(assets, price === undefined ? holdings[j][0] : P.mul(holdings[j][0], price));
      liabilities = P.add(liabilities, price === undefined ? holdings[j][1] : P.mul(holdings[j][1], price));
    }
    out[i] = peerStatus(P, assets, liabilities, undefined, kC);
  }
  return out;
}

export const peerSame = (exact, other) => exact === other;
