import type { Decimal } from '../decimal/constructor.js';
import type { LiquidationMode, RepayStep, SellStep } from '../liquidation/liquidationPlan.js';
import type { RiskStatus } from '../risk/riskStatus.js';

/** Payload of every event type; an event is `{ type, at, ...payload }`. Amounts are decimals. */
export interface EventPayloads {
  /** `amount` of `asset` credited to the account. */
  readonly Deposited: {
    /** The asset credited. */
    readonly asset: string;
    /** How much, in units of the asset. */
    readonly amount: Decimal;
  };
  /** `amount` of `asset` taken out of the account. */
  readonly Withdrawn: {
    /** The asset taken out. */
    readonly asset: string;
    /** How much, in units of the asset. */
    readonly amount: Decimal;
  };
  /** A new loan tranche of `amount` of `asset`, credited to the balance; interest runs from `at`. */
  readonly Borrowed: {
    /** The asset borrowed. */
    readonly asset: string;
    /** The principal borrowed, in units of the asset. */
    readonly amount: Decimal;
  };
  /** A repayment, split interest first, then principal. */
  readonly Repaid: {
    /** The asset repaid (the loan's asset). */
    readonly asset: string;
    /** The part that paid posted interest, in units of the asset. */
    readonly interest: Decimal;
    /** The part that paid principal (oldest tranche first), in units of the asset. */
    readonly principal: Decimal;
  };
  /**
   * A fill: `quantity` of `base` bought or sold at `price` in `quote`; the fee is paid in `feeAsset`
   * (base or quote): out of what the fill brings in, or on top of what it spends.
   */
  readonly TradeFilled: {
    /** `buy`: the base comes in and the quote goes out; `sell`: the reverse. */
    readonly side: 'buy' | 'sell';
    /** The asset bought or sold. */
    readonly base: string;
    /** The asset it is priced and paid in. */
    readonly quote: string;
    /** Units of the base filled. */
    readonly quantity: Decimal;
    /** Quote per unit of base. */
    readonly price: Decimal;
    /** The trading fee, in units of `feeAsset` (rounded up). */
    readonly fee: Decimal;
    /** The asset the fee is paid in: the base or the quote. */
    readonly feeAsset: string;
  };
  /** Interest posted for the loan of `asset` for every charge made before `at`. */
  readonly InterestCharged: {
    /** The loan's asset; interest is owed in it. */
    readonly asset: string;
    /** The interest posted, in units of the asset (rounded up). */
    readonly amount: Decimal;
  };
  /** New prices of the account's assets. */
  readonly PricesUpdated: {
    /** Valuation asset per unit, by asset; assets not named keep their price. */
    readonly prices: Readonly<Record<string, Decimal>>;
  };
  /** `riskRate` is the model's measure at the change (`null` when unbounded): the notification a service sends. */
  readonly StatusChanged: {
    /** The status before the change. */
    readonly from: RiskStatus;
    /** The status after it. */
    readonly to: RiskStatus;
    /** The risk model's measure after the change (a risk rate, or a margin level); `null` when unbounded (no debt). */
    readonly riskRate: Decimal | null;
  };
  /**
   * A liquidation plan's sales and repayments, in order (its `fee` and `cover` steps follow as
   * `LiquidationFeeCharged` and `BadDebtCovered`). A sale credits its proceeds before the fee.
   */
  readonly Liquidated: {
    /** The plan's mode: `partial`, `full` or `sellAll`. */
    readonly mode: LiquidationMode;
    /** The plan's sales and repayments, in the order executed. */
    readonly steps: readonly (SellStep | RepayStep)[];
  };
  /** Liquidation fees taken from the balance of `asset`, paid to the insurance fund. */
  readonly LiquidationFeeCharged: {
    /** The asset the fee is taken in (the proceeds' asset). */
    readonly asset: string;
    /** The fee, in units of the asset (rounded up). */
    readonly amount: Decimal;
  };
  /** Debt of `asset` left after every asset was sold, paid by the insurance fund (interest first). */
  readonly BadDebtCovered: {
    /** The loan's asset. */
    readonly asset: string;
    /** The debt the fund paid, in units of the asset. */
    readonly amount: Decimal;
  };
  /** A rate discount for the charges of `asset`'s loans in [from, to). */
  readonly CouponApplied: {
    /** The loan asset the coupon discounts. */
    readonly asset: string;
    /** What each covered charge's rate is multiplied by (0.5: half price; 0: free). */
    readonly rateMultiplier: Decimal;
    /** Start of the window, epoch ms; `null`: from the beginning. */
    readonly from: number | null;
    /** End of the window (excluded), epoch ms; `null`: open-ended. */
    readonly to: number | null;
  };
}

/** The name of an event: `Deposited`, `Borrowed`, `InterestCharged`, `StatusChanged`, `Liquidated`, … */
export type EventType = keyof EventPayloads;

/** Every event `evolve` applies, discriminated by `type` (past tense); each carries `at`. */
export type AccountEvent = {
  readonly [K in EventType]: {
    /** The event's name. */
    readonly type: K;
    /** When it happened, epoch ms. */
    readonly at: number;
  } & EventPayloads[K];
}[EventType];

/** The event of one type. */
export type EventOf<K extends EventType> = Extract<
  AccountEvent,
  {
    /** The event's name. */
    type: K;
  }
>;
