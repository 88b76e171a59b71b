import Big from 'big.js';
const D = Big();
const P10 = [1n]; for (let i = 1; i < 80; i++) P10.push(P10[i-1]*10n);
function mant(x){ return BigInt(x.c.join('')); }
function bdiv(n, d, scale) { // ceil for positive
  const k = (n.e - n.c.length + 1) - (d.e - d.c.length + 1) + scale;
  let num = mant(n), den = mant(d);
  if (k >= 0) num *= P10[k]; else den *= P10[-k];
  let q = num / den; if (num % den !== 0n) q += 1n;
  return new D(q.toString() + 'e-' + scale);
}
const n = new D('4199999.999999999999999'), d = new D('0.99600000000000000');
const N=300000; let x;
for (let r=0;r<3;r++){
let t=performance.now(); for(let i=0;i<N;i++){ D.DP=8; D.RM=3; x=n.div(d);} let t1=performance.now();
let y; for(let i=0;i<N;i++){ y=bdiv(n,d,8);} let t2=performance.now();
console.log('big.js div', ((t1-t)/N*1e3).toFixed(0),'ns  bigint', ((t2-t1)/N*1e3).toFixed(0),'ns', x.toString(), y.toString());
}
