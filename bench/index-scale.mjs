// The scale of a risk service's liquidation index: the memory it keeps per pair account, the time
// to build it, and the cost of each single update at that size — new ids and replacements (median,
// p99 and the worst of each, the collector's pauses included). Run: npm run bench:index [-- size],
// or node --expose-gc bench/index-scale.mjs [size] [--json] after `npx tsup` (it reads dist/).
import { createAccountBook, createLiquidationIndex, crossedBy, updateIndex } from '../dist/index.js';
import { generator } from './random.mjs';

const args = process.argv.slice(2);
const size = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const json = args.includes('--json');
const log = (line) => json || console.log(line);
const gc = globalThis.gc ?? (() => {});

const settledHeap = () => {
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
};

const g = generator(8);
const pair = () => {
  // Long 0.01–2 BTC owing USDT, liquidated (debt ratio 1) somewhere between 30,000 and 59,000.
  const held = g.decimal(0.01, 2, 8);
  return { BTC: { held }, USDT: { debt: (Number(held) * (30000 + 29000 * g.next())).toFixed(8) } };
};
const accounts = Array.from({ length: size }, (_, i) => ({ id: `x${i}`, holdings: pair() }));
const options = { model: { kind: 'debtRatio' }, prices: { BTC: '45000' } };

const before = settledHeap();
let started = performance.now();
let index = createLiquidationIndex(accounts, options);
const buildMs = performance.now() - started;
const indexBytes = settledHeap() - before;

const beforeBook = settledHeap();
started = performance.now();
const book = createAccountBook(accounts, { model: options.model });
const bookBuildMs = performance.now() - started;
const bookBytes = settledHeap() - beforeBook;

/** Median, p99 and worst of the per-call times (ms) of `count` calls of `step`. */
function timed(count, step) {
  const times = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    step(i);
    times[i] = performance.now() - t;
  }
  times.sort();
  return { median: times[count >> 1], p99: times[Math.floor(count * 0.99)], max: times[count - 1] };
}

const updates = Math.min(5000, size);
let fresh = 0;
/** Single updates and ticks: new ids, then replacements, then crossedBy of ±10 moves. */
function updateTimes() {
  const newIds = timed(updates, () => (index = updateIndex(index, { id: `new${fresh++}`, holdings: pair() })));
  const replacements = timed(updates, () => (index = updateIndex(index, { id: `x${g.int(0, size - 1)}`, holdings: pair() })));
  const ticks = timed(200, () => crossedBy(index, 'BTC', (44990 + 20 * g.next()).toFixed(2)));
  return { newIds, replacements, ticks };
}
// First with the input accounts still held (every full collection then also walks their million
// objects), then without them: what the index itself costs the collector.
const held = updateTimes();
accounts.length = 0;
settledHeap();
const released = updateTimes();

const result = {
  size,
  node: process.version,
  indexBuildMs: Math.round(buildMs),
  indexBytesPerAccount: Math.round(indexBytes / size),
  bookBuildMs: Math.round(bookBuildMs),
  bookBytesPerAccount: Math.round(bookBytes / size),
  inputHeld: { newIdMs: held.newIds, replacementMs: held.replacements, crossedByMs: held.ticks },
  inputReleased: { newIdMs: released.newIds, replacementMs: released.replacements, crossedByMs: released.ticks },
  bookAccounts: book.ids.length,
};
if (json) console.log(JSON.stringify(result, null, 2));
const ms = ({ median, p99, max }) => `median ${median.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms, worst ${max.toFixed(1)} ms`;
log(`${size.toLocaleString('en')} pair accounts (Node ${process.version})`);
log(`  index: built in ${result.indexBuildMs} ms, ${result.indexBytesPerAccount} B per account`);
log(`  book:  built in ${result.bookBuildMs} ms, ${result.bookBytesPerAccount} B per account`);
for (const [label, run] of [['with the input accounts held', held], ['with the input released', released]]) {
  log(`  ${label}:`);
  log(`    a new id (${updates.toLocaleString('en')}):      ${ms(run.newIds)}`);
  log(`    a replacement (${updates.toLocaleString('en')}): ${ms(run.replacements)}`);
  log(`    crossedBy of a ±10 move (200): ${ms(run.ticks)}`);
}
