import { blank, type Decimal } from './constructor.js';

/**
 * Where the digits of a plain decimal string are (`scanPlain`): the characters of its first and
 * last non-zero digits (`first` −1 for zero), how many digits lie between them, the exponent of the
 * first (big.js's `e`) and the sign. Reused by a caller that reads many strings.
 */
export class PlainScan {
  sign = 1;
  first = -1;
  last = -1;
  digits = 0;
  exponent = 0;
}

/**
 * The scan record the library's readers share: each fills it with `scanPlain` and reads it at once,
 * with no call in between that could scan again, so one record serves every call (one object fewer
 * per string read) and no call sees another's fields.
 */
export const SCAN: PlainScan = /* @__PURE__ */ new PlainScan();

/**
 * Scans a decimal string in plain notation — optional `-`, digits with at most one point, at least
 * one digit (`12`, `-0.5`, `.5`, `5.`) — into `scan`, in one pass: no regular expression, no
 * intermediate strings. Anything else — an exponent, a stray character, an empty string — is false.
 */
export function scanPlain(text: string, scan: PlainScan): boolean {
  const length = text.length;
  let i = 0;
  scan.sign = 1;
  if (length > 0 && text.charCodeAt(0) === 45) {
    scan.sign = -1;
    i = 1;
  }
  let digits = 0; // digits seen
  let beforePoint = -1; // digits before the point, once seen
  let first = -1; // character index of the first non-zero digit
  let last = -1; // character index of the last non-zero digit
  let firstDigit = -1; // its position among the digits
  let lastDigit = -1;
  for (let k = i; k < length; k++) {
    const code = text.charCodeAt(k);
    if (code === 46) {
      if (beforePoint !== -1) return false;
      beforePoint = digits;
      continue;
    }
    const digit = code - 48;
    if (digit < 0 || digit > 9) return false;
    if (digit !== 0) {
      if (first === -1) {
        first = k;
        firstDigit = digits;
      }
      last = k;
      lastDigit = digits;
    }
    digits++;
  }
  if (digits === 0) return false;
  scan.first = first;
  scan.last = last;
  scan.digits = first === -1 ? 1 : lastDigit - firstDigit + 1;
  scan.exponent = first === -1 ? 0 : (beforePoint === -1 ? digits : beforePoint) - firstDigit - 1;
  return true;
}

/**
 * A decimal string in plain notation read into a value of the private constructor with exactly the
 * fields big.js's own parser gives it (digits without leading or trailing zeros, the exponent of the
 * first, zero as `[0]` at exponent 0, the sign kept); anything else is `undefined`, for big.js's
 * parser to read or refuse.
 */
export function parseDecimal(text: string): Decimal | undefined {
  const scan = SCAN;
  if (!scanPlain(text, scan)) return undefined;
  if (scan.first === -1) return blank(scan.sign, 0, [0]);
  const c = new Array<number>(scan.digits);
  let n = 0;
  for (let k = scan.first; k <= scan.last; k++) {
    const code = text.charCodeAt(k);
    if (code !== 46) c[n++] = code - 48;
  }
  return blank(scan.sign, scan.exponent, c);
}
