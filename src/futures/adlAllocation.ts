import { zero, type Decimal } from '../decimal/constructor.js';
import { isPositive, minOf } from '../decimal/compare.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { MarginError } from '../errors.js';
import { requireArray, readShape, type Shape } from '../input/shape.js';
import { toPrice, toQuantity } from '../positions/position.js';
import { MAX_ADL_POSITIONS, toAdlId } from './adlRanking.js';

/** One position's share of a shortfall: close `quantity` of it at `price` (a `deleverage` of that account). */
export interface AdlAssignment {
  /** The position's id in the queue (the account to send the `deleverage` to). */
  readonly id: string;
  /** Contracts to close. */
  readonly quantity: Decimal;
  /** The price to close them at (the liquidated position's bankruptcy price). */
  readonly price: Decimal;
}

/** The assignments, first in the queue first, and what the queue could not take. */
export interface AdlAllocation {
  /** What each position in the queue closes, first in the queue first. */
  readonly assignments: readonly AdlAssignment[];
  /** Positive when the queue holds less than the shortfall. */
  readonly unfilled: Decimal;
}

/** What an allocation reads of a queue entry: an `AdlEntry` from `adlRanking` (its other fields are allowed and not read), or just an id and a quantity. */
export interface AdlQueueEntry {
  /** The position's id. */
  readonly id: string;
  /** Its contracts. */
  readonly quantity: DecimalInput;
  /** `adlRanking`'s side (not read). */
  readonly side?: unknown;
  /** `adlRanking`'s score (not read: the order given is the queue). */
  readonly score?: unknown;
  /** `adlRanking`'s percentile (not read). */
  readonly percentile?: unknown;
}

const ENTRY: Shape<AdlQueueEntry> = { id: true, quantity: true, side: true, score: true, percentile: true };

/**
 * Assigns a liquidated position's shortfall `quantity` down the opposite side's queue (from
 * `adlRanking`, highest score first), each position closed as far as it goes, all at the liquidated
 * position's `bankruptcyPrice` (BitMEX: "Accounts 2 and 5 will be deleveraged at the bankruptcy price
 * of USD 650. Account 2 will have their entire position of 10 contracts closed, while the remaining
 * 10 contracts from the short liquidation will be assigned to account 5"). The assignments sum to the
 * shortfall, or to the queue's whole quantity with the rest `unfilled`. Docs: [docs/futures.md](../../docs/futures.md).
 *
 * @example
 * adlAllocation([{ id: '2', quantity: 10 }, { id: '5', quantity: 20 }], 20, 650)
 * // → { assignments: [{ id: '2', quantity: Big('10'), price: Big('650') }, { id: '5', quantity: Big('10'), … }], unfilled: Big('0') }
 */
export function adlAllocation(queue: readonly AdlQueueEntry[], quantity: DecimalInput, bankruptcyPrice: DecimalInput): AdlAllocation {
  requireArray(queue, 'queue', 'INVALID_OPTION');
  if (queue.length > MAX_ADL_POSITIONS) throw new MarginError('INVALID_OPTION', `queue holds ${queue.length}; at most ${MAX_ADL_POSITIONS}`, { field: 'queue' });
  let left = toQuantity(quantity, 'quantity');
  const price = toPrice(bankruptcyPrice, 'bankruptcyPrice');
  const assignments: AdlAssignment[] = [];
  queue.forEach((given, i) => {
    const field = `queue[${i}]`;
    const entry = readShape(given, field, ENTRY);
    const id = toAdlId(entry.id, `${field}.id`);
    const held = toQuantity(entry.quantity, `${field}.quantity`);
    if (!isPositive(left)) return;
    const take = minOf(held, left);
    assignments.push(Object.freeze({ id, quantity: take, price }));
    left = left.minus(take);
  });
  return Object.freeze({ assignments: Object.freeze(assignments), unfilled: isPositive(left) ? left : zero() });
}
