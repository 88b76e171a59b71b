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

/**
 * The error the hostile proxies' traps throw. It is the caller's own exception: a call may let it
 * pass unchanged or answer with a MarginError, never with anything else.
 */
export class HostileError extends Error {}

const PROXIES = new WeakMap();
let writes = 0;

/** The object behind one of the proxies made here, or `undefined` (the harness reads a proxy through its target, never its traps). */
export function proxyTarget(value) {
  return typeof value === 'object' && value !== null ? PROXIES.get(value) : undefined;
}

/** How many times a call has tried to write through one of the proxies made here. */
export function proxyWrites() {
  return writes;
}

function registered(proxy, target) {
  PROXIES.set(proxy, target);
  return proxy;
}

/** Every trap that would change the target: each counts the attempt and throws. */
const WRITE_TRAPS = Object.fromEntries(
  ['set', 'defineProperty', 'deleteProperty', 'setPrototypeOf', 'preventExtensions'].map((name) => [
    name,
    () => {
      writes++;
      throw new HostileError(`hostile ${name}`);
    },
  ]),
);

/**
 * `target` behind a proxy that answers its first `reads` traps (property reads, key lists,
 * descriptors, prototype) as `target` would and throws a `HostileError` from every later one.
 */
export function throwingAfter(target, reads) {
  let left = reads;
  const spend = (name) => {
    if (left-- <= 0) throw new HostileError(`hostile ${name}`);
  };
  return registered(
    new Proxy(target, {
      ...WRITE_TRAPS,
      get: (t, key, receiver) => (spend('get'), Reflect.get(t, key, receiver)),
      has: (t, key) => (spend('has'), Reflect.has(t, key)),
      ownKeys: (t) => (spend('ownKeys'), Reflect.ownKeys(t)),
      getOwnPropertyDescriptor: (t, key) => (spend('getOwnPropertyDescriptor'), Reflect.getOwnPropertyDescriptor(t, key)),
      getPrototypeOf: (t) => (spend('getPrototypeOf'), Reflect.getPrototypeOf(t)),
    }),
    target,
  );
}

/**
 * `target` behind a proxy whose every property answers the first read (a `get`) as `target` holds it and
 * every later read with `later` (time-of-check against time-of-use: a value validated on one read
 * and used from another would be `later`, unvalidated).
 */
export function changingAfterFirstRead(target, later) {
  const read = new Set();
  return registered(
    new Proxy(target, {
      ...WRITE_TRAPS,
      get(t, key, receiver) {
        if (typeof key === 'symbol' || (Array.isArray(t) && key === 'length') || !Object.hasOwn(t, key)) return Reflect.get(t, key, receiver);
        if (read.has(key)) return later;
        read.add(key);
        return Reflect.get(t, key, receiver);
      },
      getOwnPropertyDescriptor(t, key) {
        const descriptor = Reflect.getOwnPropertyDescriptor(t, key);
        if (descriptor === undefined || typeof key === 'symbol' || !('value' in descriptor) || (Array.isArray(t) && key === 'length')) return descriptor;
        // a descriptor is how `Object.entries` and `for…in` see that a name is enumerable: it answers as the next read would, without counting as one
        return read.has(key) ? { ...descriptor, value: later } : descriptor;
      },
    }),
    target,
  );
}
