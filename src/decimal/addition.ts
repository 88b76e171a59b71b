import { blank, type Decimal } from './constructor.js';

/*
 * Exact addition and subtraction on the digit arrays, giving the value big.js's `plus` and `minus`
 * give, field for field (digits without leading or trailing zeros, the exponent of the first digit,
 * the sign big.js gives a zero). big.js copies its argument into a new value, copies the receiver's
 * digits, and lines the exponents up by pushing zeros one at a time onto a reversed array — several
 * arrays per operation, regrown as they go; here the result's digits are written once into one
 * array of their final extent. A property test checks both against big.js on random operands and
 * exact cancellations ([docs/decisions/0022-exact-sums.md](../../docs/decisions/0022-exact-sums.md)).
 */

/** `a + b`, exactly (big.js's `a.plus(b)`). */
export function plus(a: Decimal, b: Decimal): Decimal {
  return sum(a, b, b.s);
}

/** `a − b`, exactly (big.js's `a.minus(b)`). */
export function minus(a: Decimal, b: Decimal): Decimal {
  return difference(a, b, b.s);
}

/** a + (sign × |b|), following big.js's `plus` case by case. */
function sum(a: Decimal, b: Decimal, sign: number): Decimal {
  if (a.s !== sign) return difference(a, b, -sign);
  const aZero = a.c[0] === 0;
  const bZero = b.c[0] === 0;
  if (aZero || bZero) {
    if (!bZero) return blank(sign, b.e, b.c.slice());
    return aZero ? blank(a.s, 0, [0]) : blank(a.s, a.e, a.c.slice());
  }
  return magnitudeSum(a, b, a.s);
}

/** a − (sign × |b|), following big.js's `minus` case by case. */
function difference(a: Decimal, b: Decimal, sign: number): Decimal {
  if (a.s !== sign) return sum(a, b, -sign);
  const aZero = a.c[0] === 0;
  const bZero = b.c[0] === 0;
  if (aZero || bZero) {
    if (!bZero) return blank(-sign, b.e, b.c.slice());
    return aZero ? blank(1, 0, [0]) : blank(a.s, a.e, a.c.slice());
  }
  const order = compareMagnitudes(a, b);
  if (order === 0) return blank(1, 0, [0]);
  return order > 0 ? magnitudeDifference(a, b, a.s) : magnitudeDifference(b, a, -sign);
}

/** −1, 0 or 1 as |a| is below, equal to or above |b| (both non-zero). */
function compareMagnitudes(a: Decimal, b: Decimal): number {
  if (a.e !== b.e) return a.e > b.e ? 1 : -1;
  const ac = a.c;
  const bc = b.c;
  const length = ac.length < bc.length ? ac.length : bc.length;
  for (let i = 0; i < length; i++) if (ac[i] !== bc[i]) return ac[i]! > bc[i]! ? 1 : -1;
  return ac.length === bc.length ? 0 : ac.length > bc.length ? 1 : -1;
}

/** The digit of `value` whose place is 10^place (0 outside its digits). */
function digitAt(value: Decimal, place: number): number {
  const index = value.e - place;
  return index >= 0 && index < value.c.length ? value.c[index]! : 0;
}

/** |a| + |b| with `sign` (both non-zero). */
function magnitudeSum(a: Decimal, b: Decimal, sign: number): Decimal {
  const top = a.e > b.e ? a.e : b.e;
  const aLow = a.e - a.c.length + 1;
  const bLow = b.e - b.c.length + 1;
  const low = aLow < bLow ? aLow : bLow;
  // digits[0] holds the carry out of the top place; digits[k] the place 10^(top − k + 1)
  const digits = new Array<number>(top - low + 2);
  let carry = 0;
  for (let place = low, k = top - low + 1; place <= top; place++, k--) {
    const d = digitAt(a, place) + digitAt(b, place) + carry;
    carry = d >= 10 ? 1 : 0;
    digits[k] = d - carry * 10;
  }
  digits[0] = carry;
  return normalised(digits, carry === 1 ? 0 : 1, top + 1, sign);
}

/** |a| − |b| with `sign`, for |a| > |b| (both non-zero). */
function magnitudeDifference(a: Decimal, b: Decimal, sign: number): Decimal {
  const top = a.e;
  const aLow = a.e - a.c.length + 1;
  const bLow = b.e - b.c.length + 1;
  const low = aLow < bLow ? aLow : bLow;
  // digits[k] holds the place 10^(top − k)
  const digits = new Array<number>(top - low + 1);
  let borrow = 0;
  for (let place = low, k = top - low; place <= top; place++, k--) {
    const d = digitAt(a, place) - digitAt(b, place) - borrow;
    borrow = d < 0 ? 1 : 0;
    digits[k] = d + borrow * 10;
  }
  let first = 0;
  while (digits[first] === 0) first++;
  return normalised(digits, first, top, sign);
}

/**
 * The value whose digits are `digits` from `first` on (digits[first] ≠ 0), `digits[i]` at the place
 * 10^(origin − i), without trailing zeros — moved down in place, so no second array is made.
 */
function normalised(digits: number[], first: number, origin: number, sign: number): Decimal {
  let end = digits.length;
  while (digits[end - 1] === 0) end--;
  if (first > 0) for (let i = first; i < end; i++) digits[i - first] = digits[i]!;
  digits.length = end - first;
  return blank(sign, origin - first, digits);
}
