import type { Decimal } from '../decimal/constructor.js';
import { splitRepayment } from './splitRepayment.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { readShape, type Shape } from '../input/shape.js';

/** Input of `repaymentSplit`: a payment against interest owed and principal. */
export interface RepaymentSplitInput {
  /** What the borrower pays. */
  readonly amount: DecimalInput;
  /** Unpaid interest on the loan. */
  readonly interest: DecimalInput;
  /** Outstanding principal. */
  readonly principal: DecimalInput;
}

/** How a payment divides: interest first, then principal, and what is left over. */
export interface RepaymentSplit {
  /** Part of `amount` that pays interest: all of it before any principal. */
  readonly interestPaid: Decimal;
  /** Part of `amount` that pays principal, after all interest. */
  readonly principalPaid: Decimal;
  /** What is left of `amount` once the loan is fully repaid (not taken). */
  readonly excess: Decimal;
  /** Interest still owed after the payment. */
  readonly interestLeft: Decimal;
  /** Principal still owed after the payment. */
  readonly principalLeft: Decimal;
}

const SHAPE: Shape<RepaymentSplitInput> = { amount: true, interest: true, principal: true };

/**
 * Splits a repayment the way Bitget and Binance apply it: interest first, then principal.
 * Exact (no rounding: only subtraction). Formula page: [docs/interest.md](../../docs/interest.md) ("Repayment order").
 *
 * @example
 * repaymentSplit({ amount: '100', interest: '1.5', principal: '1000' })
 * // → interestPaid 1.5, principalPaid 98.5, excess 0, interestLeft 0, principalLeft 901.5
 */
export function repaymentSplit(given: RepaymentSplitInput): RepaymentSplit {
  const input = readShape(given, '', SHAPE);
  const amount = toAmount(input.amount, 'amount');
  const interest = toAmount(input.interest, 'interest');
  const principal = toAmount(input.principal, 'principal');
  const { interestPaid, principalPaid } = splitRepayment(amount, interest, principal);
  return Object.freeze({
    interestPaid,
    principalPaid,
    excess: amount.minus(interestPaid).minus(principalPaid),
    interestLeft: interest.minus(interestPaid),
    principalLeft: principal.minus(principalPaid),
  });
}
