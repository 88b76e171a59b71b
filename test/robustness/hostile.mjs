// Hostile values for the robustness suite, built inside the worker (many of them cannot cross a
// thread: symbols, functions, objects with throwing methods, forged decimals). Plain JS: the worker
// runs the built package without a TypeScript loader.
import Big from 'big.js';

/** Strings that look like decimals, or nearly: huge and tiny exponents, long digit runs, garbage. */
export const DECIMAL_TEXT = [
  '1e999999999',
  '-1e999999999',
  '1e-50000',
  '1e-999999999',
  '1e+999999999',
  '9'.repeat(5000),
  `0.${'0'.repeat(10000)}1`,
  '1'.repeat(301),
  `1${'0'.repeat(24)}`,
  `0.${'0'.repeat(24)}1`,
  ' 1',
  '1 ',
  '1,000',
  '0x10',
  '1_000',
  'Infinity',
  '-Infinity',
  'NaN',
  '',
  '-',
  '.',
  'e5',
  '1e',
  '--1',
  '+1',
  '١',
  '1e308',
  '-0',
  '-1',
  '0',
];

/** Numbers at and past every edge. */
export const NUMBERS = [NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324, -0, 0, -1, 1.5, 2 ** 53, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 253402300800000, 9e15, 1e21, -(2 ** 31)];

/** Names that live on prototypes, and other names that are no asset. */
export const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'prototype', '', ' ', 'BTC\n', 'a'.repeat(100_000), '💥', 'btc', 'USD T', '1e999999999'];

/** Objects a decimal field may be handed: forged big.js values, look-alikes, objects that throw. */
export function forgedDecimals() {
  const throwing = {
    toString() {
      throw new Error('hostile toString');
    },
    valueOf() {
      throw new Error('hostile valueOf');
    },
    toFixed() {
      throw new Error('hostile toFixed');
    },
  };
  const TB = Big();
  return [
    { c: [1], e: 999_999_999, s: 1 },
    { c: [1], e: -999_999_999, s: 1 },
    { c: new Array(1_000_000).fill(1), e: 0, s: 1 },
    { c: [NaN], e: 0, s: 1 },
    { c: [10], e: 0, s: 1 },
    { c: [1], e: 0, s: 0 },
    { c: [1], e: 0.5, s: 1 },
    { c: 'abc', e: 0, s: 1 },
    Object.create(Big.prototype),
    Object.assign(Object.create(Big.prototype), { c: [1], e: 1e9, s: 1 }),
    Object.assign(Object.create(Big.prototype), { c: [1, 2, 3], e: 2, s: 1, toFixed: throwing.toFixed, toString: throwing.toString }),
    Object.assign(Object.create(TB.prototype), { c: [0, 0, 0], e: 5, s: -1 }),
    new TB('1e999999'),
    new TB('-1e-99999'),
    new TB('12345678901234567890.123456789'),
    throwing,
    // read in place by the certified shortcuts, then again by the exact path: digits that change
    // between two reads (short and valid first, a million digits after)
    changingDigits(TB),
  ];
}

/** A value of big.js's prototype whose digits are [1, 5] on the first read and a million 9s on every later one. */
function changingDigits(TB) {
  let reads = 0;
  const value = Object.create(TB.prototype);
  Object.defineProperty(value, 'c', { get: () => (reads++ === 0 ? [1, 5] : new Array(1_000_000).fill(9)), enumerable: true });
  return Object.assign(value, { e: 0, s: 1 });
}

/** Everything else a field may be handed instead of what it wants. */
export function otherValues() {
  const deep = {};
  let node = deep;
  for (let i = 0; i < 5_000; i++) node = node.next = {};
  return [
    10n,
    true,
    false,
    null,
    undefined,
    Symbol('hostile'),
    () => 1,
    [],
    [1, 2],
    {},
    new Date(0),
    new Map([['BTC', '1']]),
    /x/,
    Object.create(null),
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
    deep,
  ];
}

/** The whole pool, one array: decimals, numbers, names, forged and other values. */
export function hostilePool() {
  return [...DECIMAL_TEXT, ...NUMBERS, ...NAMES, ...forgedDecimals(), ...otherValues()];
}
