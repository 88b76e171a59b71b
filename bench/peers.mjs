// The peers the benchmark runs beside the library: the same formulas written directly in naive
// big.js, decimal.js and bignumber.js (dev dependencies only), through one small adapter each so that
// every workload's peer is written once. Values are positive where a workload rounds them, so
// "ceil" and "floor" at `dp` places are each library's round-up and round-down modes.
import BigJs from 'big.js';
import Decimal from 'decimal.js';
import BigNumber from 'bignumber.js';

// Each peer's own configuration: 30 decimal places of division (the library divides exactly, then
// rounds once; a peer dividing at 30 places then rounding agrees except on rare double roundings,
// which the benchmark counts).
const B = BigJs();
B.DP = 30;
B.RM = 1;
const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -1e9, toExpPos: 1e9 });
const N = BigNumber.clone({ DECIMAL_PLACES: 30, ROUNDING_MODE: BigNumber.ROUND_HALF_UP, EXPONENTIAL_AT: 1e9 });

export const PEERS = [
  {
    name: 'big.js',
    of: (s) => new B(s),
    add: (a, b) => a.plus(b),
    sub: (a, b) => a.minus(b),
    mul: (a, b) => a.times(b),
    div: (a, b) => a.div(b),
    cmp: (a, b) => a.cmp(b),
    isZero: (a) => a.c[0] === 0,
    ceil: (a, dp) => a.round(dp, 3),
    floor: (a, dp) => a.round(dp, 0),
    str: (a) => a.toFixed(),
  },
  {
    name: 'decimal.js',
    of: (s) => new D(s),
    add: (a, b) => a.plus(b),
    sub: (a, b) => a.minus(b),
    mul: (a, b) => a.times(b),
    div: (a, b) => a.div(b),
    cmp: (a, b) => a.cmp(b),
    isZero: (a) => a.isZero(),
    ceil: (a, dp) => a.toDecimalPlaces(dp, Decimal.ROUND_CEIL),
    floor: (a, dp) => a.toDecimalPlaces(dp, Decimal.ROUND_FLOOR),
    str: (a) => a.toFixed(),
  },
  {
    name: 'bignumber.js',
    of: (s) => new N(s),
    add: (a, b) => a.plus(b),
    sub: (a, b) => a.minus(b),
    mul: (a, b) => a.times(b),
    div: (a, b) => a.div(b),
    cmp: (a, b) => a.comparedTo(b),
    isZero: (a) => a.isZero(),
    ceil: (a, dp) => a.decimalPlaces(dp, BigNumber.ROUND_CEIL),
    floor: (a, dp) => a.decimalPlaces(dp, BigNumber.ROUND_FLOOR),
    str: (a) => a.toFixed(),
  },
];

/** The status of assets A against liabilities L: liquidation when A ≤ kL·L, margin call when A ≤ kC·L (a k of `undefined` is 1), in a peer's numbers. */
export function peerStatus(P, assets, liabilities, kL, kC) {
  if (P.isZero(liabilities)) return 'normal';
  if (P.cmp(assets, kL === undefined ? liabilities : P.mul(liabilities, kL)) <= 0) return 'liquidation';
  return P.cmp(assets, kC === undefined ? liabilities : P.mul(liabilities, kC)) <= 0 ? 'marginCall' : 'normal';
}
