import { blank, D, type Decimal } from './constructor.js';

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
    if (!bZero) return copyOf(b, sign);
    return aZero ? blank(a.s, 0, [0]) : copyOf(a, a.s);
  }
  return magnitudeSum(a, b, a.s);
}

/** a − (sign × |b|), following big.js's `minus` case by case. */
function difference(a: Decimal, b: Decimal, sign: number): Decimal {
  if (a.s !== sign) return sum(a, b, -sign);
  const aZero = a.c[0] === 0;
  const bZero = b.c[0] === 0;
  if (aZero || bZero) {
    if (!bZero) return copyOf(b, -sign);
    return aZero ? blank(1, 0, [0]) : copyOf(a, a.s);
  }
  const order = compareMagnitudes(a, b);
  if (order === 0) return blank(1, 0, [0]);
  return order > 0 ? magnitudeDifference(a, b, a.s) : magnitudeDifference(b, a, -sign);
}

/** A fresh copy of `value` with the sign `sign` (the constructor copies the digits: one array, not two). */
function copyOf(value: Decimal, sign: number): Decimal {
  const copy = new D(value);
  copy.s = sign;
  return copy;
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

/*
 * Both loops below go from the lowest place up (carries and borrows move that way), skip the
 * trailing zeros and push each digit: the array is packed and of its final length (a preallocated
 * one then trimmed cost a runtime call per result). One reversal puts the first digit first.
 */

/** |a| + |b| with `sign` (both non-zero). */
function magnitudeSum(a: Decimal, b: Decimal, sign: number): Decimal {
  const top = a.e > b.e ? a.e : b.e;
  const aLow = a.e - a.c.length + 1;
  const bLow = b.e - b.c.length + 1;
  const digits: number[] = [];
  let carry = 0;
  for (let place = aLow < bLow ? aLow : bLow; place <= top; place++) {
    const d = digitAt(a, place) + digitAt(b, place) + carry;
    carry = d >= 10 ? 1 : 0;
    if (digits.length > 0 || d !== carry * 10) digits.push(d - carry * 10);
  }
  if (carry === 1) digits.push(1);
  return blank(sign, top + carry, digits.reverse());
}

/** |a| − |b| with `sign`, for |a| > |b| (both non-zero). */
function magnitudeDifference(a: Decimal, b: Decimal, sign: number): Decimal {
  const aLow = a.e - a.c.length + 1;
  const bLow = b.e - b.c.length + 1;
  const digits: number[] = [];
  let borrow = 0;
  let top = a.e;
  for (let place = aLow < bLow ? aLow : bLow; place <= a.e; place++) {
    const d = digitAt(a, place) - digitAt(b, place) - borrow;
    borrow = d < 0 ? 1 : 0;
    if (digits.length > 0 || d !== 0) digits.push(d + borrow * 10);
  }
  // the places above the first non-zero digit came out zero: drop them
  while (digits[digits.length - 1] === 0) {
    digits.pop();
    top--;
  }
  return blank(sign, top, digits.reverse());
}
