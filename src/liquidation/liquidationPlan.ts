import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import type { CoverageMultiple } from '../risk/coverageMultiple.js';
import type { ResolvedRiskModel } from '../risk/model.js';
import type { LiabilityMaintenance } from './liabilityMaintenance.js';

/**
 * What planning reads of an account. `AccountState` satisfies it; the liquidation module does not
 * import the account module (data flows one way), so the shape is stated here.
 */
export interface LiquidationAccount {
  readonly rules: {
    readonly assets: readonly string[];
    readonly valuationAsset: string;
    readonly model: ResolvedRiskModel;
    readonly marginCall: CoverageMultiple;
    readonly liquidation: CoverageMultiple;
    /** Where a partial liquidation stops when the options name no target (a venue's rule); else the margin call. */
    readonly partialTarget?: CoverageMultiple | undefined;
    /** Maintenance per liability tier (Binance Cross Margin Pro): the levels then depend on the debts. */
    readonly liabilityMaintenance?: LiabilityMaintenance | undefined;
    /** The mode a plan takes when the options name none (a venue's rule: KuCoin `sellAll`); else `partial`. */
    readonly liquidationMode?: LiquidationMode | undefined;
  };
  readonly balances: Readonly<Record<string, Decimal>>;
  readonly loans: Readonly<Record<string, { readonly principal: Decimal; readonly interest: Decimal }>>;
  /** In the valuation asset; the valuation asset itself is absent (it is 1). */
  readonly prices: Readonly<Record<string, Decimal>>;
  readonly version: number;
  readonly at: number;
}

/**
 * `partial`: sell only until the account is back at the target risk; `full`: close every loan,
 * selling what that takes; `sellAll`: close every loan and sell everything else the account holds
 * into the valuation asset (KuCoin: "all positions" are liquidated, the rest returned in USDT).
 */
export type LiquidationMode = 'partial' | 'full' | 'sellAll';

/** Every `LiquidationMode`, in the order the docs give them (internal: the validators' list). */
export const LIQUIDATION_MODES: readonly LiquidationMode[] = ['partial', 'full', 'sellAll'];

/** Options of `planLiquidation`: mode, target, fee, slippage, prices, lot sizes, minimums and orders ([docs/liquidation.md](../../docs/liquidation.md)). */
export interface PlanLiquidationOptions {
  /**
   * `partial` (Bitget): sell until the risk is back at `targetRiskRate`; `full`: repay every debt;
   * `sellAll` (KuCoin): repay every debt and sell every other holding into the valuation asset.
   * Default: the account's (its venue's), else `partial`.
   */
  readonly mode?: LiquidationMode;
  /**
   * Partial mode's target in the model's own measure (a risk rate; a margin level for
   * `marginLevel`). Default: the account's partial-liquidation target (the venue's: Bitget 0.5),
   * else its margin-call threshold. Must be safer than liquidation.
   */
  readonly targetRiskRate?: DecimalInput;
  /** Liquidation fee on the value each sale brings in, paid to the insurance fund. Default 0. */
  readonly feeRate?: DecimalInput;
  /** Fraction of each sale's value lost to the market. Default 0. */
  readonly slippage?: DecimalInput;
  /** Prices to value and sell at (valuation asset per unit); default the account's last prices. */
  readonly prices?: Readonly<Record<string, DecimalInput>>;
  /** Quantity step of each asset sold. Default 0.00000001. */
  readonly lotSizes?: Readonly<Record<string, DecimalInput>>;
  /** Smallest quantity of each asset one sale may sell (selling the whole balance is always allowed). Default 0. */
  readonly minimums?: Readonly<Record<string, DecimalInput>>;
  /** Assets to sell first, in this order; the rest follow, largest value first. */
  readonly saleOrder?: readonly string[];
  /** Debts to repay first, in this order; the rest follow, largest value first. */
  readonly repayOrder?: readonly string[];
  /** Decimal places of proceeds (floor) and fees (ceil). Default 8. */
  readonly scale?: number;
}

/** Repay `interest + principal` of `asset` from the account's own holdings or from a sale's proceeds. */
export interface RepayStep {
  readonly kind: 'repay';
  readonly asset: string;
  readonly source: 'holdings' | 'proceeds';
  readonly interest: Decimal;
  readonly principal: Decimal;
}

/**
 * Sell `quantity` of `asset` for `for` at `price` (valuation asset per unit; `forPrice` likewise):
 * `proceeds` (in `for`, after slippage, rounded down) = q × price × (1 − slippage) / forPrice;
 * `fee` (in `for`, rounded up) = proceeds × feeRate; `slippage` = the value lost to the market
 * and to rounding the proceeds down, in the valuation asset: q × price − proceeds × forPrice.
 */
export interface SellStep {
  readonly kind: 'sell';
  readonly asset: string;
  readonly quantity: Decimal;
  readonly price: Decimal;
  readonly for: string;
  readonly forPrice: Decimal;
  readonly proceeds: Decimal;
  readonly fee: Decimal;
  readonly slippage: Decimal;
}

/** The liquidation fee of the sale before it, paid from its proceeds to the insurance fund. */
export interface FeeStep {
  readonly kind: 'fee';
  readonly asset: string;
  readonly amount: Decimal;
}

/** Debt left after every asset was sold, paid by the insurance fund (bad debt). */
export interface CoverStep {
  readonly kind: 'cover';
  readonly asset: string;
  readonly amount: Decimal;
}

/** One step of a plan, in the order the engine performs them: `repay`, `sell`, `fee` or `cover`. */
export type LiquidationStep = RepayStep | SellStep | FeeStep | CoverStep;

/** Why a partial request was planned in full. */
export type PartialFallback = 'cannotCure' | 'insufficientAssets';

/** The options a plan was made with, resolved (so executing it can check it is still current). */
export interface ResolvedPlanOptions {
  readonly mode: LiquidationMode;
  /** The target in the model's measure, or `null` for the account's own (its partial target, else the margin call). */
  readonly targetRiskRate: Decimal | null;
  readonly feeRate: Decimal;
  readonly slippage: Decimal;
  /** Every price the plan used (all non-valuation assets). */
  readonly prices: Readonly<Record<string, Decimal>>;
  readonly lotSizes: Readonly<Record<string, Decimal>>;
  readonly minimums: Readonly<Record<string, Decimal>>;
  readonly saleOrder: readonly string[];
  readonly repayOrder: readonly string[];
  readonly scale: number;
}

/**
 * A liquidation, computed before it is executed. Values named `…Value`, `feeTotal`, `shortfall`
 * and `slippageTotal` are in the valuation asset; step amounts are in their own asset.
 */
export interface LiquidationPlan {
  /** The account version and time it was computed for (`liquidate` rejects it once they change). */
  readonly version: number;
  readonly at: number;
  /** Whether the account was at or beyond its liquidation threshold at the plan's prices. */
  readonly liquidatable: boolean;
  readonly requestedMode: LiquidationMode;
  /** The mode the steps follow: `full` when a partial request could not cure. */
  readonly mode: LiquidationMode;
  readonly fallback: PartialFallback | null;
  readonly steps: readonly LiquidationStep[];
  /** The model's measure before and after (8 places, toward risk; `null` when unbounded). */
  readonly riskBefore: Decimal | null;
  readonly riskAfter: Decimal | null;
  readonly assetsBefore: Decimal;
  readonly liabilitiesBefore: Decimal;
  readonly assetsAfter: Decimal;
  readonly liabilitiesAfter: Decimal;
  /** Fees per asset, and their total value. */
  readonly fees: Readonly<Record<string, Decimal>>;
  readonly feeTotal: Decimal;
  readonly slippageTotal: Decimal;
  /** Value of the debt the insurance fund covers (0 unless every asset was sold). */
  readonly shortfall: Decimal;
  readonly options: ResolvedPlanOptions;
}
