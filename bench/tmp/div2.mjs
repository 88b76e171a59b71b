import Big from 'big.js';
const D = Big();
const P10 = [1n]; for (let i = 1; i < 80; i++) P10.push(P10[i-1]*10n);
function mant(c){ const len=c.length; if (len<=15){let v=0; for(let i=0;i<len;i++) v=v*10+c[i]; return BigInt(v);} let r=0n; let i=0; while(i<len){const end=Math.min(i+15,len); let v=0; for(let j=i;j<end;j++) v=v*10+c[j]; r = r*P10[end-i]+BigInt(v); i=end;} return r; }
function fromInt(q, scale, s){ // q BigInt >= 0
  const str = q.toString(); let len = str.length;
  while (len > 1 && str.charCodeAt(len-1) === 48) len--;
  const x = Object.create(D.prototype);
  const c = new Array(len); for (let i=0;i<len;i++) c[i]=str.charCodeAt(i)-48;
  x.s = s; x.e = str.length - 1 - scale; x.c = c; x.constructor = D;
  if (q === 0n) { x.c=[0]; x.e=0; x.s=1; }
  return x;
}
function bdiv(n, d, scale) {
  const k = (n.e - n.c.length + 1) - (d.e - d.c.length + 1) + scale;
  let num = mant(n.c), den = mant(d.c);
  if (k >= 0) num *= P10[k]; else den *= P10[-k];
  let q = num / den; if (num % den !== 0n) q += 1n;
  return fromInt(q, scale, 1);
}
const n = new D('4199999.999999999999999'), d = new D('0.99600000000000000');
const N=300000; let x;
for (let r=0;r<3;r++){
let t=performance.now(); for(let i=0;i<N;i++){ D.DP=8; D.RM=3; x=n.div(d);} let t1=performance.now();
let y; for(let i=0;i<N;i++){ y=bdiv(n,d,8);} let t2=performance.now();
let z; for(let i=0;i<N;i++){ z=n.times(d);} let t3=performance.now();
console.log('big.js div', ((t1-t)/N*1e6).toFixed(0),'ns  bigint', ((t2-t1)/N*1e6).toFixed(0),'ns  times', ((t3-t2)/N*1e6).toFixed(0), x.toString(), y.toString(), x.eq(y));
}
