import type { DecimalInput } from '../decimal/toDecimal.js';
import type { LiquidationPlan } from '../liquidation/liquidationPlan.js';

/** Every command carries `at` (epoch ms); time may not go backwards. */
export interface CommandPayloads {
  /** Credit `amount` of `asset`. */
  readonly deposit: {
    /** The asset deposited (one of the account's assets). */
    readonly asset: string;
    /** How much, in units of the asset; positive. */
    readonly amount: DecimalInput;
  };
  /** Take `amount` of `asset` out, if the account stays within its venue's transfer rule. */
  readonly withdraw: {
    /** The asset withdrawn. */
    readonly asset: string;
    /** How much, in units of the asset; positive. */
    readonly amount: DecimalInput;
  };
  /** A new loan of `amount` of `asset`, within `maxBorrowable`. */
  readonly borrow: {
    /** The asset borrowed. */
    readonly asset: string;
    /** The principal, in units of the asset; positive. */
    readonly amount: DecimalInput;
    /** What the venue's lending pool has left of the asset right now (a limit on the loan). */
    readonly poolRemaining?: DecimalInput;
  };
  /** Repay a loan, interest first, then principal. */
  readonly repay: {
    /** The loan's asset. */
    readonly asset: string;
    /** An amount in units of the asset, or `'all'` for the whole loan (interest first, then principal). */
    readonly amount: DecimalInput | 'all';
  };
  /**
   * A fill of `quantity` base at `price` quote. `autoBorrow` borrows the shortfall of what is
   * spent (a short sale borrows the base); `autoRepay` uses what the fill brings in to repay that
   * asset's debt. Cross accounts name the pair; isolated ones default to theirs.
   */
  readonly trade: {
    /** `buy`: spend quote for base; `sell`: spend base for quote. */
    readonly side: 'buy' | 'sell';
    /** Units of base; positive. */
    readonly quantity: DecimalInput;
    /** Quote per unit of base; positive. */
    readonly price: DecimalInput;
    /** The asset bought or sold; default the isolated account's base. */
    readonly base?: string;
    /** The asset it is paid in; default the isolated account's quote. */
    readonly quote?: string;
    /** Borrow the shortfall of what the fill spends. Default false. */
    readonly autoBorrow?: boolean;
    /** Repay the debt of the asset the fill brings in, out of it. Default false. */
    readonly autoRepay?: boolean;
    /** The lending pool's remaining amount of the asset `autoBorrow` borrows. */
    readonly poolRemaining?: DecimalInput;
  };
  /** Close every loan, selling other assets (larger balances first) where the owed asset is short. */
  readonly repayAll: Record<never, never>;
  /** Advance time: charge the interest due. */
  readonly accrue: Record<never, never>;
  /** New prices; the status is reclassified at them. */
  readonly updatePrices: {
    /** Valuation asset per unit, by asset; assets not named keep their price. */
    readonly prices: Readonly<Record<string, DecimalInput>>;
  };
  /**
   * Execute a plan from `planLiquidation` made for this account's current version (else
   * `STALE_PLAN`); the plan's prices become the account's.
   */
  readonly liquidate: {
    /** The plan, as `planLiquidation` returned it (or read back from JSON). */
    readonly plan: LiquidationPlan;
  };
  /** A rate discount for an asset's charges in [from, to) (open bounds when absent). */
  readonly applyCoupon: {
    /** The loan asset discounted. */
    readonly asset: string;
    /** What each covered charge's rate is multiplied by; not negative (0.5: half price; 0: free). */
    readonly rateMultiplier: DecimalInput;
    /** Start of the window, epoch ms; absent: from the beginning. */
    readonly from?: number;
    /** End of the window (excluded), epoch ms; absent: open-ended. */
    readonly to?: number;
  };
}

/** The name of a command: `deposit`, `withdraw`, `borrow`, `repay`, `trade`, `repayAll`, `accrue`, `updatePrices`, `liquidate`, `applyCoupon`. */
export type CommandType = keyof CommandPayloads;

/** Every command `decide` accepts, discriminated by `type`; each carries `at` (epoch ms). */
export type AccountCommand = {
  readonly [K in CommandType]: {
    /** The command's name. */
    readonly type: K;
    /** When it is made, epoch ms; not before the account's last `at`. */
    readonly at: number;
  } & CommandPayloads[K];
}[CommandType];

/** The command of one type. */
export type CommandOf<K extends CommandType> = Extract<
  AccountCommand,
  {
    /** The command's name. */
    type: K;
  }
>;

export type { Rejection, RejectionCode } from '../decider/rejection.js';
import type { DecisionOf } from '../decider/rejection.js';

/** What `decide` returns: the events to apply, or a rejection. */
export type Decision = DecisionOf<import('./events.js').AccountEvent>;
