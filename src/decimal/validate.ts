import { MarginError, type MarginErrorCode } from '../errors.js';
import type { Decimal } from './constructor.js';
import { isNegative, isPositive } from './compare.js';
import type { DecimalBudget } from './bounds.js';
import { toDecimal, type DecimalInput } from './toDecimal.js';

function rejectNegative(value: Decimal, field: string, code: MarginErrorCode, what: string): Decimal {
  if (isNegative(value)) {
    throw new MarginError(code, `${field} must not be negative${what}, got ${value.toString()}`, {
      field,
      value: value.toString(),
    });
  }
  return value;
}

/** Parses an amount, price or balance that may be zero but never negative (`NEGATIVE_AMOUNT`). */
export function toAmount(value: DecimalInput, field: string, budget?: DecimalBudget): Decimal {
  return rejectNegative(toDecimal(value, field, budget), field, 'NEGATIVE_AMOUNT', '');
}

/** Parses an optional amount; `undefined` stays `undefined`. */
export function toOptionalAmount(value: DecimalInput | undefined, field: string, budget?: DecimalBudget): Decimal | undefined {
  return value === undefined ? undefined : toAmount(value, field, budget);
}

/** Parses an interest rate or rate multiplier: zero or more (`INVALID_RATE`). */
export function toRate(value: DecimalInput, field: string): Decimal {
  return rejectNegative(toDecimal(value, field), field, 'INVALID_RATE', ' (rates are zero or more)');
}

/** Which sign a stored decimal must have. */
export type Sign = 'positive' | 'nonNegative' | 'any';

/**
 * A decimal of a stored record (an event, a snapshot) within `budget` and of the given sign; a
 * wrong sign throws `code` — the record is impossible, not merely a bad amount.
 */
export function toSignedDecimal(value: unknown, field: string, budget: DecimalBudget, sign: Sign, code: MarginErrorCode): Decimal {
  const d = toDecimal(value as DecimalInput, field, budget);
  if (sign !== 'any' && (sign === 'positive' ? !isPositive(d) : isNegative(d))) {
    const why = sign === 'positive' ? 'must be positive' : 'must not be negative';
    throw new MarginError(code, `${field} ${why}, got ${d.toFixed()}`, { field, value: d.toFixed() });
  }
  return d;
}
