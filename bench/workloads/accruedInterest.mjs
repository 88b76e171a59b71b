// accruedInterest on the clockHours clock (Bitget, Binance, Bybit): a charge at borrow, then one per UTC hour.
import Big from 'big.js';
import { accruedInterest } from '../../dist/index.js';
import { generator } from '../random.mjs';
import { roundFloat } from '../float.mjs';

export const name = 'accruedInterest (clockHours)';
export const unit = 'loans';

const HOUR = 3_600_000;
const T0 = Date.UTC(2024, 0, 1);
const clock = { kind: 'clockHours' };

export function setup(size) {
  const g = generator(5);
  const inputs = [];
  const floats = [];
  const strings = [];
  for (let i = 0; i < size; i++) {
    const principal = g.decimal(1, 100_000, 8);
    const rate = g.decimal(0.00001, 0.001, 8); // daily
    const from = T0 + g.int(0, 30 * 24 * HOUR);
    const to = from + g.int(0, 30 * 24 * HOUR);
    inputs.push({ principal: new Big(principal), rate: new Big(rate), from, to, clock });
    floats.push({ p: Number(principal), r: Number(rate), from, to });
    strings.push({ principal, rate, from, to, clock });
  }
  // as a service reading JSON holds them: objects JSON.parse made (V8 reads objects of other
  // origins, e.g. built by a spread, up to twice as slowly; see docs/performance.md)
  return { inputs, floats, strings: JSON.parse(JSON.stringify(strings)) };
}

export const library = ({ inputs }) => inputs.map((input) => accruedInterest(input));

export function float({ floats }) {
  const out = new Array(floats.length);
  for (let i = 0; i < floats.length; i++) {
    const { p, r, from, to } = floats[i];
    const first = Math.floor(from / HOUR) * HOUR + HOUR;
    const charges = 1 + (to > first ? Math.ceil((to - first) / HOUR) : 0);
    out[i] = roundFloat((p * r * charges) / 24, 8, 'ceil');
  }
  return out;
}

export const same = (exact, approximate) => exact.eq(approximate.toFixed(8));

/** From decimal strings, as a service reading JSON calls it. */
export const libraryStrings = ({ strings }) => strings.map((input) => accruedInterest(input));

/** A peer's numbers, parsed once as the library's inputs are. */
export const peerInputs = (P, { strings }) => ({ rows: strings.map((s) => ({ p: P.of(s.principal), r: P.of(s.rate), from: s.from, to: s.to })), day: P.of('24') });

const chargesOf = (from, to) => {
  const first = Math.floor(from / HOUR) * HOUR + HOUR;
  return 1 + (to > first ? Math.ceil((to - first) / HOUR) : 0);
};

/** The same charge count and formula in a peer: ceil(principal × rate × charges / 24) at 8 places. */
export function peer(P, { rows, day }) {
  const out = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const { p, r, from, to } = rows[i];
    out[i] = P.str(P.ceil(P.div(P.mul(P.mul(p, r), P.of(String(chargesOf(from, to)))), day), 8));
  }
  return out;
}

/** The peer from strings: parsing inside the timed run. */
export function peerStrings(P, { strings }) {
  const day = P.of('24');
  const out = new Array(strings.length);
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i];
    out[i] = P.str(P.ceil(P.div(P.mul(P.mul(P.of(s.principal), P.of(s.rate)), P.of(String(chargesOf(s.from, s.to)))), day), 8));
  }
  return out;
}

export const peerSame = (exact, other) => exact.eq(other);
