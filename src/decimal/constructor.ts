import Big from 'big.js';

/**
 * The library's private big.js constructor. Calling `Big()` makes an independent constructor, so
 * the `DP`/`RM` settings of the global `Big` (and of every caller's) are never read or changed.
 * Nothing changes `D.DP`/`D.RM` either: `divide` works on the digits as integers (see
 * docs/decisions/0001-decimal-boundary.md and 0010).
 */
export const D = Big();

/** An exact decimal: a big.js `Big` made by the library's private constructor. Every result is one; serialise with `toFixed()`. */
export type Decimal = Big.Big;

/** Shared operands for internal arithmetic, never returned: a result of 0 or 1 is a fresh value. */
export const ZERO: Decimal = /* @__PURE__ */ new D(0);
export const ONE: Decimal = /* @__PURE__ */ new D(1);
