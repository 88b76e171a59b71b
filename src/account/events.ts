import type { Decimal } from '../decimal/constructor.js';
import type { RiskStatus } from '../risk/riskStatus.js';

/** Payload of every event type; an event is `{ type, at, ...payload }`. Amounts are decimals. */
export interface EventPayloads {
  readonly Deposited: { readonly asset: string; readonly amount: Decimal };
  readonly Withdrawn: { readonly asset: string; readonly amount: Decimal };
  readonly Borrowed: { readonly asset: string; readonly amount: Decimal };
  /** A repayment, split interest first, then principal. */
  readonly Repaid: { readonly asset: string; readonly interest: Decimal; readonly principal: Decimal };
  /** A fill: `quantity` of `base` bought or sold at `price` in `quote`; the fee is paid in `quote`. */
  readonly TradeFilled: {
    readonly side: 'buy' | 'sell';
    readonly base: string;
    readonly quote: string;
    readonly quantity: Decimal;
    readonly price: Decimal;
    readonly fee: Decimal;
  };
  /** Interest posted for the loan of `asset` for every charge made before `at`. */
  readonly InterestCharged: { readonly asset: string; readonly amount: Decimal };
  readonly PricesUpdated: { readonly prices: Readonly<Record<string, Decimal>> };
  /** `riskRate` is the model's measure at the change (`null` when unbounded): the notification a service sends. */
  readonly StatusChanged: { readonly from: RiskStatus; readonly to: RiskStatus; readonly riskRate: Decimal | null };
  readonly CouponApplied: { readonly asset: string; readonly rateMultiplier: Decimal; readonly from: number | null; readonly to: number | null };
}

export type EventType = keyof EventPayloads;

export type AccountEvent = { readonly [K in EventType]: { readonly type: K; readonly at: number } & EventPayloads[K] }[EventType];

export type EventOf<K extends EventType> = Extract<AccountEvent, { type: K }>;
