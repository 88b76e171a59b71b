// Explicit named exports only: this list is the public API (SPEC §3–§5).

export { MarginError, isMarginError } from './errors.js';
export type { MarginErrorCode, MarginErrorDetails } from './errors.js';

export type { Decimal } from './decimal/constructor.js';
export type { DecimalInput } from './decimal/toDecimal.js';
export type { Rounding } from './decimal/round.js';

export { maxBorrowable } from './borrowing/maxBorrowable.js';
export type { MaxBorrowableInput, MaxBorrowable, BorrowLimit } from './borrowing/maxBorrowable.js';

export { accruedInterest } from './interest/accruedInterest.js';
export type { AccruedInterestInput } from './interest/accruedInterest.js';
export { chargeInstants } from './interest/chargeInstants.js';
export type { ChargeInstantsInput } from './interest/chargeInstants.js';
export type { InterestClock } from './interest/clock.js';
export type { RateDiscount } from './interest/discounts.js';
export { repaymentSplit } from './interest/repaymentSplit.js';
export type { RepaymentSplitInput, RepaymentSplit } from './interest/repaymentSplit.js';
export { annualRate } from './interest/annualRate.js';

export { riskRate } from './risk/riskRate.js';
export type { RiskRateInput } from './risk/riskRate.js';
export { marginLevel } from './risk/marginLevel.js';
export type { MarginLevelInput } from './risk/marginLevel.js';
export { riskStatus } from './risk/riskStatus.js';
export type { RiskStatus, RiskStatusInput } from './risk/riskStatus.js';
export { coverageMultiple } from './risk/coverageMultiple.js';
export type { CoverageMultiple, CoverageMultipleInput } from './risk/coverageMultiple.js';
export { accountValuation } from './risk/accountValuation.js';
export type { AccountValuation, AccountValuationInput, LoanBalance } from './risk/accountValuation.js';
export type { RiskModel } from './risk/model.js';
export type { RiskThresholds } from './risk/thresholds.js';
