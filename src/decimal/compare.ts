import type { Decimal } from './constructor.js';

export function isZero(value: Decimal): boolean {
  return value.c[0] === 0;
}

export function isNegative(value: Decimal): boolean {
  return value.s === -1 && value.c[0] !== 0;
}

export function isPositive(value: Decimal): boolean {
  return value.s === 1 && value.c[0] !== 0;
}

export function minOf(a: Decimal, b: Decimal): Decimal {
  return b.lt(a) ? b : a;
}

export function maxOf(a: Decimal, b: Decimal): Decimal {
  return b.gt(a) ? b : a;
}
