// The checks around every call of the robustness suite: a result or a MarginError, within the time
// and memory budget, inputs untouched, Object.prototype untouched. Plain JS (runs in the worker).
import { proxyTarget } from './hostile.mjs';

const MAX_DEPTH = 40;
const MAX_ELEMENTS = 1_000;

/**
 * A structural fingerprint of a value: own property names, data values and accessor identities,
 * frozen-ness, array contents — read without calling a getter or a method, depth- and
 * length-limited so that a deep or huge hostile value costs the harness little.
 */
export function fingerprint(value, depth = 0, seen = new Map()) {
  const type = typeof value;
  if (type === 'string') return value.length > 200 ? `s${value.length}:${value.slice(0, 50)}` : `s:${value}`;
  if (type === 'number' || type === 'boolean' || type === 'undefined' || type === 'bigint') return `${type}:${String(value)}`;
  if (type === 'symbol') return `symbol:${value.description ?? ''}`;
  if (type === 'function') return `function:${identity(value, seen)}`;
  if (value === null) return 'null';
  if (depth > MAX_DEPTH) return `deep:${identity(value, seen)}`;
  const target = proxyTarget(value);
  if (target !== undefined) return `proxy#${identity(value, seen)}:${fingerprint(target, depth + 1, seen)}`;
  const id = identity(value, seen);
  const parts = [`#${id}`, Object.isFrozen(value) ? 'F' : 'M', Array.isArray(value) ? `A${value.length}` : 'O'];
  const names = Reflect.ownKeys(value);
  let count = 0;
  for (const name of names) {
    if (++count > MAX_ELEMENTS) {
      parts.push(`…${names.length}`);
      break;
    }
    const descriptor = Reflect.getOwnPropertyDescriptor(value, name);
    const key = typeof name === 'symbol' ? `@${name.description ?? ''}` : name;
    if (descriptor === undefined) continue;
    if ('value' in descriptor) parts.push(`${key}=${fingerprint(descriptor.value, depth + 1, seen)}`);
    else parts.push(`${key}:get${identity(descriptor.get, seen)}set${identity(descriptor.set, seen)}`);
  }
  return `{${parts.join(',')}}`;
}

function identity(value, seen) {
  if (value === undefined) return '-';
  let id = seen.get(value);
  if (id === undefined) seen.set(value, (id = seen.size));
  return id;
}

/** What the shared prototypes hold, to see that no call adds, changes or removes anything on them. */
export function prototypesFingerprint() {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]
    .map((proto) =>
      Reflect.ownKeys(proto)
        .map((k) => {
          const d = Reflect.getOwnPropertyDescriptor(proto, k);
          return `${String(k)}:${d && 'value' in d ? typeof d.value : 'accessor'}:${d?.writable}:${d?.enumerable}`;
        })
        .join('|'),
    )
    .join('\n');
}

/** A short, safe description of a value for a failure report (never calls its methods). */
export function summary(value, depth = 0) {
  const type = typeof value;
  if (type === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…(${value.length})` : value);
  if (type === 'symbol') return 'Symbol';
  if (type === 'function') return 'function';
  if (type === 'bigint') return `${value}n`;
  if (type !== 'object' || value === null) return String(value);
  if (depth > 3) return '…';
  const target = proxyTarget(value);
  if (target !== undefined) return `Proxy(${summary(target, depth + 1)})`;
  if (Array.isArray(value)) return `[${value.slice(0, 6).map((v) => summary(v, depth + 1)).join(', ')}${value.length > 6 ? `, …${value.length}` : ''}]`;
  const keys = Object.keys(value).slice(0, 10);
  return `{ ${keys.map((k) => `${k.length > 30 ? `${k.slice(0, 30)}…` : k}: ${summary(Reflect.getOwnPropertyDescriptor(value, k)?.value, depth + 1)}`).join(', ')} }`;
}

/** Whether every decimal in a result is a well-formed big.js value and no number in it is NaN. */
export function isValidResult(value, depth = 0) {
  if (typeof value === 'number') return !Number.isNaN(value);
  if (typeof value !== 'object' || value === null || depth > 12) return true;
  // a result holding the caller's own object (here, a proxy) is a state the caller can still change
  if (proxyTarget(value) !== undefined) return false;
  if (Array.isArray(value.c) && typeof value.e === 'number' && typeof value.s === 'number') {
    return value.c.length > 0 && value.c.every((d) => Number.isInteger(d) && d >= 0 && d <= 9) && Number.isSafeInteger(value.e) && (value.s === 1 || value.s === -1);
  }
  const values = Array.isArray(value) ? value.slice(0, 2000) : Object.values(value).slice(0, 2000);
  return values.every((v) => isValidResult(v, depth + 1));
}
