import Big from 'big.js';

/**
 * The library's private big.js constructor. Calling `Big()` makes an independent constructor, so
 * the `DP`/`RM` settings of the global `Big` (and of every caller's) are never read or changed.
 * Only `divide` touches `D.DP`/`D.RM`, around its one `div` call, and restores big.js defaults (see
 * docs/decisions/0001-decimal-boundary.md).
 */
export const D = Big();

/** An exact decimal: a big.js `Big` made by the library's private constructor. Every result is one; serialise with `toFixed()`. */
export type Decimal = Big.Big;

export const ZERO: Decimal = new D(0);
export const ONE: Decimal = new D(1);
