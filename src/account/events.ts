import type { Decimal } from '../decimal/constructor.js';
import type { LiquidationMode, RepayStep, SellStep } from '../liquidation/liquidationPlan.js';
import type { RiskStatus } from '../risk/riskStatus.js';

/** Payload of every event type; an event is `{ type, at, ...payload }`. Amounts are decimals. */
export interface EventPayloads {
  readonly Deposited: { readonly asset: string; readonly amount: Decimal };
  readonly Withdrawn: { readonly asset: string; readonly amount: Decimal };
  readonly Borrowed: { readonly asset: string; readonly amount: Decimal };
  /** A repayment, split interest first, then principal. */
  readonly Repaid: { readonly asset: string; readonly interest: Decimal; readonly principal: Decimal };
  /**
   * A fill: `quantity` of `base` bought or sold at `price` in `quote`; the fee is paid in `feeAsset`
   * (base or quote): out of what the fill brings in, or on top of what it spends.
   */
  readonly TradeFilled: {
    readonly side: 'buy' | 'sell';
    readonly base: string;
    readonly quote: string;
    readonly quantity: Decimal;
    readonly price: Decimal;
    readonly fee: Decimal;
    readonly feeAsset: string;
  };
  /** Interest posted for the loan of `asset` for every charge made before `at`. */
  readonly InterestCharged: { readonly asset: string; readonly amount: Decimal };
  readonly PricesUpdated: { readonly prices: Readonly<Record<string, Decimal>> };
  /** `riskRate` is the model's measure at the change (`null` when unbounded): the notification a service sends. */
  readonly StatusChanged: { readonly from: RiskStatus; readonly to: RiskStatus; readonly riskRate: Decimal | null };
  /**
   * A liquidation plan's sales and repayments, in order (its `fee` and `cover` steps follow as
   * `LiquidationFeeCharged` and `BadDebtCovered`). A sale credits its proceeds before the fee.
   */
  readonly Liquidated: { readonly mode: LiquidationMode; readonly steps: readonly (SellStep | RepayStep)[] };
  /** Liquidation fees taken from the balance of `asset`, paid to the insurance fund. */
  readonly LiquidationFeeCharged: { readonly asset: string; readonly amount: Decimal };
  /** Debt of `asset` left after every asset was sold, paid by the insurance fund (interest first). */
  readonly BadDebtCovered: { readonly asset: string; readonly amount: Decimal };
  readonly CouponApplied: { readonly asset: string; readonly rateMultiplier: Decimal; readonly from: number | null; readonly to: number | null };
}

/** The name of an event: `Deposited`, `Borrowed`, `InterestCharged`, `StatusChanged`, `Liquidated`, … */
export type EventType = keyof EventPayloads;

/** Every event `evolve` applies, discriminated by `type` (past tense); each carries `at`. */
export type AccountEvent = { readonly [K in EventType]: { readonly type: K; readonly at: number } & EventPayloads[K] }[EventType];

/** The event of one type. */
export type EventOf<K extends EventType> = Extract<AccountEvent, { type: K }>;
