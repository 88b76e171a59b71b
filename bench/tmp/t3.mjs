import * as w from '../workloads/execute.mjs';
for (const N of [200_000, 300_000, 400_000, 600_000]) {
  const data = w.setup(N);
  const lib = w.library(data), fl = w.float(data);
  let diff = 0; for (let i = 0; i < lib.length; i++) if (!w.same(lib[i], fl[i])) diff++;
  console.log(N, diff, lib[0].toFixed(), fl[0].toFixed(10));
}
