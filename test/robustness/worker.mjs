// Runs robustness suites against the built package, in a worker thread so that a call that hangs
// fails the test (the main thread stops the worker) instead of stalling it. Reports, per suite: how
// many calls, how many ended in a result or a MarginError, the slowest call and the largest heap
// growth seen in a call, and every failure (a thrown error that is not a MarginError, a mutated
// input, a touched prototype, an invalid result, a call over budget).
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import * as lib from '../../dist/index.js';
import { HostileError, proxyWrites } from './hostile.mjs';
import { fingerprint, isValidResult, prototypesFingerprint, summary } from './probe.mjs';
import { contextOf, hostilePool, suites, variants } from './suites.mjs';
import { SCENARIOS } from './scenarios.mjs';

const { names, numRuns, seed, budgetMs, scenarios } = workerData;

/** Times one call: the fastest of up to five runs when the first is over budget (a collection, or compiling a path for the first time, can land in any call). */
function timed(call) {
  let outcome;
  let best = Infinity;
  let heap = 0;
  for (let attempt = 0; attempt < 5; attempt++) {
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    try {
      outcome = { result: call() };
    } catch (error) {
      outcome = { error };
    }
    const elapsed = performance.now() - start;
    heap = Math.max(heap, process.memoryUsage().heapUsed - heapBefore);
    best = Math.min(best, elapsed);
    if (best <= budgetMs) break;
  }
  return { outcome, ms: best, heap };
}

function makeProbe(report) {
  const prototypes = prototypesFingerprint();
  return (label, call, inputs) => {
    report.calls++;
    parentPort.postMessage({ kind: 'progress', label, summary: summary(inputs) });
    const before = fingerprint(inputs);
    const writes = proxyWrites();
    const { outcome, ms, heap } = timed(call);
    if (ms > report.slowest.ms) report.slowest = { ms, label, input: summary(inputs) };
    if (heap > report.heaviest.bytes) report.heaviest = { bytes: heap, label, input: summary(inputs) };
    const fail = (why) => report.failures.length < 20 && report.failures.push({ label, why, input: summary(inputs) });
    if ('error' in outcome) {
      if (outcome.error instanceof lib.MarginError) report.marginErrors++;
      else if (outcome.error instanceof HostileError) report.callerErrors++;
      else fail(`threw ${outcome.error?.constructor?.name ?? typeof outcome.error}: ${String(outcome.error?.message ?? outcome.error).slice(0, 200)}`);
    } else {
      report.results++;
      if (!isValidResult(outcome.result)) fail('returned an invalid value');
    }
    if (ms > budgetMs) fail(`took ${ms.toFixed(1)} ms (budget ${budgetMs} ms)`);
    if (heap > 50 * 1024 * 1024) fail(`grew the heap by ${(heap / 1048576).toFixed(1)} MB`);
    if (fingerprint(inputs) !== before) fail('mutated its input');
    if (proxyWrites() !== writes) fail('tried to write to its input');
    if (prototypesFingerprint() !== prototypes) fail('touched a shared prototype');
    return outcome;
  };
}

const ctx = contextOf(lib);
const pool = hostilePool();
const all = suites(lib, ctx);
const reports = [];
for (const suite of all.filter((s) => names.includes(s.name))) {
  const report = { name: suite.name, calls: 0, results: 0, marginErrors: 0, callerErrors: 0, slowest: { ms: 0 }, heaviest: { bytes: 0 }, failures: [] };
  const probe = makeProbe(report);
  fc.assert(
    fc.property(variants(fc, suite.bases, pool), (args) => {
      probe(suite.name, () => suite.call(args), args);
    }),
    { numRuns, seed },
  );
  reports.push(report);
}
for (const name of scenarios) {
  const report = { name, calls: 0, results: 0, marginErrors: 0, callerErrors: 0, slowest: { ms: 0 }, heaviest: { bytes: 0 }, failures: [], expectations: [] };
  SCENARIOS[name](lib, makeProbe(report), report, ctx);
  reports.push(report);
}
parentPort.postMessage({ kind: 'done', reports, exports: Object.keys(lib), covered: all.map((s) => s.name) });
