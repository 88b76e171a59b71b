import { MarginError } from '../errors.js';
import type { Decimal } from '../decimal/constructor.js';
import { isPositive } from '../decimal/compare.js';
import { toDecimal, type DecimalInput } from '../decimal/toDecimal.js';
import { toChoice } from '../input/shape.js';

/** Which way a position faces: a long gains when the price rises, a short when it falls. */
export type Side = 'long' | 'short';

/**
 * How a contract settles: `linear` (USDT-margined; quantity in the base asset, PnL in the quote)
 * or `inverse` (coin-margined, BitMEX XBTUSD style; quantity in contracts worth 1 USD each, PnL
 * and margin in the coin).
 */
export type Contract = 'linear' | 'inverse';

const SIDES: readonly Side[] = ['long', 'short'];
const CONTRACTS: readonly Contract[] = ['linear', 'inverse'];

export function toSide(side: Side): Side {
  return toChoice(side, 'side', SIDES, 'INVALID_SIDE');
}

export function toContract(contract: Contract | undefined): Contract {
  if (contract === undefined) return 'linear';
  return toChoice(contract, 'contract', CONTRACTS, 'INVALID_CONTRACT');
}

/** A price: strictly positive (`INVALID_PRICE`). */
export function toPrice(value: DecimalInput, field: string): Decimal {
  const price = toDecimal(value, field);
  if (!isPositive(price)) {
    throw new MarginError('INVALID_PRICE', `${field} must be positive, got ${price.toString()}`, { field, value: price.toString() });
  }
  return price;
}

/** A position size: strictly positive (`INVALID_QUANTITY`); the side carries the direction. */
export function toQuantity(value: DecimalInput, field: string): Decimal {
  const quantity = toDecimal(value, field);
  if (!isPositive(quantity)) {
    throw new MarginError('INVALID_QUANTITY', `${field} must be positive (the side gives the direction), got ${quantity.toString()}`, {
      field,
      value: quantity.toString(),
    });
  }
  return quantity;
}

/** +1 for a long, −1 for a short. */
export function sign(side: Side): 1 | -1 {
  return side === 'long' ? 1 : -1;
}
