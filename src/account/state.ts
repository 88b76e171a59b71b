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
  /** Principal still owed on this borrow, in units of the asset. */
  readonly principal: Decimal;
  /** When it was borrowed, epoch ms: its interest clock's start. */
  readonly borrowedAt: number;
  /** The time up to which its charges are posted, epoch ms; `null`: none posted yet. */
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
  /** The interest rate per `ratePeriodHours` (0.0002 = 0.02%). */
  readonly rate: Decimal;
  /** The borrow-time charge's rate, where it differs. */
  readonly openingRate?: Decimal;
  /** The hours the rate is quoted over (24: a daily rate). */
  readonly ratePeriodHours: number;
  /** When charges are made (the venue's clock), every field filled in. */
  readonly clock: ResolvedClock;
}

/** The validated rules, with the coverage multiples precomputed so classifying never divides. */
export interface AccountRules {
  /** `isolated` (one pair) or `cross` (every asset shares one margin). */
  readonly mode: AccountMode;
  /** Every asset the account may hold or owe, the valuation asset included. */
  readonly assets: readonly string[];
  /** The asset every value and price is in (the quote, e.g. USDT). */
  readonly valuationAsset: string;
  /** Isolated: the pair's base asset; cross: `undefined`. */
  readonly base: string | undefined;
  /** Isolated: the pair's quote asset; cross: `undefined`. */
  readonly quote: string | undefined;
  /** The account's maximum leverage (borrowing limit: margin × (leverage − 1)). */
  readonly maxLeverage: Decimal;
  /** The risk model: how risk is measured, and its thresholds' direction. */
  readonly model: ResolvedRiskModel;
  /** The margin-call threshold as a coverage multiple. */
  readonly marginCall: CoverageMultiple;
  /** The liquidation threshold as a coverage multiple. */
  readonly liquidation: CoverageMultiple;
  /** The level a withdrawal must leave the account at, as a coverage multiple. */
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
  /** The interest rule of each borrowable asset. */
  readonly interest: Readonly<Record<string, ResolvedInterestRule>>;
  /** The most that may be owed of each asset (the venue's per-coin limit); absent: no limit. */
  readonly coinLimits: Readonly<Record<string, Decimal>>;
  /** The fee of a `trade`, a fraction of its value. */
  readonly tradingFeeRate: Decimal;
  /** Which asset a trade's fee is paid in: `received` or `quote`. */
  readonly feeAsset: FeeAsset;
}

/** A rate discount on one asset's charges within a validity window. */
export interface Coupon {
  /** The loan asset it discounts. */
  readonly asset: string;
  /** Its rate multiplier and window. */
  readonly discount: ResolvedDiscount;
}

/** An immutable margin account. Deeply frozen; change it only through `evolve`/`execute`. */
export interface AccountState {
  /** The configuration it was created with, as plain JSON (for serialisation). */
  readonly config: AccountConfig;
  /** The validated rules the account runs on. */
  readonly rules: AccountRules;
  /** Free balances per asset (assets never held are absent). */
  readonly balances: Readonly<Record<string, Decimal>>;
  /** What is owed of each asset (assets never borrowed are absent). */
  readonly loans: Readonly<Record<string, Loan>>;
  /** Last prices in the valuation asset (the valuation asset itself is absent: it is 1). */
  readonly prices: Readonly<Record<string, Decimal>>;
  /** Rate discounts applied, oldest first. */
  readonly coupons: readonly Coupon[];
  /** The risk status at the last event: `normal`, `marginCall` or `liquidation`. */
  readonly status: RiskStatus;
  /** Time of the last event, epoch ms. */
  readonly at: number;
  /** Number of events applied since creation. */
  readonly version: number;
}
