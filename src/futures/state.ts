import type { Decimal } from '../decimal/constructor.js';
import type { MaintenanceBasis } from '../liquidation/priceSolvers.js';
import type { ResolvedTiers } from '../liquidation/tiers.js';
import type { Contract, Side } from '../positions/position.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import type { FuturesLiquidationStyle } from './planFuturesLiquidation.js';
import type { FuturesConfig, FuturesMarginMode, FuturesPositionMode } from './config.js';



/** A validated market. */
export interface ResolvedFuturesMarket {
  readonly contract: Contract;
  readonly contractSize: Decimal;
  readonly tickSize: Decimal | undefined;
  readonly lotSize: Decimal | undefined;
  readonly maxLeverage: Decimal;
  readonly maintenanceMarginRate: Decimal | undefined;
  readonly tiers: ResolvedTiers | undefined;
  readonly maintenanceBasis: MaintenanceBasis;
  readonly makerFeeRate: Decimal;
  readonly takerFeeRate: Decimal;
  readonly fundingIntervalHours: number;
  readonly expiresAt: number | undefined;
}

/** The validated rules of a futures account. */
export interface FuturesRules {
  readonly marginMode: FuturesMarginMode;
  readonly positionMode: FuturesPositionMode;
  readonly settlementAsset: string;
  readonly markets: Readonly<Record<string, ResolvedFuturesMarket>>;
  readonly marginCallRatio: Decimal | undefined;
  /** `planFuturesLiquidation`'s default style. */
  readonly liquidationStyle: FuturesLiquidationStyle;
}

/** One open position (one-way mode: at most one per market; hedge mode: at most a long and a short). */
export interface FuturesPosition {
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
  readonly kind: 'futures';
  /** The configuration it was created with, as plain JSON. */
  readonly config: FuturesConfig;
  readonly rules: FuturesRules;
  /** The settlement asset held: free balance (isolated), or the wallet every position shares (cross). */
  readonly wallet: Decimal;
  /** Open positions by key: the market in one-way mode (`BTCUSDT`), the market and side in hedge mode (`BTCUSDT:long`). */
  readonly positions: Readonly<Record<string, FuturesPosition>>;
  /** The leverage of each market (hedge mode: both sides'). */
  readonly leverage: Readonly<Record<string, Decimal>>;
  readonly marks: Readonly<Record<string, Decimal>>;
  readonly status: RiskStatus;
  readonly at: number;
  readonly version: number;
}
