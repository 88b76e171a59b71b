import { shadowOf } from './approximation.js';
import { fitsBudget, INPUT, MAX_DECIMAL_TEXT } from './bounds.js';
import { D } from './constructor.js';
import { scanPlain, type PlainScan } from './parseDecimal.js';

/** The most digits a shadow read here has: an exact float64 integer. */
const SHORT_DIGITS = 15;

/**
 * The float shadow of a decimal input, read for a certified computation without making a decimal
 * ([docs/decisions/0024-inputs-read-in-place.md](../../docs/decisions/0024-inputs-read-in-place.md)): a plain decimal
 * string (`scanPlain`) or a value of this copy of big.js (its fields and each digit read once, as
 * `toDecimal` reads them), of at most 15 digits scaled by at most 10^±22, within the input budget.
 * The shadow is the one `approximate` gives the decimal `toDecimal` would make — so it is *short*
 * in `certified.ts`'s sense, within u of the value, with the value's exact sign — and 0 for zero
 * (`-0` included). Anything else is NaN: an exponent form, a number, a longer or out-of-budget
 * value, a big.js value with leading or trailing zeros, another copy's value, a forged object; the
 * caller then reads the input with `toDecimal`, which gives the same value or names the field.
 */
export function shadowOfInput(input: unknown, scan: PlainScan): number {
  if (typeof input === 'string') {
    if (input.length > MAX_DECIMAL_TEXT || !scanPlain(input, scan)) return NaN;
    if (scan.first === -1) return 0;
    if (scan.digits > SHORT_DIGITS) return NaN;
    let units = 0;
    for (let k = scan.first; k <= scan.last; k++) {
      const code = input.charCodeAt(k);
      if (code !== 46) units = units * 10 + (code - 48);
    }
    return shortShadow(units, scan.digits, scan.exponent, scan.sign === -1);
  }
  if (typeof input !== 'object' || input === null) return NaN;
  try {
    if (Object.getPrototypeOf(input) !== D.prototype) return NaN;
    const { c, e, s } = input as { c?: unknown; e?: unknown; s?: unknown };
    if (!Array.isArray(c) || !Number.isSafeInteger(e) || (s !== 1 && s !== -1)) return NaN;
    const length = c.length;
    if (length === 0 || length > SHORT_DIGITS) return NaN;
    let units = 0;
    let first = 0;
    let last = 0;
    for (let i = 0; i < length; i++) {
      const digit: unknown = c[i];
      // an integer 0…9, as `toDecimal` accepts
      if ((digit as number) >>> 0 !== digit || (digit as number) > 9) return NaN;
      if (i === 0) first = digit as number;
      last = digit as number;
      units = units * 10 + (digit as number);
    }
    if (units === 0) return length === 1 ? 0 : NaN;
    // normalised digits only (big.js makes no others); `toDecimal` reads the rest
    if (first === 0 || last === 0) return NaN;
    return shortShadow(units, length, e as number, s === -1);
  } catch {
    return NaN;
  }
}

/** The shadow of ±units × 10^(exponent − digits + 1) when within the input budget and short, else NaN. */
function shortShadow(units: number, digits: number, exponent: number, negative: boolean): number {
  const scaled = exponent - digits + 1;
  if (scaled > 22 || scaled < -22 || !fitsBudget(digits, exponent, false, INPUT)) return NaN;
  return shadowOf(units, digits, exponent, negative);
}
