import { zero, blank, type Decimal } from './constructor.js';

// Powers of ten as BigInt, cached up to what the decimal budgets can ask of a division (stored
// values span 10^-90 … 10^190 with up to 280 digits, scales up to 40): a bounded cache, never one
// that grows with the input.
const CACHED = 640;
const POWERS: bigint[] = [1n];

export function powerOfTen(exponent: number): bigint {
  if (exponent > CACHED) return 10n ** BigInt(exponent);
  for (let k = POWERS.length; k <= exponent; k++) POWERS.push(POWERS[k - 1]! * 10n);
  return POWERS[exponent]!;
}

/** The digits of a decimal as a non-negative integer: |value| = digitsOf(value) × 10^exponentOf(value). */
export function digitsOf(value: Decimal): bigint {
  const digits = value.c;
  // 15 decimal digits always fit a float64 exactly: build the integer in chunks of 15.
  let result = 0n;
  for (let i = 0; i < digits.length; i += 15) {
    const end = Math.min(i + 15, digits.length);
    let chunk = 0;
    for (let j = i; j < end; j++) chunk = chunk * 10 + digits[j]!;
    result = i === 0 ? BigInt(chunk) : result * powerOfTen(end - i) + BigInt(chunk);
  }
  return result;
}

/** The power of ten the digits of `value` are scaled by (big.js keeps one digit before the point at exponent `e`). */
export function exponentOf(value: Decimal): number {
  return value.e - value.c.length + 1;
}

/**
 * The decimal `sign × integer × 10^-scale` as a value of the private constructor, built the way
 * big.js builds its own (digits without trailing zeros, exponent of the first digit, made by the
 * constructor), so it is indistinguishable from one big.js would return.
 */
export function fromScaledInteger(integer: bigint, scale: number, negative: boolean): Decimal {
  return integer === 0n ? zero() : fromIntegerText(integer.toString(), scale, negative);
}

/** `fromScaledInteger` of a safe non-negative float64 integer (a result of the float64 paths). */
export function fromScaledNumber(integer: number, scale: number, negative = false): Decimal {
  if (integer === 0) return zero();
  // below 10^16 the digits are read as two 8-digit halves in int32 arithmetic (no string is made)
  if (integer < 1e16) {
    let high = Math.floor(integer / 1e8);
    let low = integer - high * 1e8;
    // the float quotient may be one off; the exact remainder corrects it
    if (low < 0) {
      high -= 1;
      low += 1e8;
    } else if (low >= 1e8) {
      high += 1;
      low -= 1e8;
    }
    return fromHalves(high, low, scale, negative);
  }
  return fromIntegerText(String(integer), scale, negative);
}

/** The decimal ±(high × 10^8 + low) × 10^-scale (0 ≤ low < 10^8, high < 10^8, not both 0), its digits without leading or trailing zeros. */
function fromHalves(high: number, low: number, scale: number, negative: boolean): Decimal {
  // trailing zeros of the whole number: of `low`, then (when `low` is 0) of `high`
  let trailing = 0;
  let lowDigits = high === 0 ? digitCount(low) : 8;
  if (low === 0) {
    trailing = 8;
    lowDigits = 0;
    while (high % 10 === 0) {
      high = (high / 10) | 0;
      trailing++;
    }
  } else {
    while (low % 10 === 0) {
      low = (low / 10) | 0;
      lowDigits--;
      trailing++;
    }
  }
  const highDigits = high === 0 ? 0 : digitCount(high);
  const count = highDigits + lowDigits;
  const digits = new Array<number>(count);
  for (let i = count - 1; i >= highDigits; i--) {
    const next = (low / 10) | 0;
    digits[i] = low - next * 10;
    low = next;
  }
  for (let i = highDigits - 1; i >= 0; i--) {
    const next = (high / 10) | 0;
    digits[i] = high - next * 10;
    high = next;
  }
  return blank(negative ? -1 : 1, count + trailing - 1 - scale, digits);
}

/** The number of decimal digits of an integer 1 ≤ n < 10^8. */
function digitCount(n: number): number {
  return n < 1e4 ? (n < 1e2 ? (n < 10 ? 1 : 2) : n < 1e3 ? 3 : 4) : n < 1e6 ? (n < 1e5 ? 5 : 6) : n < 1e7 ? 7 : 8;
}

/** `fromScaledInteger` from the integer's decimal digits (no sign, no leading zero): shared with the float64 path's safe integers. */
export function fromIntegerText(text: string, scale: number, negative: boolean): Decimal {
  let length = text.length;
  while (text.charCodeAt(length - 1) === 48) length--;
  const digits = new Array<number>(length);
  for (let i = 0; i < length; i++) digits[i] = text.charCodeAt(i) - 48;
  return blank(negative ? -1 : 1, text.length - 1 - scale, digits);
}

/**
 * `value` as an integer count of 10^exponent (signed): exact when `exponent` is at most
 * `exponentOf(value)`, as a caller choosing one grid for several values makes it.
 */
export function unitsAt(value: Decimal, exponent: number): bigint {
  const units = digitsOf(value) * powerOfTen(exponentOf(value) - exponent);
  return value.s === -1 ? -units : units;
}

/** The fresh decimal `units × 10^exponent`, built as big.js builds its own (`fromScaledInteger`). */
export function decimalAt(units: bigint, exponent: number): Decimal {
  if (units === 0n) return zero();
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  // a short integer's digits are read without a string (`fromScaledNumber`)
  return magnitude < SHORT ? fromScaledNumber(Number(magnitude), -exponent, negative) : fromIntegerText(magnitude.toString(), -exponent, negative);
}

/** 2^53: integers below it convert to float64 exactly and take `fromScaledNumber`'s path. */
const SHORT = 2n ** 53n;

/** The integer (n × 10^shift) / d rounded the named way (`floor` toward −∞, `ceil` toward +∞), for d > 0. Exact. */
export function quotientAt(n: bigint, d: bigint, shift: number, rounding: 'floor' | 'ceil'): bigint {
  if (shift >= 0) n *= powerOfTen(shift);
  else d *= powerOfTen(-shift);
  const q = n / d;
  const r = n - q * d;
  if (rounding === 'floor') return r < 0n ? q - 1n : q;
  return r > 0n ? q + 1n : q;
}
