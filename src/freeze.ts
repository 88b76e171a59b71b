import { D, type Decimal } from './decimal/constructor.js';

/**
 * Freezes a value and everything reachable from it. An object that is already frozen is not walked
 * again, so unchanged parts of a state are shared for free; that is sound because whatever enters a
 * state is either frozen through this function or frozen with no mutable children. Decimals are
 * left as they are: big.js values are immutable by contract, and freezing them slows every later
 * operation on them ([docs/decisions/0010-performance.md](../docs/decisions/0010-performance.md) §3); the records holding them are frozen.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || value instanceof D || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // indexed and `for…in` walks: no array of keys per object (the library's records are plain objects)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  } else {
    for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The fields of a record type that hold records or lists: what freezing it must walk (decimals and primitives it need not). */
export type NestedFields<T> = { [K in keyof T]-?: NonNullable<T[K]> extends Decimal | string | number | boolean ? never : K }[keyof T];

/** `true` only when `A` and `B` are the same union of names: a compile-time check that a hand-written freezer walks every nested field. */
export type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * For each event type of a kind (`P`: its payloads by type), every field of its payload that holds
 * records or lists, as a set of names. The type names them: a table missing one does not compile.
 */
export type NestedFieldTable<P> = { readonly [T in keyof P]: { readonly [K in NestedFields<P[T]>]: true } };

/**
 * The freezer of a kind's events, as its decisions write them (object literals with the library's
 * `type`): the event itself, then — through `deepFreeze` — only the fields the table names, so a
 * flat event costs one `Object.freeze`. A generic walk reads every field of every event type at one
 * site, which V8 cannot keep fast across so many shapes (`deepFreeze` was 8% of a margin `execute`,
 * events and loans together: [docs/decisions/0027-freezing-by-known-fields.md](../docs/decisions/0027-freezing-by-known-fields.md)).
 */
export function eventFreezer<E extends { readonly type: string }>(table: Readonly<Record<E['type'], object>>): (event: E) => E {
  const nested = new Map<string, readonly string[]>();
  for (const type of Object.keys(table)) nested.set(type, Object.keys((table as Record<string, object>)[type]!));
  return (event) => {
    Object.freeze(event);
    const fields = nested.get(event.type)!;
    for (let i = 0; i < fields.length; i++) deepFreeze((event as unknown as Record<string, unknown>)[fields[i]!]);
    return event;
  };
}
