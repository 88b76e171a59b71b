// What keeping fresh big.js results costs the stateless formulas: each workload's library calls with
// the results kept (as the benchmark keeps them, in the array `map` returns) and with each result
// dropped at once, and a fresh big.js copy of each result alone, kept (what returning a `Big`
// costs whatever computes it), beside the float64 floor, in one process (settled heap, best of 7 rounds).
//   node --expose-gc bench/result-cost.mjs [calls]      (after npm run build; 100,000 calls a workload)
import Big from 'big.js';
import { liquidationPrice, spotLiquidationPrice, accruedInterest } from '../dist/index.js';
import { measure, settle } from './measure.mjs';
import * as lp from './workloads/liquidationPrice.mjs';
import * as sp from './workloads/spotLiquidationPrice.mjs';
import * as ai from './workloads/accruedInterest.mjs';

const SIZE = Number(process.argv[2] ?? 100_000);
const ROUNDS = 7;
const ns = (run) => (measure(run, SIZE, ROUNDS).ms * 1e6) / SIZE;

for (const [workload, f] of [[lp, liquidationPrice], [sp, spotLiquidationPrice], [ai, accruedInterest]]) {
  const data = workload.setup(SIZE);
  const inputs = data.inputs;
  if (!Array.isArray(inputs) || inputs.length !== SIZE) throw new Error(`${workload.name}: no inputs array`);
  const dropped = () => {
    let last;
    for (let i = 0; i < inputs.length; i++) last = f(inputs[i]);
    return last;
  };
  await settle();
  const kept = ns(() => workload.library(data));
  await settle();
  const drop = ns(dropped);
  // the results as this script's big.js values, once, so that the copy below copies digits
  const results = workload.library(data).map((r) => (r === null ? null : new Big(r.toFixed())));
  await settle();
  const copy = ns(() => results.map((r) => (r === null ? null : new Big(r))));
  await settle();
  const flt = ns(() => workload.float(data));
  console.log(`${workload.name.padEnd(34)} kept ${kept.toFixed(0).padStart(5)} ns a call (${(kept / flt).toFixed(1)}× float64)  dropped ${drop.toFixed(0).padStart(5)} ns (${(drop / flt).toFixed(1)}×)  the result alone ${copy.toFixed(0).padStart(4)} ns (${(copy / flt).toFixed(1)}×)  float64 ${flt.toFixed(1)} ns`);
}
