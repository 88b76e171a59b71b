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
  for (let i = 0; i < size; i++) {
    const side = g.next() < 0.6 ? 'long' : 'short';
    const entry = g.decimal(20_000, 90_000, 2);
    const quantity = g.decimal(0.001, 5, 3);
    const margin = (Number(entry) * Number(quantity) * (0.02 + 0.3 * g.next())).toFixed(2);
    const rate = g.pick(['0.004', '0.005', '0.01']);
    // Parsed once, as a service holds its positions: Big values in, Big values out.
    inputs.push({ side, entryPrice: new Big(entry), quantity: new Big(quantity), margin: new Big(margin), maintenanceMarginRate: new Big(rate) });
    floats.push({ long: side === 'long', e: Number(entry), q: Number(quantity), m: Number(margin), r: Number(rate) });
  }
  return { inputs, floats };
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
