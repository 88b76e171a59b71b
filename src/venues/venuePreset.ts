import type { FeeAsset } from '../account/config.js';
import type { InterestClock } from '../interest/clock.js';
import type { LiquidationMode } from '../liquidation/liquidationPlan.js';
import type { CloseFeeBasis } from '../liquidation/liquidationPrice.js';
import type { MaintenanceBasis } from '../liquidation/priceSolvers.js';
import type { RiskModel } from '../risk/model.js';
import type { RiskThresholds } from '../risk/thresholds.js';

/** The venues margin-math ships presets for ([docs/venues.md](../../docs/venues.md)). */
export type VenueName = 'bitget' | 'bitgetDebtRatio' | 'binance' | 'binanceCrossPro' | 'bybit' | 'bybitUnified' | 'okx' | 'kucoin' | 'kraken' | 'mexc' | 'gemini' | 'primexbt';

/**
 * A maintenance model whose rate the venue sets per pair (Bitget isolated margin): an account on
 * the preset gives its pair's rate as `maintenanceMarginRate`.
 */
export interface PerPairMaintenance {
  /** The maintenance risk model. */
  readonly kind: 'maintenance';
  /** The rate is the pair's: the account gives it. */
  readonly maintenanceMarginRate: 'perPair';
}

/** One tier of a leverage level: its leverage and where a partial liquidation stops (Binance isolated: the tier's initial risk ratio). */
export interface VenueRiskTier {
  /** The tier's maximum leverage, a decimal string. */
  readonly maxLeverage: string;
  /** Where a partial liquidation stops in this tier, in the model's measure. */
  readonly partialTarget: string;
}

/** The rule of one leverage level (Binance: each isolated pair is 3x, 5x or 10x, each with its own levels). */
export interface VenueRiskLevel {
  /** The account's `maxLeverage` this level applies to. */
  readonly maxLeverage: string;
  /** The level's margin-call and liquidation thresholds. */
  readonly thresholds: RiskThresholds;
  /** Where a partial liquidation stops at this level, in the model's measure. */
  readonly partialTarget?: string;
  /**
   * The level's tiers, first = the level's own leverage: an account's `tier` takes that tier's leverage
   * and partial target, the thresholds staying the level's (Binance: "The same margin call and
   * liquidation risk ratios will apply to all tiers under the same leverage level").
   */
  readonly tiers?: readonly VenueRiskTier[];
}

/** One margin mode's risk rule: the measure, the two levels the venue acts on, and where a partial liquidation stops. */
export interface VenueRisk {
  /** How the venue measures risk, or a maintenance model whose rate is set per pair. */
  readonly model: RiskModel | PerPairMaintenance;
  /** The rule's thresholds (of the default leverage, where `levels` gives others). */
  readonly thresholds: RiskThresholds;
  /** The level, in the model's measure, a partial liquidation sells back to (Bitget: 0.5); `planLiquidation`'s default target. */
  readonly partialTarget?: string;
  /** Thresholds and partial target per leverage, chosen by the account's `maxLeverage` (Binance). */
  readonly levels?: readonly VenueRiskLevel[];
  /** This mode's transfer-out level, where it differs from the preset's `transferOutLimit` (Binance cross: 2). */
  readonly transferOutLimit?: string;
  /** Whether a transfer out may bring the account exactly to the limit (Binance: max = assets − 2 × liabilities). Default false. */
  readonly transferOutAtLimit?: boolean;
  /** This mode's transfer-out limit as a margin level whatever the model (Binance Cross Margin Pro: collateral margin level 2). */
  readonly transferOutMarginLevel?: string;
}

/** A per-mode value; a mode the venue does not offer is absent. */
export interface PerMode<T> {
  /** The value for cross margin. */
  readonly cross?: T;
  /** The value for isolated margin. */
  readonly isolated?: T;
}

/**
 * A venue's published rules as data. Every field is documented with its source in [docs/venues.md](../../docs/venues.md);
 * a field the venue does not publish is absent rather than guessed. Decimals are strings.
 */
export interface VenuePreset {
  /** The preset's key in `venuePresets` (`bitget`, `binance`, …). */
  readonly name: string;
  /** The venue's own name, for people. */
  readonly title: string;
  /** `spotMargin` presets configure `createAccount`; `leveraged` (CFD, derivatives) carry only caps. */
  readonly product: 'spotMargin' | 'leveraged';
  /** The highest leverage per mode (spot margin: borrow up to margin × (cap − 1)). */
  readonly maxLeverage: PerMode<string>;
  /** The account-level risk rule per mode, where the venue publishes one this library models. */
  readonly risk?: PerMode<VenueRisk>;
  /** When interest is charged and what period its rate is quoted for. */
  readonly interest?: {
    /** When the venue charges interest. */
    readonly clock: InterestClock;
    /** The hours its quoted rates are for (24: daily rates). */
    readonly ratePeriodHours: number;
  };
  /** The level, in the risk model's measure, a transfer out may not bring the account to. */
  readonly transferOutLimit?: string;
  /** Fee on liquidated value, paid to the venue's insurance fund (a `planLiquidation` `feeRate`). */
  readonly liquidationFeeRate?: string;
  /** The asset spot fills pay their trading fee in (Binance: `received`). Default `quote`. */
  readonly feeAsset?: FeeAsset;
  /** How the venue liquidates when the plan names no mode: KuCoin sells everything (`sellAll`). Default `partial`. */
  readonly liquidationMode?: LiquidationMode;
  /** How the venue's futures liquidation price values maintenance, and whether it folds in the close fee. */
  readonly liquidationPrice?: {
    /** Maintenance valued at the mark price (`mark`) or at entry (`entry`). */
    readonly maintenanceBasis: MaintenanceBasis;
    /** Whether the liquidation price folds in the fee to close the position. */
    readonly closeFeeIncluded: boolean;
    /** Where an included fee to close is valued (`liquidationPrice`'s `closeFeeBasis`); default `'liquidation'`. */
    readonly closeFeeBasis?: CloseFeeBasis;
  };
  /** `interestFirst` where the venue says repayments pay interest before principal. */
  readonly repaymentOrder?: 'interestFirst';
  /** Where the venue's documents disagree: which one the preset follows, and why. */
  readonly follows?: string;
}
