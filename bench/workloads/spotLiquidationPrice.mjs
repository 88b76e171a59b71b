// spotLiquidationPrice for isolated pair accounts: p* = (k·Dq − Qt) / (B − k·Db) (docs/liquidation-price.md "Spot margin").
import Big from 'big.js';
import { spotLiquidationPrice } from '../../dist/index.js';
import { generator } from '../random.mjs';
import { roundFloat } from '../float.mjs';

export const name = 'spotLiquidationPrice (pairs)';
export const unit = 'accounts';

const model = { kind: 'marginLevel' };
const threshold = new Big('1.05');

export function setup(size) {
  const g = generator(4);
  const inputs = [];
  const floats = [];
  for (let i = 0; i < size; i++) {
    const long = g.next() < 0.7;
    const equity = Number(g.decimal(100, 10_000, 2));
    const notional = equity * (1.5 + 8 * g.next());
    const base = (notional / 60000).toFixed(8);
    const side = long
      ? { base: { held: base, debt: '0' }, quote: { held: g.decimal(0, 50, 8), debt: (notional - equity).toFixed(8) } }
      : { base: { held: '0', debt: base }, quote: { held: (notional + equity).toFixed(8), debt: '0' } };
    inputs.push({
      base: { held: new Big(side.base.held), debt: new Big(side.base.debt) },
      quote: { held: new Big(side.quote.held), debt: new Big(side.quote.debt) },
      model,
      threshold,
    });
    floats.push([side.base.held, side.base.debt, side.quote.held, side.quote.debt].map(Number));
  }
  return { inputs, floats };
}

export const library = ({ inputs }) => inputs.map((input) => spotLiquidationPrice(input));

export function float({ floats }) {
  const k = 1.05;
  const out = new Array(floats.length);
  for (let i = 0; i < floats.length; i++) {
    const [b, db, qt, dq] = floats[i];
    const a = b - k * db;
    const p = (k * dq - qt) / a;
    out[i] = p > 0 && a !== 0 ? roundFloat(p, 8, a > 0 ? 'ceil' : 'floor') : null;
  }
  return out;
}

export const same = (exact, approximate) => (exact === null ? approximate === null : approximate !== null && exact.eq(approximate.toFixed(8)));
