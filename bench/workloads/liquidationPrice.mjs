// liquidationPrice for linear USDT-margined positions, maintenance valued at mark (Binance, OKX).
import Big from 'big.js';
import { liquidationPrice } from '../../dist/index.js';
import { generator } from '../random.mjs';
import { roundFloat } from '../float.mjs';

export const name = 'liquidationPrice (linear, mark)';
export const unit = 'positions';
export const target = { opsPerSecond: 300_000 };

export function setup(size) {
  const g = generator(3);
  const inputs = [];
  const floats = [];
  const strings = [];
  for (let i = 0; i < size; i++) {
    const side = g.next() < 0.6 ? 'long' : 'short';
    const entry = g.decimal(20_000, 90_000, 2);
    const quantity = g.decimal(0.001, 5, 3);
    const margin = (Number(entry) * Number(quantity) * (0.02 + 0.3 * g.next())).toFixed(2);
    const rate = g.pick(['0.004', '0.005', '0.01']);
    // Parsed once, as a service holds its positions: Big values in, Big values out.
    inputs.push({ side, entryPrice: new Big(entry), quantity: new Big(quantity), margin: new Big(margin), maintenanceMarginRate: new Big(rate) });
    floats.push({ long: side === 'long', e: Number(entry), q: Number(quantity), m: Number(margin), r: Number(rate) });
    // What a service parsing JSON passes: decimal strings.
    strings.push({ side, entryPrice: entry, quantity, margin, maintenanceMarginRate: rate });
  }
  // as a service reading JSON holds them: objects JSON.parse made (V8 reads objects of other
  // origins, e.g. built by a spread, up to twice as slowly; see docs/performance.md)
  return { inputs, floats, strings: JSON.parse(JSON.stringify(strings)) };
}

export const library = ({ inputs }) => inputs.map((input) => liquidationPrice(input));

export function float({ floats }) {
  const out = new Array(floats.length);
  for (let i = 0; i < floats.length; i++) {
    const { long, e, q, m, r } = floats[i];
    // long P = (Q·E − M) / (Q·(1 − m)); short P = (Q·E + M) / (Q·(1 + m)); rounded ceil / floor at 8
    const p = long ? (q * e - m) / (q * (1 - r)) : (q * e + m) / (q * (1 + r));
    out[i] = p > 0 ? roundFloat(p, 8, long ? 'ceil' : 'floor') : null;
  }
  return out;
}

export const same = (exact, approximate) => (exact === null ? approximate === null : approximate !== null && exact.eq(approximate.toFixed(8)));

/** From decimal strings, as a service reading JSON calls it. */
export const libraryStrings = ({ strings }) => strings.map((input) => liquidationPrice(input));

/** A peer's numbers, parsed once as the library's inputs are. */
export const peerInputs = (P, { strings }) => ({ rows: strings.map((s) => ({ long: s.side === 'long', e: P.of(s.entryPrice), q: P.of(s.quantity), m: P.of(s.margin), r: P.of(s.maintenanceMarginRate) })), one: P.of('1'), zero: P.of('0') });

function peerPrice(P, one, zero, long, e, q, m, r) {
  const value = P.mul(q, e);
  const p = long ? P.div(P.sub(value, m), P.mul(q, P.sub(one, r))) : P.div(P.add(value, m), P.mul(q, P.add(one, r)));
  return P.cmp(p, zero) > 0 ? P.str(long ? P.ceil(p, 8) : P.floor(p, 8)) : null;
}

/** The same formula in a peer: long ceil((Q·E − M) / (Q·(1 − m))), short floor((Q·E + M) / (Q·(1 + m))), at 8 places. */
export function peer(P, { rows, one, zero }) {
  const out = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const { long, e, q, m, r } = rows[i];
    out[i] = peerPrice(P, one, zero, long, e, q, m, r);
  }
  return out;
}

/** The peer from strings: parsing inside the timed run. */
export function peerStrings(P, { strings }) {
  const one = P.of('1');
  const zero = P.of('0');
  const out = new Array(strings.length);
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i];
    out[i] = peerPrice(P, one, zero, s.side === 'long', P.of(s.entryPrice), P.of(s.quantity), P.of(s.margin), P.of(s.maintenanceMarginRate));
  }
  return out;
}

export const peerSame = (exact, other) => (exact === null ? other === null : other !== null && exact.eq(other));
