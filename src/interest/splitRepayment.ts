import type { Decimal } from '../decimal/constructor.js';
import { minus } from '../decimal/addition.js';
import { minOf } from '../decimal/compare.js';

/** Interest first, then principal (Bitget, Binance): the one place that rule lives. Exact. */
export function splitRepayment(amount: Decimal, interest: Decimal, principal: Decimal): { interestPaid: Decimal; principalPaid: Decimal } {
  const interestPaid = minOf(amount, interest);
  return { interestPaid, principalPaid: minOf(minus(amount, interestPaid), principal) };
}
