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
  const strings = [];
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
    strings.push({ ...side, model, threshold: '1.05' });
  }
  // as a service reading JSON holds them: objects JSON.parse made (V8 reads objects of other
  // origins, e.g. built by a spread, up to twice as slowly; see docs/performance.md)
  return { inputs, floats, strings: JSON.parse(JSON.stringify(strings)) };
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

/** From decimal strings, as a service reading JSON calls it. */
export const libraryStrings = ({ strings }) => strings.map((input) => spotLiquidationPrice(input));

/** A peer's numbers, parsed once as the library's inputs are. */
export const peerInputs = (P, { strings }) => ({ rows: strings.map((s) => [s.base.held, s.base.debt, s.quote.held, s.quote.debt].map(P.of)), k: P.of('1.05'), zero: P.of('0') });

function peerPrice(P, k, zero, b, db, qt, dq) {
  const a = P.sub(b, P.mul(k, db));
  if (P.isZero(a)) return null;
  const p = P.div(P.sub(P.mul(k, dq), qt), a);
  return P.cmp(p, zero) > 0 ? P.str(P.cmp(a, zero) > 0 ? P.ceil(p, 8) : P.floor(p, 8)) : null;
}

/** The same formula in a peer: p = (k·Dq − Qt) / (B − k·Db), up for a falling trigger, down for a rising one. */
export function peer(P, { rows, k, zero }) {
  const out = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [b, db, qt, dq] = rows[i];
    out[i] = peerPrice(P, k, zero, b, db, qt, dq);
  }
  return out;
}

/** The peer from strings: parsing inside the timed run. */
export function peerStrings(P, { strings }) {
  const k = P.of('1.05');
  const zero = P.of('0');
  const out = new Array(strings.length);
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i];
    out[i] = peerPrice(P, k, zero, P.of(s.base.held), P.of(s.base.debt), P.of(s.quote.held), P.of(s.quote.debt));
  }
  return out;
}

export const peerSame = (exact, other) => (exact === null ? other === null : other !== null && exact.eq(other));
