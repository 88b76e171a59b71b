import * as w from '../workloads/execute.mjs';
import { measure } from '../measure.mjs';
const N=70_000;
const data=w.setup(N);
const lib=measure(()=>w.library(data),N,1), fl=measure(()=>w.float(data),N,3);
let diff=0; for(let i=0;i<lib.result.length;i++) if(!w.same(lib.result[i], fl.result[i])) diff++;
console.log(Math.round(lib.opsPerSecond), Math.round(fl.opsPerSecond), diff, lib.result[0].toFixed(), fl.result[0]);
