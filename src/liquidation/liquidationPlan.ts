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
  /** The account's risk rules, as `createAccount` resolved them. */
  readonly rules: {
    /** Every asset the account may hold or owe, the valuation asset among them. */
    readonly assets: readonly string[];
    /** The asset every value is measured in (the quote, e.g. USDT). */
    readonly valuationAsset: string;
    /** The risk model: how risk is measured and which way it worsens. */
    readonly model: ResolvedRiskModel;
    /** The margin-call threshold as a coverage multiple. */
    readonly marginCall: CoverageMultiple;
    /** The liquidation threshold as a coverage multiple. */
    readonly liquidation: CoverageMultiple;
    /** Where a partial liquidation stops when the options name no target (a venue's rule); else the margin call. */
    readonly partialTarget?: CoverageMultiple | undefined;
    /** Maintenance per liability tier (Binance Cross Margin Pro): the levels then depend on the debts. */
    readonly liabilityMaintenance?: LiabilityMaintenance | undefined;
    /** The mode a plan takes when the options name none (a venue's rule: KuCoin `sellAll`); else `partial`. */
    readonly liquidationMode?: LiquidationMode | undefined;
  };
  /** What the account holds of each asset, in its units. */
  readonly balances: Readonly<Record<string, Decimal>>;
  /** What it owes of each asset: principal and posted interest, in its units. */
  readonly loans: Readonly<
    Record<
      string,
      {
        /** Principal owed, in units of the asset. */
        readonly principal: Decimal;
        /** Posted interest owed, in units of the asset. */
        readonly interest: Decimal;
      }
    >
  >;
  /** In the valuation asset; the valuation asset itself is absent (it is 1). */
  readonly prices: Readonly<Record<string, Decimal>>;
  /** The account's version: the number of events applied. */
  readonly version: number;
  /** The account's time, epoch ms. */
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
  /** The step's kind. */
  readonly kind: 'repay';
  /** The loan's asset. */
  readonly asset: string;
  /** `holdings`: paid from what the account held; `proceeds`: from a sale before it. */
  readonly source: 'holdings' | 'proceeds';
  /** Interest repaid, in units of the asset. */
  readonly interest: Decimal;
  /** Principal repaid, in units of the asset. */
  readonly principal: Decimal;
}

/**
 * Sell `quantity` of `asset` for `for` at `price` (valuation asset per unit; `forPrice` likewise):
 * `proceeds` (in `for`, after slippage, rounded down) = q × price × (1 − slippage) / forPrice;
 * `fee` (in `for`, rounded up) = proceeds × feeRate; `slippage` = the value lost to the market
 * and to rounding the proceeds down, in the valuation asset: q × price − proceeds × forPrice.
 */
export interface SellStep {
  /** The step's kind. */
  readonly kind: 'sell';
  /** The asset sold. */
  readonly asset: string;
  /** Units sold, on the asset's lot. */
  readonly quantity: Decimal;
  /** The asset's price, in the valuation asset. */
  readonly price: Decimal;
  /** The asset received (the debt being repaid, or the valuation asset). */
  readonly for: string;
  /** The received asset's price, in the valuation asset (1 for the valuation asset). */
  readonly forPrice: Decimal;
  /** Units of `for` received after slippage, rounded down. */
  readonly proceeds: Decimal;
  /** The liquidation fee on the proceeds, in units of `for`, rounded up. */
  readonly fee: Decimal;
  /** Value lost to the market and to rounding, in the valuation asset. */
  readonly slippage: Decimal;
}

/** The liquidation fee of the sale before it, paid from its proceeds to the insurance fund. */
export interface FeeStep {
  /** The step's kind. */
  readonly kind: 'fee';
  /** The asset the fee is paid in (the sale's `for`). */
  readonly asset: string;
  /** The fee, in units of the asset. */
  readonly amount: Decimal;
}

/** Debt left after every asset was sold, paid by the insurance fund (bad debt). */
export interface CoverStep {
  /** The step's kind. */
  readonly kind: 'cover';
  /** The loan's asset. */
  readonly asset: string;
  /** The debt the fund pays, in units of the asset. */
  readonly amount: Decimal;
}

/** One step of a plan, in the order the engine performs them: `repay`, `sell`, `fee` or `cover`. */
export type LiquidationStep = RepayStep | SellStep | FeeStep | CoverStep;

/** Why a partial request was planned in full. */
export type PartialFallback = 'cannotCure' | 'insufficientAssets';

/** The options a plan was made with, resolved (so executing it can check it is still current). */
export interface ResolvedPlanOptions {
  /** The mode requested (the options', else the account's, else `partial`). */
  readonly mode: LiquidationMode;
  /** The target in the model's measure, or `null` for the account's own (its partial target, else the margin call). */
  readonly targetRiskRate: Decimal | null;
  /** The liquidation fee rate on each sale's proceeds. */
  readonly feeRate: Decimal;
  /** The fraction of each sale's value lost to the market. */
  readonly slippage: Decimal;
  /** Every price the plan used (all non-valuation assets). */
  readonly prices: Readonly<Record<string, Decimal>>;
  /** The quantity step of each asset sold. */
  readonly lotSizes: Readonly<Record<string, Decimal>>;
  /** The smallest sale of each asset. */
  readonly minimums: Readonly<Record<string, Decimal>>;
  /** Assets sold first, in this order. */
  readonly saleOrder: readonly string[];
  /** Debts repaid first, in this order. */
  readonly repayOrder: readonly string[];
  /** Decimal places of proceeds (floor) and fees (ceil). */
  readonly scale: number;
}

/**
 * A liquidation, computed before it is executed. Values named `…Value`, `feeTotal`, `shortfall`
 * and `slippageTotal` are in the valuation asset; step amounts are in their own asset.
 */
export interface LiquidationPlan {
  /** The account version and time it was computed for (`liquidate` rejects it once they change). */
  readonly version: number;
  /** The account's time when the plan was made, epoch ms. */
  readonly at: number;
  /** Whether the account was at or beyond its liquidation threshold at the plan's prices. */
  readonly liquidatable: boolean;
  /** The mode asked for. */
  readonly requestedMode: LiquidationMode;
  /** The mode the steps follow: `full` when a partial request could not cure. */
  readonly mode: LiquidationMode;
  /** Why a partial request was planned in full (`cannotCure`, `insufficientAssets`), else `null`. */
  readonly fallback: PartialFallback | null;
  /** What the engine does, in order: repayments, sales, fees, the fund's cover. */
  readonly steps: readonly LiquidationStep[];
  /** The model's measure before and after (8 places, toward risk; `null` when unbounded). */
  readonly riskBefore: Decimal | null;
  /** The measure after the plan's steps. */
  readonly riskAfter: Decimal | null;
  /** Value of everything held before, in the valuation asset. */
  readonly assetsBefore: Decimal;
  /** Value of everything owed before (principal and interest), in the valuation asset. */
  readonly liabilitiesBefore: Decimal;
  /** Value held after the steps, in the valuation asset. */
  readonly assetsAfter: Decimal;
  /** Value owed after the steps, in the valuation asset. */
  readonly liabilitiesAfter: Decimal;
  /** Fees per asset, and their total value. */
  readonly fees: Readonly<Record<string, Decimal>>;
  /** The fees' total value, in the valuation asset. */
  readonly feeTotal: Decimal;
  /** Value lost to the market and to rounding over all sales, in the valuation asset. */
  readonly slippageTotal: Decimal;
  /** Value of the debt the insurance fund covers (0 unless every asset was sold). */
  readonly shortfall: Decimal;
  /** The options the plan was made with, resolved. */
  readonly options: ResolvedPlanOptions;
}
