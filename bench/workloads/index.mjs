// A price tick over isolated pair accounts held in a liquidation index: crossedBy finds the ~100
// whose status the tick changes, against classifying every account with classifyBook.
import { classifyBook, createAccountBook, createLiquidationIndex, crossedBy, updateIndex } from '../../dist/index.js';
import { generator } from '../random.mjs';

export const name = 'index tick (crossedBy)';
export const unit = 'ticks';

const REFERENCE = '45000';
const rules = { model: { kind: 'debtRatio' } };

export function setup(size) {
  const g = generator(8);
  const accounts = [];
  for (let i = 0; i < size; i++) {
    // Long 0.01–2 BTC owing USDT, liquidated (debt ratio 1) somewhere between 30,000 and 59,000.
    const held = g.decimal(0.01, 2, 8);
    const trigger = 30000 + 29000 * g.next();
    accounts.push({ id: `x${i}`, holdings: { BTC: { held }, USDT: { debt: (Number(held) * trigger).toFixed(8) } } });
  }
  const started = process.hrtime.bigint();
  const index = createLiquidationIndex(accounts, { ...rules, prices: { BTC: REFERENCE } });
  const indexMs = Number(process.hrtime.bigint() - started) / 1e6;
  const book = createAccountBook(accounts, rules);
  // A fall that crosses about 100 accounts (at most 100): bisect the size of the move.
  let [low, high] = [0, 1000];
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2;
    if (crossedBy(index, 'BTC', (Number(REFERENCE) - mid).toFixed(4)).length > 100) high = mid;
    else low = mid;
  }
  const tick = (Number(REFERENCE) - low).toFixed(4);
  const crossings = crossedBy(index, 'BTC', tick).length;
  // Trades change accounts: 2,000 updates one account at a time.
  const updates = Math.min(2000, size);
  let updated = index;
  const updateStarted = process.hrtime.bigint();
  for (let i = 0; i < updates; i++) {
    const held = g.decimal(0.01, 2, 8);
    updated = updateIndex(updated, { id: `x${g.int(0, size - 1)}`, holdings: { BTC: { held }, USDT: { debt: (Number(held) * (30000 + 29000 * g.next())).toFixed(8) } } });
  }
  const updateMs = Number(process.hrtime.bigint() - updateStarted) / 1e6 / updates;
  return { index, book, tick, crossings, indexMs, updateMs, accounts: size };
}

/** Ticks per second through the index (each returns the crossing accounts). */
export const library = ({ index, tick }) => crossedBy(index, 'BTC', tick);

/** The alternative: classify every account at the new price. */
export const fullClassification = ({ book, tick }) => classifyBook(book, { BTC: tick });
