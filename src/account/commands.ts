import type { DecimalInput } from '../decimal/toDecimal.js';
import type { LiquidationPlan } from '../liquidation/liquidationPlan.js';

/** Every command carries `at` (epoch ms); time may not go backwards. */
export interface CommandPayloads {
  readonly deposit: { readonly asset: string; readonly amount: DecimalInput };
  readonly withdraw: { readonly asset: string; readonly amount: DecimalInput };
  /** `poolRemaining`: what the venue's lending pool has left of the asset right now. */
  readonly borrow: { readonly asset: string; readonly amount: DecimalInput; readonly poolRemaining?: DecimalInput };
  /** An amount, or `'all'` for the whole loan (interest first, then principal). */
  readonly repay: { readonly asset: string; readonly amount: DecimalInput | 'all' };
  /**
   * A fill of `quantity` base at `price` quote. `autoBorrow` borrows the shortfall of what is
   * spent (a short sale borrows the base); `autoRepay` uses what the fill brings in to repay that
   * asset's debt. Cross accounts name the pair; isolated ones default to theirs.
   */
  readonly trade: {
    readonly side: 'buy' | 'sell';
    readonly quantity: DecimalInput;
    readonly price: DecimalInput;
    readonly base?: string;
    readonly quote?: string;
    readonly autoBorrow?: boolean;
    readonly autoRepay?: boolean;
    readonly poolRemaining?: DecimalInput;
  };
  /** Close every loan, selling other assets (larger balances first) where the owed asset is short. */
  readonly repayAll: Record<never, never>;
  /** Advance time: charge the interest due. */
  readonly accrue: Record<never, never>;
  readonly updatePrices: { readonly prices: Readonly<Record<string, DecimalInput>> };
  /**
   * Execute a plan from `planLiquidation` made for this account's current version (else
   * `STALE_PLAN`); the plan's prices become the account's.
   */
  readonly liquidate: { readonly plan: LiquidationPlan };
  /** A rate discount for an asset's charges in [from, to) (open bounds when absent). */
  readonly applyCoupon: { readonly asset: string; readonly rateMultiplier: DecimalInput; readonly from?: number; readonly to?: number };
}

/** The name of a command: `deposit`, `withdraw`, `borrow`, `repay`, `trade`, `repayAll`, `accrue`, `updatePrices`, `liquidate`, `applyCoupon`. */
export type CommandType = keyof CommandPayloads;

/** Every command `decide` accepts, discriminated by `type`; each carries `at` (epoch ms). */
export type AccountCommand = { readonly [K in CommandType]: { readonly type: K; readonly at: number } & CommandPayloads[K] }[CommandType];

/** The command of one type. */
export type CommandOf<K extends CommandType> = Extract<AccountCommand, { type: K }>;

export type { Rejection, RejectionCode } from '../decider/rejection.js';
import type { Rejection } from '../decider/rejection.js';

/** What `decide` returns: the events to apply, or a rejection. */
export type Decision = { readonly ok: true; readonly events: readonly import('./events.js').AccountEvent[] } | { readonly ok: false; readonly rejection: Rejection };
