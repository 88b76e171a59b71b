import { blank, type Decimal } from './constructor.js';

/**
 * A decimal string in plain notation — optional `-`, digits with at most one point, at least one
 * digit (`12`, `-0.5`, `.5`, `5.`) — read into a value of the private constructor with exactly the
 * fields big.js's own parser gives it (digits without leading or trailing zeros, the exponent of the
 * first, zero as `[0]` at exponent 0, the sign kept). One pass to find the digits, one to copy
 * them: no regular expression, no intermediate strings. Anything else — an exponent, a stray
 * character, an empty string — is `undefined`, for big.js's parser to read or refuse.
 */
export function parseDecimal(text: string): Decimal | undefined {
  const length = text.length;
  let i = 0;
  let sign = 1;
  if (length > 0 && text.charCodeAt(0) === 45) {
    sign = -1;
    i = 1;
  }
  let digits = 0; // digits seen
  let beforePoint = -1; // digits before the point, once seen
  let first = -1; // character index of the first non-zero digit
  let last = -1; // character index of the last non-zero digit
  let firstDigit = -1; // its position among the digits
  for (let k = i; k < length; k++) {
    const code = text.charCodeAt(k);
    if (code === 46) {
      if (beforePoint !== -1) return undefined;
      beforePoint = digits;
      continue;
    }
    const digit = code - 48;
    if (digit < 0 || digit > 9) return undefined;
    if (digit !== 0) {
      if (first === -1) {
        first = k;
        firstDigit = digits;
      }
      last = k;
    }
    digits++;
  }
  if (digits === 0) return undefined;
  if (first === -1) return blank(sign, 0, [0]);
  const exponent = (beforePoint === -1 ? digits : beforePoint) - firstDigit - 1;
  const c: number[] = [];
  for (let k = first; k <= last; k++) {
    const code = text.charCodeAt(k);
    if (code !== 46) c.push(code - 48);
  }
  return blank(sign, exponent, c);
}
