import type Big from 'big.js';
import { MarginError } from '../errors.js';
import { D, type Decimal } from './constructor.js';

/** What every amount, price and rate accepts: a decimal string, a finite number, or a big.js `Big`. */
export type DecimalInput = string | number | Big.Big;

/** Whether a value is a big.js `Big` from any constructor (duck-typed: its `c`, `e`, `s` fields). */
export function isBigLike(value: unknown): value is Big.Big {
  const v = value as { c?: unknown; e?: unknown; s?: unknown } | null;
  return typeof v === 'object' && v !== null && Array.isArray(v.c) && typeof v.e === 'number' && typeof v.s === 'number';
}

function invalid(field: string, value: unknown): MarginError {
  return new MarginError('INVALID_DECIMAL', `${field} must be a finite decimal, got ${describe(value)}`, {
    field,
    value: describe(value),
  });
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return isBigLike(value) ? value.toString() : Object.prototype.toString.call(value);
  return String(value);
}

/**
 * Parses a `DecimalInput` into a value of the private constructor. `NaN`, `±Infinity`, empty or
 * malformed strings and other types throw `INVALID_DECIMAL` naming `field`. `-0` becomes `0`.
 * A `Big` from any constructor (the caller's global one included) is copied, never mutated.
 */
export function toDecimal(value: DecimalInput, field: string): Decimal {
  // A Big of this copy of big.js (the library's own results, or the caller's global Big: every
  // constructor of one big.js module shares its prototype) is valid by construction: copy its
  // digits instead of printing and re-parsing them. Parse once, pass Big values on hot paths.
  if (value instanceof D) return value.s === -1 && value.c[0] === 0 ? new D(0) : new D(value);
  let parsed: Decimal;
  if (typeof value === 'string') {
    // big.js's grammar: optional '-', digits with an optional point, optional exponent; no spaces.
    try {
      parsed = new D(value);
    } catch {
      throw invalid(field, value);
    }
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(field, value);
    parsed = new D(value);
  } else if (isBigLike(value)) {
    // A Big of another copy of big.js: through its string form.
    try {
      parsed = new D((value as Big.Big).toString());
    } catch {
      throw invalid(field, value);
    }
  } else {
    throw invalid(field, value);
  }
  // big.js keeps the sign of negative zero; the library's zero has none.
  if (parsed.s === -1 && parsed.c[0] === 0) parsed.s = 1;
  return parsed;
}
