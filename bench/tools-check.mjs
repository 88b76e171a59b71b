// `npm test` runs the benchmark's side scripts at a tiny size so that they cannot rot (their figures
// mean nothing at this size): bench/versus.mjs and scripts/compare-plans.mjs against this checkout
// itself, bench/result-cost.mjs and bench/plan-output.mjs on a few items.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (...args) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
const checks = [
  [['bench/versus.mjs', '.', 'execute', '700', '1'], /this ÷ other, medians: ×/],
  [['--expose-gc', 'bench/result-cost.mjs', '200'], /accruedInterest .* the result alone/],
  [['--expose-gc', 'bench/plan-output.mjs', '50'], /the output alone/],
  [['scripts/compare-plans.mjs', 'dist/index.js', '300'], /300 accounts compared .*: 0 plans differ/],
];
for (const [args, expected] of checks) {
  const out = run(...args);
  if (!expected.test(out)) throw new Error(`${args.join(' ')} printed:\n${out}`);
}
console.log(`✓ ${checks.length} benchmark tools run`);
