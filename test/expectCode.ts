import { expect } from 'vitest';
import { MarginError, type MarginErrorCode } from '../src/index.js';

/** Asserts that `fn` throws a MarginError with `code` and, when given, `details.field`. */
export function expectCode(fn: () => unknown, code: MarginErrorCode, field?: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(MarginError);
  const error = thrown as MarginError;
  expect(error.code).toBe(code);
  expect(error.message.startsWith('[margin-math] ')).toBe(true);
  if (field !== undefined) expect(error.details['field']).toBe(field);
}

/** The garbage every DecimalInput field must reject with INVALID_DECIMAL. */
export const NOT_DECIMALS: readonly unknown[] = [NaN, Infinity, -Infinity, '', 'abc', ' 1', '1,000', null, {}, true];
