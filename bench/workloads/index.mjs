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
  // A move that crosses about 100 accounts: halve the step until it does.
  let step = 1000;
  while (crossedBy(index, 'BTC', String(Number(REFERENCE) - step)).length > 100) step /= 2;
  const tick = (Number(REFERENCE) - step).toFixed(4);
  const crossings = crossedBy(index, 'BTC', tick).length;
  const updateStarted = process.hrtime.bigint();
  updateIndex(index, { id: 'x0', holdings: { BTC: { held: '1' }, USDT: { debt: '40000' } } });
  const updateMs = Number(process.hrtime.bigint() - updateStarted) / 1e6;
  return { index, book, tick, crossings, indexMs, updateMs, accounts: size };
}

/** Ticks per second through the index (each returns the crossing accounts). */
export const library = ({ index, tick }) => crossedBy(index, 'BTC', tick);

/** The alternative: classify every account at the new price. */
export const fullClassification = ({ book, tick }) => classifyBook(book, { BTC: tick });
