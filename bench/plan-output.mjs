// What returning a margin plan costs by itself, whatever computes it: the benchmark's plans rebuilt
// as equal values — a fresh big.js value for every decimal, the steps, lists and records written
// again as the literals planLiquidation writes and frozen as it freezes them — kept as the benchmark
// keeps results, beside the whole planLiquidation and the float64 floor, in one process.
//   node --expose-gc bench/plan-output.mjs [plans]      (after npm run build)
import Big from 'big.js';
import { measure, settle } from './measure.mjs';
import * as workload from './workloads/planLiquidation.mjs';

const size = Number(process.argv[2] ?? 5000);
const ROUNDS = 7;
const data = workload.setup(size);
const plans = workload.library(data);
const isDecimal = (x) => x !== null && typeof x === 'object' && typeof x.toFixed === 'function' && Array.isArray(x.c);
// the plans' decimals as this script's big.js values, once, so that each copy below copies digits (no parse)
const asBig = (v) => (isDecimal(v) ? new Big(v.toFixed()) : Array.isArray(v) ? v.map(asBig) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'options' ? x : asBig(x)])) : v);
const sources = plans.map(asBig);

const copyStep = (s) =>
  s.kind === 'sell'
    ? Object.freeze({ kind: s.kind, asset: s.asset, quantity: new Big(s.quantity), price: new Big(s.price), for: s.for, forPrice: new Big(s.forPrice), proceeds: new Big(s.proceeds), fee: new Big(s.fee), slippage: new Big(s.slippage) })
    : s.kind === 'repay'
      ? Object.freeze({ kind: s.kind, asset: s.asset, source: s.source, interest: new Big(s.interest), principal: new Big(s.principal) })
      : Object.freeze({ kind: s.kind, asset: s.asset, amount: new Big(s.amount) });
const maybe = (x) => (x === null ? null : new Big(x));
/** The plans again, as equal values: the output alone. */
const output = () =>
  sources.map((p) => {
    const fees = {};
    for (const asset in p.fees) fees[asset] = new Big(p.fees[asset]);
    return Object.freeze({
      version: p.version, at: p.at, liquidatable: p.liquidatable, requestedMode: p.requestedMode, mode: p.mode, fallback: p.fallback,
      steps: Object.freeze(p.steps.map(copyStep)),
      riskBefore: maybe(p.riskBefore), riskAfter: maybe(p.riskAfter),
      assetsBefore: new Big(p.assetsBefore), liabilitiesBefore: new Big(p.liabilitiesBefore), assetsAfter: new Big(p.assetsAfter), liabilitiesAfter: new Big(p.liabilitiesAfter),
      fees: Object.freeze(fees), feeTotal: new Big(p.feeTotal), slippageTotal: new Big(p.slippageTotal), shortfall: new Big(p.shortfall),
      options: p.options,
    });
  });

// the copies must be the plans, figure for figure
const text = (v) => JSON.stringify(v, (_, x) => (isDecimal(x) ? x.toFixed() : x));
const copies = output();
for (let i = 0; i < size; i++) if (text(copies[i]) !== text(plans[i])) throw new Error(`plan ${i} was not copied exactly`);

let decimals = 0;
const countDecimals = (v) => {
  if (isDecimal(v)) decimals++;
  else if (v !== null && typeof v === 'object') for (const key in v) if (key !== 'options') countDecimals(v[key]);
};
plans.forEach(countDecimals);
const steps = plans.reduce((sum, p) => sum + p.steps.length, 0);

const times = {};
for (const [name, run] of [['planLiquidation', () => workload.library(data)], ['the output alone', output], ['float64', () => workload.float(data)]]) {
  await settle();
  times[name] = (measure(run, size, ROUNDS).ms * 1000) / size;
}
const f = times.float64;
console.log(`${size.toLocaleString('en')} plans of ${(decimals / size).toFixed(1)} decimals and ${(steps / size).toFixed(1)} steps each (the options, the caller's, not counted)`);
for (const [name, us] of Object.entries(times)) console.log(`${name.padEnd(18)} ${us.toFixed(3).padStart(8)} µs a plan  ${(us / f).toFixed(1).padStart(6)}× float64`);
