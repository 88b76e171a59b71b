/**
 * The one error class margin-math throws. A `MarginError` means a broken contract — input the
 * library cannot compute with. Expected business outcomes (a borrow above the limit, a withdrawal
 * that would breach the risk limit) are returned as values, never thrown. Every code is listed,
 * with what raises it, in `docs/errors.md`.
 */
export type MarginErrorCode =
  | 'INVALID_DECIMAL'
  | 'NEGATIVE_AMOUNT'
  | 'INVALID_LEVERAGE'
  | 'INVALID_RATE'
  | 'INVALID_SCALE'
  | 'INVALID_TIME'
  | 'INVALID_TIME_RANGE'
  | 'INVALID_CLOCK'
  | 'INVALID_MODEL'
  | 'INVALID_THRESHOLD'
  | 'INVALID_SIDE'
  | 'INVALID_CONTRACT'
  | 'INVALID_PRICE'
  | 'INVALID_QUANTITY'
  | 'INVALID_TIERS'
  | 'NOTIONAL_ABOVE_TIERS'
  | 'MISSING_INPUT'
  | 'INVALID_CONFIG'
  | 'INVALID_OPTION'
  | 'INVALID_COMMAND'
  | 'INVALID_EVENT'
  | 'INVALID_STATE'
  | 'INVALID_ASSET'
  | 'UNKNOWN_ASSET';

/** Field names and offending values, as strings, so they survive logging and JSON. */
export type MarginErrorDetails = Readonly<Record<string, string>>;

/**
 * @example
 * new MarginError('INVALID_LEVERAGE', 'maxLeverage must be at least 1, got 0.5', { field: 'maxLeverage', value: '0.5' })
 */
export class MarginError extends Error {
  /** What kind of input is wrong (`INVALID_DECIMAL`, `MISSING_INPUT`, …; docs/errors.md). */
  readonly code: MarginErrorCode;
  /** `field`: the input at fault (a path such as `loans.USDT.principal`); `value`: what was given, shown safely. */
  readonly details: MarginErrorDetails;

  constructor(code: MarginErrorCode, message: string, details: MarginErrorDetails = {}) {
    super(`[margin-math] ${message}`);
    this.name = 'MarginError';
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

/**
 * Whether `value` is a `MarginError`, optionally with the given code.
 *
 * @example
 * try { maxBorrowable(input) } catch (e) { if (isMarginError(e, 'INVALID_DECIMAL')) report(e.details.field) }
 */
export function isMarginError(value: unknown, code?: MarginErrorCode): value is MarginError {
  return value instanceof MarginError && (code === undefined || value.code === code);
}

const SHOWN_LENGTH = 64;

/**
 * An input value as a short, one-line, safe string for messages and details: strings quoted with
 * control characters escaped and cut at 64 characters; objects described by kind. It never calls
 * a method of the value (a hostile `toString` cannot throw or hang here).
 */
export function shown(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value);
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object';
  }
}
