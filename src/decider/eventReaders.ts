import { INPUT, MEASURE, STORED, type DecimalBudget } from '../decimal/bounds.js';
import { toSignedDecimal, type Sign } from '../decimal/validate.js';
import { MarginError, shown } from '../errors.js';
import { toAssetName } from '../input/assetName.js';
import { toEpochMs } from '../input/instant.js';
import { readShape, toChoice, type Shape } from '../input/shape.js';

/**
 * How events are read from outside the library, for both account kinds: a reader per field
 * (decimal within budget and of a sign, asset name, choice, instant, record), a schema per event,
 * and the strict reading of an object holding exactly the schema's fields.
 */
export type Reader = (value: unknown, field: string) => unknown;

export function invalid(field: string, why: string, value: unknown): MarginError {
  return new MarginError('INVALID_EVENT', `${field} ${why}, got ${shown(value)}`, { field, value: shown(value) });
}

export function decimal(budget: DecimalBudget, sign: Sign): Reader {
  return (value, field) => toSignedDecimal(value, field, budget, sign, 'INVALID_EVENT');
}

export const amount = /* @__PURE__ */ decimal(STORED, 'positive');
export const owedPart = /* @__PURE__ */ decimal(STORED, 'nonNegative');
export const price = /* @__PURE__ */ decimal(INPUT, 'positive');
export const asset: Reader = (value, field) => toAssetName(value, field, 'INVALID_EVENT');
export const choice = <T extends string>(allowed: readonly T[]): Reader => (value, field) => toChoice(value, field, allowed, 'INVALID_EVENT');
/** An optional field: absent stays absent, anything else goes through `read`. */
export const optional = (read: Reader): Reader => (value, field) => (value === undefined ? undefined : read(value, field));
export const instantOrNull: Reader = (value, field) => (value === null ? null : toEpochMs(value, field, 'INVALID_EVENT'));
export const measureOrNull: Reader = (value, field) => (value === null ? null : decimal(MEASURE, 'nonNegative')(value, field));

export function record(read: Reader): Reader {
  return (value, field) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(field, 'must be a record keyed by asset', value);
    const parsed: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) parsed[asset(key, `${field}.${key}`) as string] = read(v, `${field}.${key}`);
    return parsed;
  };
}

export type Fields = Readonly<Record<string, Reader>>;

/** A record's schema: how each field is read, and the shape (those fields and the fixed ones) it is checked against. */
export interface Schema {
  readonly fields: Fields;
  readonly shape: Shape<Record<string, unknown>>;
}

export function schema(fields: Fields, fixed: readonly string[]): Schema {
  return { fields, shape: Object.fromEntries([...Object.keys(fields), ...fixed].map((k) => [k, true])) as Shape<Record<string, unknown>> };
}

/**
 * Reads an object holding exactly the schema's fields (and the `fixed` ones, taken as they are),
 * each through its reader; a field its reader reads as `undefined` (an optional one, absent) stays absent.
 */
export function fieldsOf(given: unknown, field: string, { fields, shape }: Schema, fixed: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const value = readShape(given as Record<string, unknown>, field, shape, 'INVALID_EVENT', 'INVALID_EVENT');
  const parsed: Record<string, unknown> = { ...fixed };
  for (const [key, read] of Object.entries(fields)) {
    const parsedValue = read((value as Record<string, unknown>)[key], field === '' ? key : `${field}.${key}`);
    if (parsedValue !== undefined) parsed[key] = parsedValue;
  }
  return parsed;
}

export const at: Reader = (v, f) => toEpochMs(v, f, 'INVALID_EVENT');

/** An event's schema: `type`, `at` and its payload fields, each with its reader. */
export function payload(fields: Fields): Schema {
  return schema({ at, ...fields }, ['type']);
}

