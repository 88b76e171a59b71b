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
 * A value of the private constructor with the given fields, made by the constructor itself (a copy
 * of ZERO, then its fields set) rather than on the prototype: every value then has big.js's own
 * object shape, which keeps big.js's methods monomorphic and fast.
 */
export function blank(s: number, e: number, c: number[]): Decimal {
  const value = zero();
  value.s = s;
  value.e = e;
  value.c = c;
  return value;
}
