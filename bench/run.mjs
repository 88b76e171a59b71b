// npm run bench: each workload through the library and as plain float64 in the same run, then the
// index tick against full classification; prints a table. Options: --json (the same results as JSON
// on stdout; the table goes to stderr), --scale <f> (multiply every size: 0.001 is npm test's smoke
// run), --only <name fragment>.
import { measure, settle } from './measure.mjs';
import { PEERS } from './peers.mjs';
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

// size and timed rounds; every implementation of a workload (library, float64, each peer, and the
// from-strings variants) runs the same data for the same number of rounds after one warm-up. The
// planners' rounds are short (5,000 plans: 8–130 ms), so they get more of them: with three, the best
// often caught V8 still compiling (planFuturesLiquidation 226–386 k plans/s where later rounds of the
// same process run at 600–780 k).
const WORKLOADS = [
  [isolated, 1_000_000, 3],
  [cross, 100_000, 3],
  [liquidationPrice, 100_000, 3],
  [spotLiquidationPrice, 100_000, 3],
  [accruedInterest, 100_000, 3],
  [execute, 200_000, 2],
  [planLiquidation, 5_000, 10],
  [futuresExecute, 200_000, 2],
  [futuresPlan, 5_000, 10],
];
const INDEX_SIZE = 1_000_000;

const log = (line) => (json ? process.stderr : process.stdout).write(`${line}\n`);
const rows = [];
const began = Date.now();

/** Times one implementation: settled heap, a warm-up, `rounds` timed runs, the best kept. */
async function timed(run, size, rounds) {
  await settle();
  return measure(run, size, rounds);
}

const count = (a, b, same) => {
  let wrong = 0;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) wrong++;
  return wrong;
};

for (const [workload, fullSize, rounds] of WORKLOADS) {
  if (only !== undefined && !workload.name.includes(only)) continue;
  const size = Math.max(1, Math.round(fullSize * scale));
  log(`… ${workload.name}: ${size.toLocaleString('en')} ${workload.unit}`);
  await settle();
  const data = workload.setup(size);
  const lib = await timed(() => workload.library(data), size, rounds);
  const flt = await timed(() => workload.float(data), size, rounds);
  const row = {
    workload: workload.name,
    size,
    unit: workload.unit,
    libraryOpsPerSecond: Math.round(lib.opsPerSecond),
    floatOpsPerSecond: Math.round(flt.opsPerSecond),
    ratio: Number((flt.opsPerSecond / lib.opsPerSecond).toFixed(2)),
    floatDisagreements: count(lib.result, flt.result, workload.same),
    peers: {},
  };
  if (workload.libraryStrings !== undefined) {
    const fromStrings = await timed(() => workload.libraryStrings(data), size, rounds);
    row.libraryFromStringsOpsPerSecond = Math.round(fromStrings.opsPerSecond);
    row.ratioFromStrings = Number((flt.opsPerSecond / fromStrings.opsPerSecond).toFixed(2));
    if (count(lib.result, fromStrings.result, (a, b) => (a === null ? b === null : b !== null && (typeof a === 'string' ? a === b : a.eq(b)))) > 0) throw new Error(`${workload.name}: from strings differs`);
  }
  for (const P of PEERS) {
    const inputs = workload.peerInputs(P, data);
    const parsed = await timed(() => workload.peer(P, inputs), size, rounds);
    const peer = { opsPerSecond: Math.round(parsed.opsPerSecond), ratio: Number((flt.opsPerSecond / parsed.opsPerSecond).toFixed(2)), disagreementsWithLibrary: count(lib.result, parsed.result, workload.peerSame) };
    if (workload.peerStrings !== undefined) {
      const fromStrings = await timed(() => workload.peerStrings(P, data), size, rounds);
      peer.fromStringsOpsPerSecond = Math.round(fromStrings.opsPerSecond);
      peer.ratioFromStrings = Number((flt.opsPerSecond / fromStrings.opsPerSecond).toFixed(2));
    }
    row.peers[P.name] = peer;
  }
  if (workload.target !== undefined) {
    row.target = workload.target;
    // Targets are for the stated sizes (at other sizes caches change the float floor, so the ratio).
    if (scale === 1) row.met = lib.opsPerSecond >= workload.target.opsPerSecond && (workload.target.maxRatio === undefined || row.ratio <= workload.target.maxRatio);
  }
  row.aheadOfEveryPeer = Object.values(row.peers).every((p) => p.ratio > row.ratio && (p.ratioFromStrings === undefined || p.ratioFromStrings > row.ratioFromStrings));
  rows.push(row);
}

let tick;
if (only === undefined || index.name.includes(only)) {
  const size = Math.max(1, Math.round(INDEX_SIZE * scale));
  log(`… ${index.name}: ${size.toLocaleString('en')} accounts`);
  settle();
  const data = index.setup(size);
  const ticks = Math.max(10, Math.round(1000 * Math.min(1, scale * 10)));
  await settle();
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
  const x = (r) => (r === undefined ? '' : `${r.toFixed(1)}×`);
  const names = PEERS.map((P) => P.name);
  const table = [['workload', 'size', 'library/s', 'float64/s', 'margin-math', ...names, 'margin-math (str)', ...names.map((n) => `${n} (str)`), 'float wrong', 'peers wrong', 'target', 'met']];
  for (const r of rows) {
    const goal = r.target === undefined ? '' : `≥ ${fmt(r.target.opsPerSecond)}/s${r.target.maxRatio === undefined ? '' : `, ≤ ${r.target.maxRatio}×`}`;
    const peers = names.map((n) => r.peers[n]);
    table.push([
      r.workload, fmt(r.size), fmt(r.libraryOpsPerSecond), fmt(r.floatOpsPerSecond), x(r.ratio), ...peers.map((p) => x(p?.ratio)),
      x(r.ratioFromStrings), ...peers.map((p) => x(p?.ratioFromStrings)),
      fmt(r.floatDisagreements), peers.map((p) => (p === undefined ? '' : fmt(p.disagreementsWithLibrary))).join('/'),
      goal, r.met === undefined ? (r.target === undefined ? '' : 'n/a') : r.met ? 'yes' : 'NO',
    ]);
  }
  log('ratios: time per item against the float64 implementation of the same formulas in this run (lower is faster)');
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  for (const row of table) log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  if (tick !== undefined) {
    log(`\n${tick.workload}: ${fmt(tick.accounts)} accounts, ${tick.crossings} cross — crossedBy ${tick.crossedByMicroseconds} µs per tick vs classifyBook ${tick.fullClassificationMs} ms (${fmt(tick.speedup)}× faster);`);
    log(`  building the index ${fmt(tick.indexBuildMs)} ms; updateIndex of one account ${tick.updateOneAccountMs} ms on average over 2,000`);
  }
  log(`\nNode ${environment.node}, ${environment.cpus} cores, ${environment.seconds} s`);
}
if (json) console.log(JSON.stringify({ environment, workloads: rows, tick }, null, 2));
