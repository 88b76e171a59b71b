// Explicit named exports only: this list is the public API (docs/README.md: each function's page).

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
export type { LoanWindowInput } from './interest/loanWindow.js';
export type { InterestClock, ResolvedClock } from './interest/clock.js';
export type { RateDiscount, ResolvedDiscount } from './interest/discounts.js';
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
export type { RiskModel, ResolvedRiskModel } from './risk/model.js';
export type { RiskThresholds } from './risk/thresholds.js';

export { exposure } from './positions/exposure.js';
export type { ExposureInput } from './positions/exposure.js';
export { pnl } from './positions/pnl.js';
export type { PnlInput } from './positions/pnl.js';
export { returnOnMargin } from './positions/returnOnMargin.js';
export type { ReturnOnMarginInput } from './positions/returnOnMargin.js';
export { fundingPayment } from './positions/fundingPayment.js';
export type { FundingPaymentInput } from './positions/fundingPayment.js';
export { positionSize } from './positions/positionSize.js';
export type { PositionSizeInput } from './positions/positionSize.js';
export { stopPlacement } from './positions/stopPlacement.js';
export type { StopPlacement, StopPlacementInput, StopPlacementVerdict } from './positions/stopPlacement.js';
export type { Side, Contract } from './positions/position.js';

export { liquidationDistance } from './liquidation/liquidationDistance.js';
export type { LiquidationDistanceInput } from './liquidation/liquidationDistance.js';
export { bankruptcyPrice } from './liquidation/bankruptcyPrice.js';
export type { BankruptcyPriceInput } from './liquidation/bankruptcyPrice.js';
export { liquidationPrice } from './liquidation/liquidationPrice.js';
export type { LiquidationPriceInput, CrossWallet, CloseFeeBasis } from './liquidation/liquidationPrice.js';
export type { MaintenanceBasis } from './liquidation/priceSolvers.js';
export { maintenanceAmounts } from './liquidation/maintenanceAmounts.js';
export { maintenanceTier } from './liquidation/maintenanceTier.js';
export type { MaintenanceTier } from './liquidation/maintenanceTier.js';
export { maxLeverageForNotional } from './liquidation/maxLeverageForNotional.js';
export type { Tier, ResolvedTier, ResolvedTiers } from './liquidation/tiers.js';
export type { LiabilityMaintenance } from './liquidation/liabilityMaintenance.js';
export { spotLiquidationPrice } from './liquidation/spotLiquidationPrice.js';
export type { SpotLiquidationPriceInput, PairSide } from './liquidation/spotLiquidationPrice.js';
export { crossSpotLiquidationPrice } from './liquidation/crossSpotLiquidationPrice.js';
export type { CrossSpotLiquidationPriceInput } from './liquidation/crossSpotLiquidationPrice.js';
export { planLiquidation } from './liquidation/planLiquidation.js';
export type {
  LiquidationAccount,
  LiquidationMode,
  LiquidationPlan,
  LiquidationStep,
  PlanLiquidationOptions,
  ResolvedPlanOptions,
  PartialFallback,
  RepayStep,
  SellStep,
  FeeStep,
  CoverStep,
} from './liquidation/liquidationPlan.js';
export { createInsuranceFund } from './liquidation/createInsuranceFund.js';
export { applyToFund } from './liquidation/applyToFund.js';
export type { InsuranceFund, FundEvent } from './liquidation/insuranceFund.js';

export { venuePresets } from './venues/venuePresets.js';
export { toVenuePreset, isVenueName } from './venues/toVenuePreset.js';
export type { VenuePreset, VenueName, VenueRisk, VenueRiskLevel, VenueRiskTier, PerMode, PerPairMaintenance } from './venues/venuePreset.js';

export { createAccount } from './account/createAccount.js';
export type { AccountConfig, AccountMode, FeeAsset, InterestRule } from './account/config.js';
export type { AccountState, AccountRules, Loan, Tranche, Coupon, ResolvedInterestRule } from './account/state.js';
export { decide, evolve, replay, execute } from './decider/dispatch.js';
export type { Execution, FuturesExecution, FuturesDecision } from './decider/dispatch.js';
export type { DecisionOf, ExecutionOf, Refusal } from './decider/rejection.js';
export { createFuturesAccount } from './futures/createFuturesAccount.js';
export { futuresVenuePresets } from './futures/presets/futuresVenuePresets.js';
export type { FuturesVenuePreset, FuturesVenueName } from './futures/presets/futuresVenuePreset.js';
export { positionView } from './futures/positionView.js';
export { futuresAccountView } from './futures/futuresAccountView.js';
export type { FuturesAccountView } from './futures/futuresAccountView.js';
export { maxOpenQuantity } from './futures/maxOpenQuantity.js';
export type { MaxOpenQuantityOptions } from './futures/maxOpenQuantity.js';
export { planFuturesLiquidation } from './futures/planFuturesLiquidation.js';
export type { PlanFuturesLiquidationOptions, FuturesClose, FuturesReduction, FuturesLiquidationPlan, FuturesLiquidationStyle } from './futures/planFuturesLiquidation.js';
export { breakEvenPrice } from './positions/breakEvenPrice.js';
export type { BreakEvenPriceInput } from './positions/breakEvenPrice.js';
export { marginForLiquidationPrice } from './positions/marginForLiquidationPrice.js';
export type { MarginForLiquidationPriceInput } from './positions/marginForLiquidationPrice.js';
export { maxPositionSize } from './positions/maxPositionSize.js';
export type { MaxPositionSizeInput } from './positions/maxPositionSize.js';
export { adlRanking } from './futures/adlRanking.js';
export type { AdlPosition, AdlEntry, AdlRanking } from './futures/adlRanking.js';
export { adlAllocation } from './futures/adlAllocation.js';
export type { AdlAllocation, AdlAssignment, AdlQueueEntry } from './futures/adlAllocation.js';
export type { PositionView } from './futures/positionView.js';
export type { FuturesConfig, FuturesMarket, FuturesMarginMode, FuturesPositionMode } from './futures/config.js';
export type { FuturesState, FuturesRules, FuturesPosition, ResolvedFuturesMarket } from './futures/state.js';
export type { FuturesCommand, FuturesCommandType, FuturesCommandOf, FuturesCommandPayloads, PositionSide } from './futures/commands.js';
export type { FuturesEvent, FuturesEventType, FuturesEventOf, FuturesEventPayloads } from './futures/events.js';
export type { PositionChange } from './futures/fill.js';
export type { FuturesJSON } from './futures/json.js';
export type { StateKind } from './sealed.js';
export type { AccountCommand, CommandType, CommandOf, CommandPayloads, Decision, Rejection, RejectionCode } from './account/commands.js';
export type { AccountEvent, EventType, EventOf, EventPayloads } from './account/events.js';
export { accountToJSON, accountFromJSON, eventToJSON, eventFromJSON } from './decider/json.js';
export type { AnyAccountEvent } from './decider/json.js';
export type { AccountJSON } from './account/json.js';

export { createAccountBook } from './monitoring/createAccountBook.js';
export type { AccountBook } from './monitoring/accountBook.js';
export { classifyBook } from './monitoring/classifyBook.js';
export type { MonitoredAccount, MonitorRules, Holding } from './monitoring/monitoredAccount.js';
export { createLiquidationIndex } from './monitoring/createLiquidationIndex.js';
export type { LiquidationIndexOptions } from './monitoring/createLiquidationIndex.js';
export type { LiquidationIndex, Crossing } from './monitoring/liquidationIndex.js';
export { crossedBy } from './monitoring/crossedBy.js';
export { updateIndex } from './monitoring/updateIndex.js';
export { repriceIndex } from './monitoring/repriceIndex.js';
export { holdingsOf } from './account/holdingsOf.js';

// ccxt-shaped inputs (shapes only; no ccxt dependency): docs/ccxt.md
export { fromCcxtBalance } from './ccxt/fromCcxtBalance.js';
export { fromCcxtBorrowInterest } from './ccxt/fromCcxtBorrowInterest.js';
export type { CcxtLoan } from './ccxt/fromCcxtBorrowInterest.js';
export { toCcxtBorrowInterest } from './ccxt/toCcxtBorrowInterest.js';
export type { ToCcxtBorrowInterest } from './ccxt/toCcxtBorrowInterest.js';
export { fromCcxtBorrowRate } from './ccxt/fromCcxtBorrowRate.js';
export type { CcxtInterestRule } from './ccxt/fromCcxtBorrowRate.js';
export { fromCcxtLeverageTiers } from './ccxt/fromCcxtLeverageTiers.js';
export { fromCcxtPosition } from './ccxt/fromCcxtPosition.js';
export type { CcxtFuturesPosition } from './ccxt/fromCcxtPosition.js';
export { fromCcxtFundingRateHistory } from './ccxt/fromCcxtFundingRateHistory.js';
export type { CcxtFundingCommand } from './ccxt/fromCcxtFundingRateHistory.js';
export type { CcxtBalance, CcxtBorrowInterest, CcxtBorrowRate, CcxtLeverageTier, CcxtPosition, CcxtFundingRateHistory } from './ccxt/structures.js';
