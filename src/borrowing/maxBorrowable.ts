import { zero, ONE, ZERO, type Decimal } from '../decimal/constructor.js';
import { isNegative } from '../decimal/compare.js';
import { round, toScale } from '../decimal/round.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount, toOptionalAmount } from '../decimal/validate.js';
import { toLeverage } from './toLeverage.js';
import { readShape, type Shape } from '../input/shape.js';

/** Input of `maxBorrowable`: the margin, the leverage cap and the optional coin and pool limits ([docs/borrowing.md](../../docs/borrowing.md)). */
export interface MaxBorrowableInput {
  /** Collateral (net assets) valued in the borrowed asset's unit. */
  readonly margin: DecimalInput;
  /** The pair's or account's maximum leverage, ≥ 1 (3 for cross, e.g. 10 for isolated BTC/USDT). */
  readonly maxLeverage: DecimalInput;
  /** What is already borrowed of this asset, in the same unit. Default 0. */
  readonly borrowed?: DecimalInput;
  /** The per-user cap on this coin (a total, including `borrowed`). No cap when absent. */
  readonly coinLimit?: DecimalInput;
  /** What the lending pool has left. Unlimited when absent. */
  readonly poolRemaining?: DecimalInput;
  /** Decimal places of the result, default 8. The result rounds `floor`. */
  readonly scale?: number;
}

/** Which of the three limits binds. Ties name the first of leverage, coinLimit, pool. */
export type BorrowLimit = 'leverage' | 'coinLimit' | 'pool';

/** What may be borrowed, rounded down, and which of the three limits binds. */
export interface MaxBorrowable {
  /** What may be borrowed, in the borrowed asset's unit, rounded down. */
  readonly amount: Decimal;
  /** Which limit binds: `leverage`, `coinLimit` or `pool`. */
  readonly limitedBy: BorrowLimit;
}

const SHAPE: Shape<MaxBorrowableInput> = { margin: true, maxLeverage: true, borrowed: true, coinLimit: true, poolRemaining: true, scale: true };

/**
 * How much more of an asset may be borrowed: the smallest of the leverage room
 * `margin × (maxLeverage − 1) − borrowed`, the coin room `coinLimit − borrowed` and the pool's
 * remainder, never below zero, rounded `floor` (a borrowable amount never rounds in the
 * trader's favour). Formula page: [docs/borrowing.md](../../docs/borrowing.md).
 *
 * @example
 * maxBorrowable({ margin: '10000', maxLeverage: 3, coinLimit: '15000' })
 * // → { amount: Big('15000'), limitedBy: 'coinLimit' }
 */
export function maxBorrowable(given: MaxBorrowableInput): MaxBorrowable {
  const input = readShape(given, '', SHAPE);
  const margin = toAmount(input.margin, 'margin');
  const maxLeverage = toLeverage(input.maxLeverage, 'maxLeverage');
  const borrowed = toOptionalAmount(input.borrowed, 'borrowed') ?? ZERO;
  const coinLimit = toOptionalAmount(input.coinLimit, 'coinLimit');
  const poolRemaining = toOptionalAmount(input.poolRemaining, 'poolRemaining');
  const scale = toScale(input.scale);

  let amount = margin.times(maxLeverage.minus(ONE)).minus(borrowed);
  let limitedBy: BorrowLimit = 'leverage';
  if (coinLimit !== undefined) {
    const coinRoom = coinLimit.minus(borrowed);
    if (coinRoom.lt(amount)) {
      amount = coinRoom;
      limitedBy = 'coinLimit';
    }
  }
  if (poolRemaining !== undefined && poolRemaining.lt(amount)) {
    amount = poolRemaining;
    limitedBy = 'pool';
  }
  return Object.freeze({ amount: isNegative(amount) ? zero() : round(amount, scale, 'floor'), limitedBy });
}
