import type Big from 'big.js';
import { MarginError, shown } from '../errors.js';
import { fitsBudget, INPUT, MAX_DECIMAL_TEXT, type DecimalBudget } from './bounds.js';
import { blank, D, type Decimal } from './constructor.js';
import { parseDecimal } from './parseDecimal.js';

/** What every amount, price and rate accepts: a decimal string, a finite number, or a big.js `Big`. */
export type DecimalInput = string | number | Big.Big;

function invalid(field: string, value: unknown, why: string): MarginError {
  return new MarginError('INVALID_DECIMAL', `${field} must be ${why}, got ${describe(value)}`, { field, value: describe(value) });
}

function describe(value: unknown): string {
  return typeof value === 'object' && value !== null ? 'an object that is not a decimal' : shown(value);
}

function outOfBudget(field: string, value: Decimal, budget: DecimalBudget): MarginError {
  const text = value.e > 40 || value.e < -40 ? value.toExponential() : value.toFixed();
  return new MarginError(
    'INVALID_DECIMAL',
    `${field} must have at most ${budget.integerDigits} digits before the decimal point and ${budget.places} after it, got ${shown(text)}`,
    { field, value: shown(text) },
  );
}

/**
 * A value of the private constructor from big.js-shaped fields, or `undefined` when they are not
 * one: `c` an array of decimal digits (leading and trailing zeros are normalised away), `e` a safe
 * integer, `s` ±1. Only own data is read — a forged object's methods are never called.
 */
function fromFields(value: object): Decimal | undefined {
  let c: unknown;
  let e: unknown;
  let s: unknown;
  try {
    ({ c, e, s } = value as { c?: unknown; e?: unknown; s?: unknown });
    if (!Array.isArray(c) || !Number.isSafeInteger(e) || (s !== 1 && s !== -1)) return undefined;
    const length = c.length;
    if (length === 0 || length > MAX_DECIMAL_TEXT) return undefined;
    const digits = new Array<number>(length);
    for (let i = 0; i < length; i++) {
      const digit: unknown = c[i];
      // an integer 0…9: `>>> 0` leaves only those (and larger integers) unchanged
      if ((digit as number) >>> 0 !== digit || (digit as number) > 9) return undefined;
      digits[i] = digit as number;
    }
    let first = 0;
    while (first < length - 1 && digits[first] === 0) first++;
    let end = length;
    while (end > first + 1 && digits[end - 1] === 0) end--;
    const zero = digits[first] === 0;
    return blank(zero ? 1 : (s as number), zero ? 0 : (e as number) - first, zero ? [0] : first === 0 && end === length ? digits : digits.slice(first, end));
  } catch {
    return undefined;
  }
}

/**
 * Parses a `DecimalInput` into a fresh value of the private constructor, within `budget` (default
 * the input budget: 36 digits either side of the point). `NaN`, `±Infinity`, empty, malformed or
 * over-long strings, values outside the budget and anything that is not a string, a number or a
 * value made by big.js (a plain `{ c, e, s }` is not) throw `INVALID_DECIMAL` naming `field`. A
 * `Big` — of this or another copy of big.js — is read from its digits, never through its methods,
 * and never kept: the result is a copy.
 * `-0` becomes `0`.
 */
export function toDecimal(value: DecimalInput, field: string, budget: DecimalBudget = INPUT): Decimal {
  let parsed: Decimal | undefined;
  if (typeof value === 'string') {
    if (value.length > MAX_DECIMAL_TEXT) throw invalid(field, value, 'a finite decimal');
    // big.js's own grammar: optional '-', digits with an optional point, optional exponent; no spaces.
    try {
      parsed = parseDecimal(value) ?? new D(value);
    } catch {
      throw invalid(field, value, 'a finite decimal');
    }
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(field, value, 'a finite decimal');
    parsed = new D(value);
  } else if (typeof value === 'object' && value !== null) {
    parsed = isBigInstance(value) ? fromFields(value) : undefined;
    if (parsed === undefined) throw invalid(field, value, 'a finite decimal');
  } else {
    throw invalid(field, value, 'a finite decimal');
  }
  const zero = parsed.c[0] === 0;
  // big.js keeps the sign of negative zero; the library's zero has none.
  if (zero) parsed.s = 1;
  if (!fitsBudget(parsed.c.length, parsed.e, zero, budget)) throw outOfBudget(field, parsed, budget);
  return parsed;
}

const BIG_METHODS = ['times', 'plus', 'minus', 'cmp', 'toFixed'];

/**
 * Whether an object was made by big.js — this copy (its shared prototype), or another copy: a
 * prototype carrying big.js's methods and an own `constructor` whose `prototype` it is, as big.js
 * gives every value. Read from property descriptors only; nothing of the object is called. A plain
 * `{ c, e, s }` is not a decimal, and even a big.js value is then read from its digits, not trusted.
 */
export function isBigInstance(value: object): boolean {
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === D.prototype) return true;
    if (typeof proto !== 'object' || proto === null || proto === Object.prototype) return false;
    for (const name of BIG_METHODS) if (typeof Object.getOwnPropertyDescriptor(proto, name)?.value !== 'function') return false;
    const ctor: unknown = Object.getOwnPropertyDescriptor(value, 'constructor')?.value;
    return typeof ctor === 'function' && Object.getOwnPropertyDescriptor(ctor, 'prototype')?.value === proto;
  } catch {
    return false;
  }
}

/** Whether a value is a big.js-shaped object (its `c`, `e`, `s` fields), for telling decimals apart from records. */
export function isBigLike(value: unknown): value is Big.Big {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const v = value as { c?: unknown; e?: unknown; s?: unknown };
    return Array.isArray(v.c) && typeof v.e === 'number' && typeof v.s === 'number';
  } catch {
    return false;
  }
}
