import type { Decimal } from '../decimal/constructor.js';
import type { ResolvedClock } from '../interest/clock.js';
import type { ResolvedDiscount } from '../interest/discounts.js';
import type { CoverageMultiple } from '../risk/coverageMultiple.js';
import type { LiabilityMaintenance } from '../liquidation/liabilityMaintenance.js';
import type { LiquidationMode } from '../liquidation/liquidationPlan.js';
import type { ResolvedRiskModel } from '../risk/model.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import type { AccountConfig, AccountMode, FeeAsset } from './config.js';

/** One borrow: its own interest clock starts at `borrowedAt`; its charges made by `accruedTo` are posted (`null`: none yet). */
export interface Tranche {
  readonly principal: Decimal;
  readonly borrowedAt: number;
  readonly accruedTo: number | null;
}

/** What an account owes of one asset: principal, unpaid interest and the tranches the interest clock runs on. */
export interface Loan {
  /** Σ tranche principals. */
  readonly principal: Decimal;
  /** Charged and not yet paid. */
  readonly interest: Decimal;
  /** Oldest first; principal repayments reduce the oldest first. */
  readonly tranches: readonly Tranche[];
}

/** A validated `InterestRule`: the rate parsed, the period and clock filled in (the clock with every field present). */
export interface ResolvedInterestRule {
  readonly rate: Decimal;
  /** The borrow-time charge's rate, where it differs. */
  readonly openingRate?: Decimal;
  readonly ratePeriodHours: number;
  readonly clock: ResolvedClock;
}

/** The validated rules, with the coverage multiples precomputed so classifying never divides. */
export interface AccountRules {
  readonly mode: AccountMode;
  /** Every asset the account may hold or owe, the valuation asset included. */
  readonly assets: readonly string[];
  readonly valuationAsset: string;
  readonly base: string | undefined;
  readonly quote: string | undefined;
  readonly maxLeverage: Decimal;
  readonly model: ResolvedRiskModel;
  readonly marginCall: CoverageMultiple;
  readonly liquidation: CoverageMultiple;
  readonly transferOut: CoverageMultiple;
  /** Whether a withdrawal may land exactly on `transferOut`. */
  readonly transferOutAtLimit: boolean;
  /** Where a partial liquidation stops by default (the venue's target), or `undefined`: the margin-call level. */
  readonly partialTarget: CoverageMultiple | undefined;
  /**
   * Maintenance per liability tier (`liabilityTiers`, Binance Cross Margin Pro), or `undefined`. When
   * present, the levels above are computed from the debts of the moment (see `coverageAt`); the
   * fixed multiples hold for the model's flat rate only.
   */
  readonly liabilityMaintenance: LiabilityMaintenance | undefined;
  /** The mode a plan takes when it names none (the venue's), or `undefined`: partial. */
  readonly liquidationMode: LiquidationMode | undefined;
  readonly interest: Readonly<Record<string, ResolvedInterestRule>>;
  readonly coinLimits: Readonly<Record<string, Decimal>>;
  readonly tradingFeeRate: Decimal;
  readonly feeAsset: FeeAsset;
}

/** A rate discount on one asset's charges within a validity window. */
export interface Coupon {
  readonly asset: string;
  readonly discount: ResolvedDiscount;
}

/** An immutable margin account. Deeply frozen; change it only through `evolve`/`execute`. */
export interface AccountState {
  /** The configuration it was created with, as plain JSON (for serialisation). */
  readonly config: AccountConfig;
  readonly rules: AccountRules;
  /** Free balances per asset (assets never held are absent). */
  readonly balances: Readonly<Record<string, Decimal>>;
  readonly loans: Readonly<Record<string, Loan>>;
  /** Last prices in the valuation asset (the valuation asset itself is absent: it is 1). */
  readonly prices: Readonly<Record<string, Decimal>>;
  readonly coupons: readonly Coupon[];
  readonly status: RiskStatus;
  /** Time of the last event, epoch ms. */
  readonly at: number;
  /** Number of events applied since creation. */
  readonly version: number;
}
