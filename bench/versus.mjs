// One workload's library side in two checkouts (each built), in fresh processes taken in turns:
// each process times its own best round, and the medians of the two sides are compared — what a
// change did, measured in one sitting, as the machine's drift between full runs cannot show.
//   node bench/versus.mjs <other checkout> <workload file name> [size] [turns]
//   e.g. git worktree add /tmp/old HEAD~1 && (cd /tmp/old && npm ci && npx tsup)
//        npm run build && node bench/versus.mjs /tmp/old execute 200000 5
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [first, second, third, fourth] = process.argv.slice(2);
if (first === '--child') {
  // child: `--child <checkout> <workload> <size>`: the workload's library side, best of 7 timed rounds, items/s
  const workload = await import(pathToFileURL(resolve(second, 'bench/workloads', `${third}.mjs`)).href);
  const size = Number(fourth);
  const data = workload.setup(size);
  let best = Infinity;
  for (let i = 0; i < 8; i++) {
    globalThis.gc();
    await new Promise((done) => setTimeout(done, 100));
    globalThis.gc();
    const start = process.hrtime.bigint();
    workload.library(data);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (i > 0 && ms < best) best = ms;
  }
  console.log(Math.round((size / best) * 1000));
} else {
  if (second === undefined) throw new Error('usage: node bench/versus.mjs <other checkout> <workload> [size] [turns]');
  const here = resolve(fileURLToPath(import.meta.url), '../..');
  const size = third ?? '100000';
  const turns = Number(fourth ?? 4);
  const run = (checkout) => Number(execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', checkout, second, size], { encoding: 'utf8' }).trim());
  const other = [];
  const ours = [];
  for (let i = 0; i < turns; i++) {
    other.push(run(first));
    ours.push(run(here));
  }
  const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
  const show = (xs) => xs.map((x) => x.toLocaleString('en')).join(', ');
  console.log(`${second}, ${Number(size).toLocaleString('en')} items, ${turns} turns: other ${show(other)}; this ${show(ours)} items/s`);
  console.log(`this ÷ other, medians: ×${(median(ours) / median(other)).toFixed(3)}`);
}
