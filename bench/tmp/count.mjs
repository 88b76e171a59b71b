import Big from 'big.js';
import * as w from '../workloads/planLiquidation.mjs';
const data = w.setup(200);
const P = Object.getPrototypeOf(new Big(1));
const counts = {};
for (const m of ['times','minus','plus','cmp','div','round','toFixed']) { const f = P[m]; P[m] = function (...a) { counts[m] = (counts[m] ?? 0) + 1; return f.apply(this, a); }; }
import('../../dist/index.js').then(({ planLiquidation }) => {
  let steps = 0;
  for (const a of data.accounts) steps += planLiquidation(a, { mode: 'partial', targetRiskRate: '0.5', feeRate: '0.01', slippage: '0.005', lotSizes: { BTC: '0.00001', ETH: '0.0001', SOL: '0.01', XRP: '1' } }).steps.length;
  for (const k in counts) counts[k] = counts[k] / 200;
  console.log(counts, 'steps/plan', steps / 200);
});
