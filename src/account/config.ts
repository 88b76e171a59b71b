import type { DecimalInput } from '../decimal/toDecimal.js';
import type { InterestClock } from '../interest/clock.js';
import type { LiquidationMode } from '../liquidation/liquidationPlan.js';
import type { RiskModel } from '../risk/model.js';
import type { RiskThresholds } from '../risk/thresholds.js';
import type { VenuePreset } from '../venues/venuePreset.js';
import type { Tier } from '../liquidation/tiers.js';

/** `cross`: one account over many assets; `isolated`: one pair with its own collateral. */
export type AccountMode = 'cross' | 'isolated';

/**
 * The asset a fill's trading fee is paid in: `received` — the asset the fill brings in (a buy's fee
 * in base, a sell's in quote; Binance: "trading fees are always charged in the asset you receive");
 * `quote` — always the quote, on top of a buy's cost and out of a sell's proceeds.
 */
export type FeeAsset = 'received' | 'quote';

/** Every `FeeAsset` (internal: the validators' list). */
export const FEE_ASSETS: readonly FeeAsset[] = ['received', 'quote'];

/** How one asset's loans cost: a rate per `ratePeriodHours` charged on `clock`. */
export interface InterestRule {
  /** The rate per `ratePeriodHours`, a fraction of the principal (0.0002 = 0.02%). */
  readonly rate: DecimalInput;
  /** The rate of each borrow's first charge, made at the borrow, when it differs (Kraken's opening fee). Default `rate`. */
  readonly openingRate?: DecimalInput;
  /** Default 24. */
  readonly ratePeriodHours?: number;
  /** Default `{ kind: 'clockHours' }`. */
  readonly clock?: InterestClock;
}

/** Everything `createAccount` needs: the venue's rules for this account and where it starts. */
export interface AccountConfig {
  /** `cross`: any of `assets`, account-level max leverage (default 3). `isolated`: one `pair` (default 10x). */
  readonly mode: AccountMode;
  /**
   * A venue's rules (`venuePresets.bitget`, …): fills the max leverage, risk model and thresholds,
   * transfer-out limit and interest clock the config leaves out ([docs/venues.md](../../docs/venues.md)).
   */
  readonly venue?: VenuePreset;
  /** Cross: the assets the account may hold or owe besides the valuation asset. */
  readonly assets?: readonly string[];
  /** Isolated: the pair; the quote is the valuation asset. */
  readonly pair?: {
    /** The asset traded (e.g. BTC). */
    readonly base: string;
    /** The asset it is priced in, the account's valuation asset (e.g. USDT). */
    readonly quote: string;
  };
  /** Cross default `'USDT'`; isolated: the pair's quote. */
  readonly valuationAsset?: string;
  /** The account's maximum leverage (borrowing up to margin × (leverage − 1)); default the venue's, else 3 cross / 10 isolated. */
  readonly maxLeverage?: DecimalInput;
  /**
   * The tier of a venue's leverage level the account is in, 1 = the level's own (Binance isolated: by
   * the amount borrowed, or the leverage selected — "if the leverage multiplier is in the middle of two
   * tiers, it will follow the lower tier limit"). The account then borrows at the tier's leverage and
   * a partial liquidation stops at the tier's target (its initial risk ratio); the thresholds stay the
   * level's. Only on a preset whose level has tiers. Default 1.
   */
  readonly tier?: number;
  /** Default `{ kind: 'debtRatio' }`, or the venue's. */
  readonly riskModel?: RiskModel;
  /** Default 0.8 / 1.0 (1.3 / 1.1 for marginLevel). */
  readonly thresholds?: RiskThresholds;
  /**
   * The pair's maintenance margin rate under a maintenance model: required where the venue sets it per
   * pair (Bitget isolated: bitget.com/spot/margininfo), and it replaces a preset's rate otherwise.
   */
  readonly maintenanceMarginRate?: DecimalInput;
  /**
   * Under a maintenance model: each liability asset's own tiers, by the value owed of it in the
   * valuation asset (Binance "Cross Margin Pro Position Tiers"). The account's maintenance margin is
   * then Σ (value owed × the tier's rate − its maintenance amount) over its debts, a debt in an asset
   * without tiers taking `maintenanceMarginRate`; with no rate (the `binanceCrossPro` preset's
   * default) every asset needs tiers. A borrow past a table's last `notionalCap` is refused.
   */
  readonly liabilityTiers?: Readonly<Record<string, readonly Tier[]>>;
  /**
   * The level, in the risk model's measure, a partial liquidation sells back to — `planLiquidation`'s
   * default `targetRiskRate` (Bitget 0.5). Default: the venue's, else the margin-call threshold.
   */
  readonly partialLiquidationTarget?: DecimalInput;
  /** The mode `planLiquidation` takes for this account when it names none. Default: the venue's (KuCoin `sellAll`), else `partial`. */
  readonly liquidationMode?: LiquidationMode;
  /**
   * The level, in the risk model's measure, that a withdrawal may not bring the account to
   * (KuCoin: 0.6). Default: the margin-call threshold.
   */
  readonly transferOutLimit?: DecimalInput;
  /**
   * Whether a withdrawal may bring the account exactly to `transferOutLimit` (Binance: the most that
   * can be transferred out is assets − 2 × liabilities). Default: the venue's, else false (KuCoin:
   * only "below 60%").
   */
  readonly transferOutAtLimit?: boolean;
  /**
   * The transfer-out limit as a margin level (assets / liabilities) whatever the risk model, in place
   * of `transferOutLimit` (Binance Cross Margin Pro: transfers out only while the collateral margin
   * level is above 2). Default: the venue's, else none.
   */
  readonly transferOutMarginLevel?: DecimalInput;
  /** Per borrowable asset. An asset without a rule cannot be borrowed. */
  readonly interest?: Readonly<Record<string, InterestRule>>;
  /** Per-user caps on what may be owed of an asset (principal). */
  readonly coinLimits?: Readonly<Record<string, DecimalInput>>;
  /** Fee rate of every fill, on what it brings in (`feeAsset`). Default 0. */
  readonly tradingFeeRate?: DecimalInput;
  /** The asset fills pay their fee in. Default: the venue's (Binance, Bitget `received`), else `quote`. */
  readonly feeAsset?: FeeAsset;
  /** Price of every asset other than the valuation asset, in the valuation asset. */
  readonly prices: Readonly<Record<string, DecimalInput>>;
  /** Creation time, epoch ms. */
  readonly at: number;
}
