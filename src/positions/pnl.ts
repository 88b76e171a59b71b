import type { Decimal } from '../decimal/constructor.js';
import { divide } from '../decimal/divide.js';
import { toScale } from '../decimal/round.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { sign, toContract, toPrice, toQuantity, toSide, type Contract, type Side } from './position.js';
import { readShape, type Shape } from '../input/shape.js';

/** Input of `pnl`: side, entry and exit prices, quantity and contract kind. */
export interface PnlInput {
  /** `'long'` (profits when the price rises) or `'short'`. */
  readonly side: Side;
  /** The position's average entry price, positive. */
  readonly entryPrice: DecimalInput;
  /** The price the position is closed (or marked) at, positive. */
  readonly exitPrice: DecimalInput;
  /** Linear: base units. Inverse: contracts (1 USD each). */
  readonly quantity: DecimalInput;
  /** Default `'linear'`. */
  readonly contract?: Contract;
  /** Decimal places for the inverse result (default 8), rounded `floor`. Linear PnL is exact. */
  readonly scale?: number;
}

const SHAPE: Shape<PnlInput> = { side: true, entryPrice: true, exitPrice: true, quantity: true, contract: true, scale: true };

/**
 * Profit (positive) or loss of closing a position:
 * linear `side × quantity × (exit − entry)` in the quote asset (exact);
 * inverse `side × contracts × (1/entry − 1/exit)` in the coin, computed as
 * `side × contracts × (exit − entry) / (entry × exit)` and rounded `floor` (against the trader).
 * Formula page: [docs/positions.md](../../docs/positions.md).
 *
 * @example
 * pnl({ side: 'long', entryPrice: 10000, exitPrice: 10500, quantity: 100000, contract: 'inverse' })
 * // → Big('0.47619047') XBT (BitMEX XBTUSD)
 */
export function pnl(given: PnlInput): Decimal {
  const input = readShape(given, '', SHAPE);
  const direction = sign(toSide(input.side));
  const entry = toPrice(input.entryPrice, 'entryPrice');
  const exit = toPrice(input.exitPrice, 'exitPrice');
  const quantity = toQuantity(input.quantity, 'quantity');
  const contract = toContract(input.contract);
  const scale = toScale(input.scale);
  const move = exit.minus(entry).times(quantity).times(direction);
  return contract === 'linear' ? move : divide(move, entry.times(exit), scale, 'floor');
}
