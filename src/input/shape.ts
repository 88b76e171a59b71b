import { MarginError, shown, type MarginErrorCode } from '../errors.js';

/**
 * The keys an input object may have, as a table over every key of `T` (optional ones included):
 * a key added to an input interface without being listed here is a compile error.
 */
export type Shape<T> = { readonly [K in keyof Required<T>]: true };

/**
 * Every field of `T` as it was read (absent ones `undefined`): the type of an object a function
 * makes of the fields it destructured, so that a field added to `T` and not passed on is a compile
 * error rather than an option silently dropped.
 */
export type ReadFields<T> = { readonly [K in keyof Required<T>]: unknown };

/**
 * Whether a shortcut's lists cover its input: the fields it takes and the fields it declines on
 * (each tested for `undefined` before it is called) are together every field of `T`. Checked as
 * `IsTrue<Covers<…>>`, a compile error when a field added to `T` is in neither list.
 */
export type Covers<T, Taken extends keyof T, Declined extends keyof T> = [keyof Required<T>] extends [Taken | Declined] ? true : false;
/** `B`, which must be `true` (a compile-time assertion). */
export type IsTrue<B extends true> = B;

/**
 * The fields of an input object, read once: `value` must be a non-array object whose enumerable
 * names are all in `shape`, else a `MarginError` naming the field (`code` for an unknown name,
 * default `INVALID_OPTION`; `missing` when it is not an object at all, default `MISSING_INPUT`).
 * Every enumerable name counts (one inherited from a prototype too, so polluting a prototype makes
 * inputs fail loudly rather than change what they mean).
 *
 * The answer is a fresh object holding each own field as it was read once — never `value` itself:
 * what the caller's getters or proxy answer on a later read can neither slip past a check made on
 * an earlier one nor reach a result. Validate and use the copy, not `value`. (A field only
 * inherited from a custom prototype is not copied: it reads as absent.)
 */
export function readShape<T>(value: T, field: string, shape: Shape<T>, code: MarginErrorCode = 'INVALID_OPTION', missing: MarginErrorCode = 'MISSING_INPUT'): T {
  requireShape(value, field, shape, code, missing);
  // a spread reads each own field once, through V8's fast object clone; every name it copies was
  // just checked (an inherited one is refused by the walk, so the copy's own fields are all there is)
  return { ...value };
}

function unknownField<T>(field: string, key: string, shape: Shape<T>, code: MarginErrorCode): MarginError {
  const where = field === '' ? key : `${field}.${key}`;
  return new MarginError(code, `${where} is not a field of ${field === '' ? 'the input' : field} (known: ${Object.keys(shape).join(', ')})`, { field: where });
}

/** The check `readShape` makes, for an object the library made itself (a copy already read once): `value` unchanged. */
export function requireShape<T>(value: T, field: string, shape: Shape<T>, code: MarginErrorCode = 'INVALID_OPTION', missing: MarginErrorCode = 'MISSING_INPUT'): T {
  requireObject(value, field, missing);
  const key = unknownKey(value, shape);
  if (key !== undefined) throw unknownField(field, key, shape, code);
  return value;
}

/** Whether `requireShape` would accept `value`, answered without throwing. */
export function hasShape<T>(value: T, shape: Shape<T>): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && unknownKey(value, shape) === undefined;
}

/** The first enumerable name of `value` that `shape` does not hold, or `undefined`. */
function unknownKey<T>(value: T & object, shape: Shape<T>): string | undefined {
  // for…in reads every enumerable name without an array per call; a name the shape does not hold
  // as `true` — an inherited name such as `constructor` included — is unknown.
  for (const key in value) if ((shape as Record<string, unknown>)[key] !== true) return key;
  return undefined;
}

/** A non-null, non-array object, else `code` naming the field. */
export function requireObject(value: unknown, field: string, code: MarginErrorCode = 'MISSING_INPUT'): asserts value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MarginError(code, `${field === '' ? 'the input' : field} must be an object, got ${shown(value)}`, { field: field === '' ? 'input' : field, value: shown(value) });
  }
}

/** An array, else `code` naming the field. */
export function requireArray(value: unknown, field: string, code: MarginErrorCode = 'INVALID_OPTION'): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw new MarginError(code, `${field} must be an array, got ${shown(value)}`, { field, value: shown(value) });
}

/** A strict boolean: `true`, `false`, or absent (`fallback`). `'true'`, `1` or `{}` are not booleans. */
export function toBoolean(value: unknown, field: string, fallback: boolean, code: MarginErrorCode = 'INVALID_OPTION'): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new MarginError(code, `${field} must be true or false, got ${shown(value)}`, { field, value: shown(value) });
  return value;
}

/** One of a fixed set of strings, compared exactly, else `code` listing them. */
export function toChoice<T extends string>(value: unknown, field: string, allowed: readonly T[], code: MarginErrorCode): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new MarginError(code, `${field} must be ${allowed.map((a) => `'${a}'`).join(' or ')}, got ${shown(value)}`, { field, value: shown(value) });
  }
  return value as T;
}
