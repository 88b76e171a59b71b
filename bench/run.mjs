// npm run bench: each workload through the library and as plain float64 in the same run, then the
// index tick against full classification; prints a table. Options: --json (the same results as JSON
// on stdout; the table goes to stderr), --scale <f> (multiply every size: 0.001 is npm test's smoke
// run), --only <name fragment>.
import { measure } from './measure.mjs';
import * as isolated from './workloads/isolated.mjs';
import * as cross from './workloads/cross.mjs';
import * as liquidationPrice from './workloads/liquidationPrice.mjs';
import * as spotLiquidationPrice from './workloads/spotLiquidationPrice.mjs';
import * as accruedInterest from './workloads/accruedInterest.mjs';
import * as execute from './workloads/execute.mjs';
import * as planLiquidation from './workloads/planLiquidation.mjs';
import * as futuresExecute from './workloads/futuresExecute.mjs';
import * as futuresPlan from './workloads/futuresPlan.mjs';
import * as index from './workloads/index.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const scale = args.includes('--scale') ? Number(args[args.indexOf('--scale') + 1]) : 1;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

// size, timed rounds of the library and of float64 (the best round counts)
const WORKLOADS = [
  [isolated, 1_000_000, 3, 5],
  [cross, 100_000, 3, 5],
  [liquidationPrice, 1_000_000, 2, 5],
  [spotLiquidationPrice, 1_000_000, 2, 5],
  [accruedInterest, 1_000_000, 2, 5],
  [execute, 1_000_000, 1, 3],
  [planLiquidation, 10_000, 5, 5],
  [futuresExecute, 1_000_000, 1, 3],
  [futuresPlan, 10_000, 5, 5],
];
const INDEX_SIZE = 1_000_000;

// Each workload starts on a collected heap, not on the previous one's garbage (npm run bench passes
// --expose-gc; without it this does nothing).
const settle = () => globalThis.gc?.();
const log = (line) => (json ? process.stderr : process.stdout).write(`${line}\n`);
const rows = [];
const began = Date.now();

for (const [workload, fullSize, libraryRounds, floatRounds] of WORKLOADS) {
  if (only !== undefined && !workload.name.includes(only)) continue;
  const size = Math.max(1, Math.round(fullSize * scale));
  log(`… ${workload.name}: ${size.toLocaleString('en')} ${workload.unit}`);
  settle();
  const data = workload.setup(size);
  const lib = measure(() => workload.library(data), size, libraryRounds);
  const flt = measure(() => workload.float(data), size, floatRounds);
  let disagreements = 0;
  for (let i = 0; i < lib.result.length; i++) if (!workload.same(lib.result[i], flt.result[i])) disagreements++;
  const ratio = flt.opsPerSecond / lib.opsPerSecond;
  const row = {
    workload: workload.name,
    size,
    unit: workload.unit,
    libraryOpsPerSecond: Math.round(lib.opsPerSecond),
    floatOpsPerSecond: Math.round(flt.opsPerSecond),
    ratio: Number(ratio.toFixed(2)),
    floatDisagreements: disagreements,
  };
  if (workload.target !== undefined) {
    row.target = workload.target;
    // Targets are for the stated sizes (at other sizes caches change the float floor, so the ratio).
    if (scale === 1) row.met = lib.opsPerSecond >= workload.target.opsPerSecond && (workload.target.maxRatio === undefined || ratio <= workload.target.maxRatio);
  }
  rows.push(row);
}

let tick;
if (only === undefined || index.name.includes(only)) {
  const size = Math.max(1, Math.round(INDEX_SIZE * scale));
  log(`… ${index.name}: ${size.toLocaleString('en')} accounts`);
  settle();
  const data = index.setup(size);
  const ticks = Math.max(10, Math.round(1000 * Math.min(1, scale * 10)));
  const viaIndex = measure(() => { let r; for (let i = 0; i < ticks; i++) r = index.library(data); return r; }, ticks, 3);
  const full = measure(() => index.fullClassification(data), 1, 2);
  tick = {
    workload: index.name,
    accounts: size,
    crossings: data.crossings,
    indexBuildMs: Math.round(data.indexMs),
    updateOneAccountMs: Number(data.updateMs.toFixed(3)),
    crossedByMicroseconds: Number(((viaIndex.ms / ticks) * 1000).toFixed(1)),
    fullClassificationMs: Number(full.ms.toFixed(1)),
    speedup: Math.round(full.ms / (viaIndex.ms / ticks)),
  };
}

const environment = { node: process.version, cpus: (await import('node:os')).cpus().length, seconds: Math.round((Date.now() - began) / 1000) };
{
  const fmt = (n) => Math.round(n).toLocaleString('en');
  const table = [['workload', 'size', 'library/s', 'float64/s', 'ratio', 'float wrong', 'target', 'met']];
  for (const r of rows) {
    const goal = r.target === undefined ? '' : `≥ ${fmt(r.target.opsPerSecond)}/s${r.target.maxRatio === undefined ? '' : `, ≤ ${r.target.maxRatio}×`}`;
    table.push([r.workload, fmt(r.size), fmt(r.libraryOpsPerSecond), fmt(r.floatOpsPerSecond), `${r.ratio.toFixed(1)}×`, fmt(r.floatDisagreements), goal, r.met === undefined ? (r.target === undefined ? '' : 'n/a') : r.met ? 'yes' : 'NO']);
  }
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  for (const row of table) log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  if (tick !== undefined) {
    log(`\n${tick.workload}: ${fmt(tick.accounts)} accounts, ${tick.crossings} cross — crossedBy ${tick.crossedByMicroseconds} µs per tick vs classifyBook ${tick.fullClassificationMs} ms (${fmt(tick.speedup)}× faster);`);
    log(`  building the index ${fmt(tick.indexBuildMs)} ms; updateIndex of one account ${tick.updateOneAccountMs} ms on average over 2,000 (merges included)`);
  }
  log(`\nNode ${environment.node}, ${environment.cpus} cores, ${environment.seconds} s`);
}
if (json) console.log(JSON.stringify({ environment, workloads: rows, tick }, null, 2));
