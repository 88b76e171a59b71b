import * as w from '../workloads/isolated.mjs';
import { measure } from '../measure.mjs';
const N=1_000_000;
let t=performance.now(); const data=w.setup(N); console.log('setup', (performance.now()-t).toFixed(0),'ms');
const lib=measure(()=>w.library(data),N,2), fl=measure(()=>w.float(data),N,5);
let diff=0; for(let i=0;i<N;i++) if(!w.same(lib.result[i], fl.result[i])) diff++;
const counts={}; for(const s of lib.result) counts[s]=(counts[s]??0)+1;
console.log(Math.round(lib.opsPerSecond), Math.round(fl.opsPerSecond), (fl.opsPerSecond/lib.opsPerSecond).toFixed(1), diff, counts);
