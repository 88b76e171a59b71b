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
  for (let i = 0; i < size; i++) {
    const principal = g.decimal(1, 100_000, 8);
    const rate = g.decimal(0.00001, 0.001, 8); // daily
    const from = T0 + g.int(0, 30 * 24 * HOUR);
    const to = from + g.int(0, 30 * 24 * HOUR);
    inputs.push({ principal: new Big(principal), rate: new Big(rate), from, to, clock });
    floats.push({ p: Number(principal), r: Number(rate), from, to });
  }
  return { inputs, floats };
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
