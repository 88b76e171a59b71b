/** Codes of the business rejections `decide` returns (never throws), for either account kind. */
export type RejectionCode =
  | 'CLOCK_REWIND'
  | 'LIQUIDATION_IN_PROGRESS'
  | 'UNSUPPORTED_ASSET'
  | 'INSUFFICIENT_BALANCE'
  | 'STATUS_NOT_NORMAL'
  | 'RISK_LIMIT'
  | 'NOT_BORROWABLE'
  | 'BORROW_LIMIT'
  | 'NO_DEBT'
  | 'EXCEEDS_DEBT'
  | 'STALE_PLAN'
  | 'NOT_LIQUIDATABLE'
  | 'DUST_FILL'
  | 'COUPON_LIMIT'
  | 'UNSUPPORTED_MARKET'
  | 'NO_POSITION'
  | 'REDUCE_ONLY'
  | 'LEVERAGE_LIMIT'
  | 'INSUFFICIENT_MARGIN'
  | 'OFF_GRID'
  | 'CROSS_MARGIN'
  | 'NOT_EXPIRED'
  | 'MARKET_EXPIRED'
  | 'POSITION_MODE';

/** A business refusal: a code from `RejectionCode`, a message and details. Never thrown. */
export interface Rejection {
  /** Why the command was refused (`INSUFFICIENT_BALANCE`, `STALE_PLAN`, …; docs/errors.md). */
  readonly code: RejectionCode;
  /** The reason in words, naming the field and figures. */
  readonly message: string;
  /** The field at fault and the figures involved, as strings. */
  readonly details: Readonly<Record<string, string>>;
}

export function reject(code: RejectionCode, message: string, details: Record<string, string> = {}): Rejection {
  return Object.freeze({ code, message, details: Object.freeze(details) });
}

/** What `decide` returns for an account whose events are `E`: the events to apply, or a rejection. */
export type DecisionOf<E> =
  | {
      /** Accepted. */
      readonly ok: true;
      /** The events the command produces, in order; apply them with `evolve`. */
      readonly events: readonly E[];
    }
  | Refusal;

/** What `execute` returns for an account of state `S` and events `E`: the new state and the events, or a rejection with the state unchanged. */
export type ExecutionOf<S, E> =
  | {
      /** Accepted. */
      readonly ok: true;
      /** The account after the command's events. */
      readonly state: S;
      /** The events the command produced, in order. */
      readonly events: readonly E[];
    }
  | Refusal;

/** A command refused: nothing changes. */
export interface Refusal {
  /** Refused; nothing changes. */
  readonly ok: false;
  /** Why: a code, a message and the field at fault. */
  readonly rejection: Rejection;
}
