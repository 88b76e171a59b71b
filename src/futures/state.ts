import type { Decimal } from '../decimal/constructor.js';
import type { MaintenanceBasis } from '../liquidation/priceSolvers.js';
import type { ResolvedTiers } from '../liquidation/tiers.js';
import type { Contract, Side } from '../positions/position.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import type { FuturesLiquidationStyle } from './planFuturesLiquidation.js';
import type { FuturesConfig, FuturesMarginMode, FuturesPositionMode } from './config.js';



/** A validated market. */
export interface ResolvedFuturesMarket {
  /** `linear` (settled in the quote) or `inverse` (settled in the base). */
  readonly contract: Contract;
  /** One contract: base units (linear) or quote units (inverse). */
  readonly contractSize: Decimal;
  /** The price step, or `undefined`: prices are not gridded. */
  readonly tickSize: Decimal | undefined;
  /** The quantity step in contracts, or `undefined`: not gridded. */
  readonly lotSize: Decimal | undefined;
  /** The highest leverage the market allows. */
  readonly maxLeverage: Decimal;
  /** The flat maintenance rate, or `undefined` when `tiers` are given. */
  readonly maintenanceMarginRate: Decimal | undefined;
  /** The maintenance tiers by notional, or `undefined` when a flat rate is given. */
  readonly tiers: ResolvedTiers | undefined;
  /** Whether maintenance is valued at the mark price or at entry. */
  readonly maintenanceBasis: MaintenanceBasis;
  /** The fee of a maker fill, a fraction of its value. */
  readonly makerFeeRate: Decimal;
  /** The fee of a taker fill, a fraction of its value. */
  readonly takerFeeRate: Decimal;
  /** Hours between fundings (8 on most venues). */
  readonly fundingIntervalHours: number;
  /** A dated contract's expiry, epoch ms; `undefined`: perpetual. */
  readonly expiresAt: number | undefined;
}

/** The validated rules of a futures account. */
export interface FuturesRules {
  /** `isolated` (each position its own margin) or `cross` (the wallet backs every position). */
  readonly marginMode: FuturesMarginMode;
  /** `oneWay` (one position per market) or `hedge` (a long and a short). */
  readonly positionMode: FuturesPositionMode;
  /** The asset margin, PnL, fees and funding are in. */
  readonly settlementAsset: string;
  /** The markets the account trades, by name. */
  readonly markets: Readonly<Record<string, ResolvedFuturesMarket>>;
  /** The margin ratio at which the status is `marginCall`, or `undefined`: none. */
  readonly marginCallRatio: Decimal | undefined;
  /** `planFuturesLiquidation`'s default style. */
  readonly liquidationStyle: FuturesLiquidationStyle;
}

/** One open position (one-way mode: at most one per market; hedge mode: at most a long and a short). */
export interface FuturesPosition {
  /** `long` or `short`. */
  readonly side: Side;
  /** Contracts, positive. */
  readonly quantity: Decimal;
  /** Average entry price (8 places; a long's rounded up, a short's down). */
  readonly entryPrice: Decimal;
  /** Isolated: the margin posted to the position (funding is paid from it). Cross: 0 (the wallet backs it). */
  readonly margin: Decimal;
  /** PnL realised by reductions since the position opened (fees not included). */
  readonly realisedPnl: Decimal;
  /** Funding paid since the position opened (negative: received). */
  readonly fundingPaid: Decimal;
}

/** An immutable futures account. Deeply frozen; change it only through `execute`/`evolve`. */
export interface FuturesState {
  /** Which account kind this is. */
  readonly kind: 'futures';
  /** The configuration it was created with, as plain JSON. */
  readonly config: FuturesConfig;
  /** The validated rules the account runs on. */
  readonly rules: FuturesRules;
  /** The settlement asset held: free balance (isolated), or the wallet every position shares (cross). */
  readonly wallet: Decimal;
  /** Open positions by key: the market in one-way mode (`BTCUSDT`), the market and side in hedge mode (`BTCUSDT:long`). */
  readonly positions: Readonly<Record<string, FuturesPosition>>;
  /** The leverage of each market (hedge mode: both sides'). */
  readonly leverage: Readonly<Record<string, Decimal>>;
  /** The last mark price of each market. */
  readonly marks: Readonly<Record<string, Decimal>>;
  /** The risk status at the last event (by the highest margin ratio). */
  readonly status: RiskStatus;
  /** Time of the last event, epoch ms. */
  readonly at: number;
  /** Number of events applied since creation. */
  readonly version: number;
}
