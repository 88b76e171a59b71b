import { ONE, type Decimal } from '../decimal/constructor.js';
import { divideUnits, minusUnits, timesUnits, unitsOf } from '../decimal/safeUnits.js';
import { integerQuotient } from '../decimal/divide.js';
import { bigRoundingMode } from '../decimal/round.js';
import { exponentOf, fromScaledNumber } from '../decimal/scaledInteger.js';
import type { Side } from '../positions/position.js';
import type { MaintenanceBasis, PositionTerms } from './priceSolvers.js';

/**
 * A linear position's price from `SOLVERS.linear` on exact float64 integers
 * ([docs/decisions/0021-planner-on-safe-integers.md](../../docs/decisions/0021-planner-on-safe-integers.md)): the fraction's
 * numerator and denominator as integers, divided once and rounded at `scale` places (a long's up,
 * a short's down) — the value `divide` gives on the big.js fraction, ties and prices on the grid
 * included, which the float certificate leaves to the exact path. `null` where the fraction is not
 * positive (no price), `undefined` where a value is too long for the integers (the final
 * division, where its shift does not fit, is done in BigInt).
 */
export function safeLinearPrice(terms: PositionTerms, r: Decimal, c: Decimal, basis: MaintenanceBasis, side: Side, scale: number): Decimal | null | undefined {
  const long = side === 'long';
  const q = unitsOf(terms.quantity);
  const qe = exponentOf(terms.quantity);
  const m = unitsOf(terms.marginNumerator);
  const me = exponentOf(terms.marginNumerator);
  const d = terms.marginDenominator === ONE ? 1 : unitsOf(terms.marginDenominator);
  const de = terms.marginDenominator === ONE ? 0 : exponentOf(terms.marginDenominator);
  const re = exponentOf(r);
  // 1 − r (long, mark) or 1 + r (short, mark); at entry the rate scales the value instead
  const sign = long === (basis === 'mark') ? 1 : -1;
  const factor = minusUnits(1, 0, sign * unitsOf(r), re);
  const fe = Math.min(0, re);
  let value = timesUnits(q, unitsOf(terms.entry));
  let ve = qe + exponentOf(terms.entry);
  let den = q;
  let dene = qe;
  if (basis === 'mark') {
    den = timesUnits(q, factor);
    dene = qe + fe;
  } else {
    value = timesUnits(value, factor);
    ve += fe;
  }
  // numerator: (value ∓ c)·d ∓ M, denominator ·d
  const cs = long ? unitsOf(c) : -unitsOf(c);
  const ce = exponentOf(c);
  const valued = timesUnits(minusUnits(value, ve, cs, ce), d);
  const valuedExponent = Math.min(ve, ce) + de;
  const n = minusUnits(valued, valuedExponent, long ? m : -m, me);
  const ne = Math.min(valuedExponent, me);
  den = timesUnits(den, d);
  dene += de;
  if (Number.isNaN(n) || Number.isNaN(den)) return undefined;
  if (!(n > 0) || !(den > 0)) return null;
  const rounding = long ? 'ceil' : 'floor';
  const price = divideUnits(n, ne, den, dene, -scale, rounding);
  if (!Number.isNaN(price)) return fromScaledNumber(price, scale);
  // the fraction fits but its shift to `scale` places does not: `divide`'s exact core, in BigInt
  return integerQuotient(BigInt(n), BigInt(den), ne - dene + scale, scale, bigRoundingMode(rounding, false), false);
}
