import { D, type Decimal } from '../decimal/constructor.js';
import { isPositive } from '../decimal/compare.js';
import { compareProducts } from '../decimal/compareProducts.js';
import { divide } from '../decimal/divide.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { MarginError, shown } from '../errors.js';
import { requireArray, readShape, type Shape } from '../input/shape.js';
import { toContract, toPrice, toQuantity, toSide, type Contract, type Side } from '../positions/position.js';

/** One open position in the queue: who holds it and the prices its ranking is made of. */
export interface AdlPosition {
  /** The holder's name for it (an account id): 1 to 100 characters, unique in the list. */
  readonly id: string;
  /** `'long'` (profits when the price rises) or `'short'`. */
  readonly side: Side;
  /** Contracts (or base units), positive. */
  readonly quantity: DecimalInput;
  /** The position's average entry price, positive. */
  readonly entryPrice: DecimalInput;
  /** The mark price the position is valued at, positive. */
  readonly markPrice: DecimalInput;
  /** The position's bankruptcy price; the mark must be on its solvent side (a long's above it, a short's below). */
  readonly bankruptcyPrice: DecimalInput;
  /** Default `'linear'`. */
  readonly contract?: Contract;
}

/** A position's place in its side's queue. */
export interface AdlEntry {
  /** The position's id, as given. */
  readonly id: string;
  /** `'long'` (profits when the price rises) or `'short'`. */
  readonly side: Side;
  /** Its contracts. */
  readonly quantity: Decimal;
  /** PnL% × effective leverage (profit), PnL% / effective leverage (loss); 8 places, half-even (display: the order is exact). */
  readonly score: Decimal;
  /** The quintile of the queue it falls in, by the quantity ahead of it and its own: 0.2 (first to go) … 1. */
  readonly percentile: Decimal;
}

/** Each side's queue, highest score first. */
export interface AdlRanking {
  /** The long positions' queue, highest score first. */
  readonly longs: readonly AdlEntry[];
  /** The short positions' queue, highest score first. */
  readonly shorts: readonly AdlEntry[];
}

/** A position's id in a queue: a text of 1 to 100 characters (`INVALID_OPTION` naming the field). */
export function toAdlId(id: unknown, field: string): string {
  if (typeof id !== 'string' || id.length === 0 || id.length > 100) throw new MarginError('INVALID_OPTION', `${field} must be a text of 1 to 100 characters, got ${shown(id)}`, { field, value: shown(id) });
  return id;
}

/** The longest queue ranked in one call. */
export const MAX_ADL_POSITIONS = 100_000;

const SHAPE: Shape<AdlPosition> = { id: true, side: true, quantity: true, entryPrice: true, markPrice: true, bankruptcyPrice: true, contract: true };
const FIVE = /* @__PURE__ */ new D(5);

/** An exact score: numerator / denominator, denominator positive. */
interface Fraction {
  readonly n: Decimal;
  readonly d: Decimal;
}

/**
 * BitMEX's score on the position's prices (quantity cancels): PnL% = (mark value − entry value) /
 * |entry value|, effective leverage = |mark value| / (mark value − bankrupt value), with values signed
 * by side (inverse: contracts / price) — linear long (m − e)/e and m/(m − b); short (e − m)/e and
 * m/(b − m); inverse long (m − e)/m and b/(m − b); inverse short (e − m)/m and b/(b − m).
 */
function scoreOf(side: Side, contract: Contract, e: Decimal, m: Decimal, b: Decimal): Fraction {
  const long = side === 'long';
  const pnl: Fraction = { n: long ? m.minus(e) : e.minus(m), d: contract === 'linear' ? e : m };
  const leverage: Fraction = { n: contract === 'linear' ? m : b, d: long ? m.minus(b) : b.minus(m) };
  return isPositive(pnl.n) ? { n: pnl.n.times(leverage.n), d: pnl.d.times(leverage.d) } : { n: pnl.n.times(leverage.d), d: pnl.d.times(leverage.n) };
}

function rank(side: Side, rows: { id: string; quantity: Decimal; score: Fraction; at: number }[]): AdlEntry[] {
  const sorted = rows.sort((x, y) => compareProducts(y.score.n, x.score.d, x.score.n, y.score.d) || x.at - y.at);
  let total = new D(0);
  for (const r of sorted) total = total.plus(r.quantity);
  let ahead = new D(0);
  return sorted.map((r) => {
    ahead = ahead.plus(r.quantity);
    const quintile = divide(ahead.times(FIVE), total, 0, 'ceil');
    return Object.freeze({ id: r.id, side, quantity: r.quantity, score: divide(r.score.n, r.score.d, 8, 'halfEven'), percentile: quintile.div(5) });
  });
}

/**
 * The auto-deleveraging queue of each side (BitMEX "Auto-Deleveraging": "Ranking = PNL Percentage *
 * Effective Leverage (if PNL percentage > 0) = PNL Percentage / Effective Leverage (if PNL percentage
 * < 0)"; "The system splits these positions by longs and shorts and ranks the positions from highest
 * to lowest"). Ties keep the order given. Each entry's percentile is the quintile its cumulative
 * quantity reaches — the reading that reproduces BitMEX's example table. Bad input: the usual codes
 * naming `positions[i].field`; a mark at or past the bankruptcy price is `INVALID_PRICE`. Docs:
 * [docs/futures.md](../../docs/futures.md) ("Auto-deleveraging").
 *
 * @example
 * adlRanking([
 *   { id: 'a', side: 'long', quantity: 10, entryPrice: 100, markPrice: 150, bankruptcyPrice: 125 },
 *   { id: 'b', side: 'long', quantity: 10, entryPrice: 100, markPrice: 150, bankruptcyPrice: 75 },
 * ]).longs.map((e) => e.id) // → ['a', 'b']: 0.5 × 6 = 3 against 0.5 × 2 = 1
 */
export function adlRanking(positions: readonly AdlPosition[]): AdlRanking {
  requireArray(positions, 'positions', 'INVALID_OPTION');
  if (positions.length > MAX_ADL_POSITIONS) throw new MarginError('INVALID_OPTION', `positions holds ${positions.length}; at most ${MAX_ADL_POSITIONS}`, { field: 'positions' });
  const seen = new Set<string>();
  const longs: { id: string; quantity: Decimal; score: Fraction; at: number }[] = [];
  const shorts: typeof longs = [];
  positions.forEach((given, i) => {
    const field = `positions[${i}]`;
    const p = readShape(given, field, SHAPE);
    const id = toAdlId(p.id, `${field}.id`);
    if (seen.has(id)) throw new MarginError('INVALID_OPTION', `${field}.id ${shown(id)} appears twice`, { field: `${field}.id`, value: shown(id) });
    seen.add(id);
    const side = toSide(p.side);
    const contract = toContract(p.contract);
    const quantity = toQuantity(p.quantity, `${field}.quantity`);
    const e = toPrice(p.entryPrice, `${field}.entryPrice`);
    const m = toPrice(p.markPrice, `${field}.markPrice`);
    const b = toPrice(p.bankruptcyPrice, `${field}.bankruptcyPrice`);
    if (side === 'long' ? !m.gt(b) : !m.lt(b)) {
      throw new MarginError('INVALID_PRICE', `${field}.bankruptcyPrice must be ${side === 'long' ? 'below' : 'above'} the mark for a ${side} still open`, { field: `${field}.bankruptcyPrice`, value: b.toString() });
    }
    (side === 'long' ? longs : shorts).push({ id, quantity, score: scoreOf(side, contract, e, m, b), at: i });
  });
  return Object.freeze({ longs: Object.freeze(rank('long', longs)), shorts: Object.freeze(rank('short', shorts)) });
}
