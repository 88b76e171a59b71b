/*
 * Copies of the small records a state holds (balances, loans, prices, positions, marks), built key
 * by key into a new object literal rather than by spreading: V8 freezes an object built this way
 * several times faster than a spread copy (measured 90 ns against 160–1,000 ns for a record of a
 * few keys), and every record a decision makes is frozen once it is reached. Keys are asset names
 * or market keys, which never name a member of `Object.prototype` (`input/assetName.ts`).
 */

/** `record` with `key` set to `value` (added last when new, in place when present). */
export function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
  const next: Record<string, T> = {};
  for (const k in record) if (Object.prototype.hasOwnProperty.call(record, k)) next[k] = record[k] as T;
  next[key] = value;
  return next;
}

/** `record` with `first` and then `second` set (two different keys), as `withEntry` twice would give, in one copy. */
export function withTwoEntries<T>(record: Readonly<Record<string, T>>, first: string, a: T, second: string, b: T): Record<string, T> {
  const next: Record<string, T> = {};
  for (const k in record) if (Object.prototype.hasOwnProperty.call(record, k)) next[k] = record[k] as T;
  next[first] = a;
  next[second] = b;
  return next;
}

/** `record` without `key`. */
export function withoutEntry<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const next: Record<string, T> = {};
  for (const k in record) if (k !== key && Object.prototype.hasOwnProperty.call(record, k)) next[k] = record[k] as T;
  return next;
}

/** `record` with every entry of `changes` set, in the order a spread `{ ...record, ...changes }` gives. */
export function withEntries<T>(record: Readonly<Record<string, T>>, changes: Readonly<Record<string, T>>): Record<string, T> {
  const next: Record<string, T> = {};
  for (const k in record) if (Object.prototype.hasOwnProperty.call(record, k)) next[k] = record[k] as T;
  for (const k in changes) if (Object.prototype.hasOwnProperty.call(changes, k)) next[k] = changes[k] as T;
  return next;
}
