import { WIDEST } from '../decimal/bounds.js';
import { isBigInstance, toDecimal } from '../decimal/toDecimal.js';
import { MarginError, type MarginErrorCode } from '../errors.js';

/** The deepest nesting a snapshot copies: configurations and states are a handful of levels deep. */
export const MAX_SNAPSHOT_DEPTH = 16;
/**
 * The most values one snapshot copies: a configuration at its limits (200 assets, each with a
 * 100-tier table of five fields) stays well inside it.
 */
export const MAX_SNAPSHOT_VALUES = 250_000;

/**
 * A copy of an input tree read exactly once: every record and array is walked once, every
 * property read once, and what is validated and kept afterwards is the copy, never the input. An
 * object that changes as it is read (a getter, a proxy) cannot have one value checked and another
 * used, and nothing kept can be changed by the caller later.
 *
 * Records become plain records of their enumerable names (inherited ones too, as `requireShape`
 * reads them, so a polluted prototype still fails loudly); arrays become arrays; a value made by
 * big.js becomes the library's own decimal (within the widest budget, else `INVALID_DECIMAL` naming
 * the field); every other value is kept as it is, for the validators to judge. Deeper than
 * `MAX_SNAPSHOT_DEPTH` or larger than `MAX_SNAPSHOT_VALUES` is `code` naming the field.
 */
export function snapshot<T>(value: T, field: string, code: MarginErrorCode): T {
  const budget = { left: MAX_SNAPSHOT_VALUES };
  return copy(value, field, code, 0, budget) as T;
}

function copy(value: unknown, field: string, code: MarginErrorCode, depth: number, budget: { left: number }): unknown {
  if (--budget.left < 0) throw new MarginError(code, `${field || 'the input'} holds more than ${MAX_SNAPSHOT_VALUES} values`, { field: field || 'input' });
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_SNAPSHOT_DEPTH) throw new MarginError(code, `${field || 'the input'} nests deeper than ${MAX_SNAPSHOT_DEPTH} levels`, { field: field || 'input' });
  if (Array.isArray(value)) {
    const length = value.length;
    if (length > budget.left) throw new MarginError(code, `${field} holds more than ${MAX_SNAPSHOT_VALUES} values`, { field });
    const out = new Array<unknown>(length);
    for (let i = 0; i < length; i++) out[i] = copy(value[i], `${field}[${i}]`, code, depth + 1, budget);
    return out;
  }
  if (isBigInstance(value)) return toDecimal(value as never, field, WIDEST);
  const entries: [string, unknown][] = [];
  for (const key in value) {
    entries.push([key, copy((value as Record<string, unknown>)[key], field === '' ? key : `${field}.${key}`, code, depth + 1, budget)]);
  }
  // defined as own data (never through a setter: `__proto__` stays a plain name)
  return Object.fromEntries(entries);
}
