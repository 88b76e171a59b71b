import type { Decimal } from '../decimal/constructor.js';
import { minus } from '../decimal/addition.js';
import { minOf } from '../decimal/compare.js';

/** Interest first, then principal (Bitget, Binance): the one place that rule lives. Exact. */
export function splitRepayment(amount: Decimal, interest: Decimal, principal: Decimal): { interestPaid: Decimal; principalPaid: Decimal } {
  const interestPaid = minOf(amount, interest);
  return { interestPaid, principalPaid: minOf(minus(amount, interestPaid), principal) };
}

/** `splitRepayment` of amounts held as integers of one grid (the liquidation planner's ledger). */
export function splitRepaymentUnits(amount: bigint, interest: bigint, principal: bigint): { interestPaid: bigint; principalPaid: bigint } {
  const interestPaid = amount < interest ? amount : interest;
  const rest = amount - interestPaid;
  return { interestPaid, principalPaid: rest < principal ? rest : principal };
}
