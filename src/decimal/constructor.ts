import Big from 'big.js';

/**
 * The library's private big.js constructor. Calling `Big()` makes an independent constructor, so
 * the `DP`/`RM` settings of the global `Big` (and of every caller's) are never read or changed.
 * Nothing changes `D.DP`/`D.RM` either: `divide` works on the digits as integers (see
 * [docs/decisions/0001-decimal-boundary.md](../../docs/decisions/0001-decimal-boundary.md) and 0010).
 */
export const D = Big();

/** An exact decimal: a big.js `Big` made by the library's private constructor. Every result is one; serialise with `toFixed()`. */
export type Decimal = Big.Big;

/** Shared operands for internal arithmetic, never returned: a result of 0 or 1 is a fresh value. */
export const ZERO: Decimal = /* @__PURE__ */ new D(0);
export const ONE: Decimal = /* @__PURE__ */ new D(1);

/** A fresh 0: a copy of ZERO (big.js copies a value's digits; parsing the number 0 costs three times as much). */
export function zero(): Decimal {
  return new D(ZERO);
}

/** A fresh 1, copied like `zero`. */
export function one(): Decimal {
  return new D(ONE);
}

/**
 * A value of the private constructor with the given fields (`c` is taken, not copied), made by the
 * constructor itself rather than on the prototype: every value then has big.js's own object shape,
 * which keeps big.js's methods monomorphic and fast.
 */
export function blank(s: number, e: number, c: number[]): Decimal {
  // big.js's constructor copies a value of its own as `s`, `e` and `c.slice()`. Handed the template,
  // whose `c` answers `slice()` with these digits, it makes the value with these fields at once: no
  // copy of ZERO's digits made and dropped. The template is private and rewritten before each use,
  // so no call sees another's digits (the constructor reads them synchronously, calling nothing else).
  TEMPLATE.s = s;
  TEMPLATE.e = e;
  pending = c;
  const value = new D(TEMPLATE);
  pending = NO_DIGITS;
  return value;
}

const NO_DIGITS: number[] = [];

/** The digits `blank` is making a value of (read once, by the constructor's `slice()`). */
let pending: number[] = NO_DIGITS;
/** A value of the prototype only the constructor reads; its own object shape, apart from every value's. */
const TEMPLATE: Decimal = /* @__PURE__ */ Object.assign(Object.create(D.prototype) as Decimal, { s: 1, e: 0, c: { slice: (): number[] => pending } as unknown as number[] });
