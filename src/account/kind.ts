import type { AccountKind, CommandRule } from '../decider/kind.js';
import type { Shape } from '../input/shape.js';
import type { CommandOf, CommandType } from './commands.js';
import { decideApplyCoupon } from './commands/applyCoupon.js';
import { decideBorrow } from './commands/borrow.js';
import { decideDeposit } from './commands/deposit.js';
import { decideLiquidate } from './commands/liquidate.js';
import { decideRepay } from './commands/repay.js';
import { decideRepayAll } from './commands/repayAll.js';
import { decideTrade } from './commands/trade.js';
import { decideUpdatePrices } from './commands/updatePrices.js';
import { decideWithdraw } from './commands/withdraw.js';
import { reject, type Draft } from './draft.js';
import type { AccountEvent, EventPayloads } from './events.js';
import { toEvent } from './eventSchema.js';
import { marginChanges } from './evolve.js';
import { chargeInterestDue } from './interestDue.js';
import type { AccountState, Loan, Tranche } from './state.js';
import { isSettled } from '../sealed.js';
import { deepFreeze, eventFreezer, type NestedFieldTable, type NestedFields, type SameNames } from '../freeze.js';
import { riskMeasureOf, statusOfState, valuationOf } from './valuation.js';

function rule<K extends CommandType>(shape: Shape<CommandOf<K>>, decide: (draft: Draft, command: CommandOf<K>) => ReturnType<CommandRule<AccountState, AccountEvent>['decide']>): CommandRule<AccountState, AccountEvent> {
  return { shape: shape as Shape<Record<string, unknown>>, decide: decide as CommandRule<AccountState, AccountEvent>['decide'] };
}

/** Each command's fields and decider (a mapped type: a new command must say). */
const COMMANDS: { readonly [K in CommandType]: CommandRule<AccountState, AccountEvent> } = {
  deposit: /* @__PURE__ */ rule<'deposit'>({ type: true, at: true, asset: true, amount: true }, decideDeposit),
  withdraw: /* @__PURE__ */ rule<'withdraw'>({ type: true, at: true, asset: true, amount: true }, decideWithdraw),
  borrow: /* @__PURE__ */ rule<'borrow'>({ type: true, at: true, asset: true, amount: true, poolRemaining: true }, decideBorrow),
  repay: /* @__PURE__ */ rule<'repay'>({ type: true, at: true, asset: true, amount: true }, decideRepay),
  repayAll: /* @__PURE__ */ rule<'repayAll'>({ type: true, at: true }, decideRepayAll),
  trade: /* @__PURE__ */ rule<'trade'>({ type: true, at: true, side: true, quantity: true, price: true, base: true, quote: true, autoBorrow: true, autoRepay: true, poolRemaining: true }, decideTrade),
  accrue: /* @__PURE__ */ rule<'accrue'>({ type: true, at: true }, () => undefined),
  updatePrices: /* @__PURE__ */ rule<'updatePrices'>({ type: true, at: true, prices: true }, decideUpdatePrices),
  applyCoupon: /* @__PURE__ */ rule<'applyCoupon'>({ type: true, at: true, asset: true, rateMultiplier: true, from: true, to: true }, decideApplyCoupon),
  liquidate: /* @__PURE__ */ rule<'liquidate'>({ type: true, at: true, plan: true }, decideLiquidate),
};

/** The fields of each event that hold records or lists (the prices, the plan's steps); the rest hold decimals and primitives. */
const NESTED: NestedFieldTable<EventPayloads> = {
  Deposited: {},
  Withdrawn: {},
  Borrowed: {},
  Repaid: {},
  TradeFilled: {},
  InterestCharged: {},
  PricesUpdated: { prices: true },
  StatusChanged: {},
  Liquidated: { steps: true },
  LiquidationFeeCharged: {},
  BadDebtCovered: {},
  CouponApplied: {},
};

/** A loan's only nested field is its tranches, and a tranche has none: what `freezeLoans` relies on (it does not compile otherwise). */
const LOANS_WALKED: SameNames<NestedFields<Loan>, 'tranches'> & SameNames<NestedFields<Tranche>, never> = true;

/**
 * Freezes a state's loans as `deepFreeze` would — the record, each loan not frozen yet, its
 * tranches — by their known fields: a generic walk reads each loan's and tranche's fields through
 * one site for every shape ([docs/decisions/0027-freezing-by-known-fields.md](../../docs/decisions/0027-freezing-by-known-fields.md)).
 */
function freezeLoans(loans: AccountState['loans']): void {
  void LOANS_WALKED;
  if (Object.isFrozen(loans)) return;
  Object.freeze(loans);
  for (const asset in loans) {
    const loan = loans[asset]!;
    if (Object.isFrozen(loan)) continue;
    Object.freeze(loan);
    const { tranches } = loan;
    if (Object.isFrozen(tranches)) continue;
    Object.freeze(tranches);
    for (let i = 0; i < tranches.length; i++) Object.freeze(tranches[i]);
  }
}

/** What a `liquidation` status still accepts ([docs/state-machine.md](../../docs/state-machine.md), "Decide, evolve, replay, execute"). */
const ALLOWED_IN_LIQUIDATION: ReadonlySet<string> = new Set(['updatePrices', 'accrue', 'deposit', 'liquidate']);

/**
 * The margin account as the shared decider runs it: interest due is posted before every command,
 * a liquidating account takes only prices, time, deposits and its liquidation, and the status is
 * re-derived from the valuation after.
 */
export const MARGIN: AccountKind<AccountState, AccountEvent> = {
  name: 'margin',
  commands: COMMANDS,
  apply: marginChanges,
  next: (s, c, at) => ({
    config: s.config,
    rules: s.rules,
    balances: c.balances ?? s.balances,
    loans: c.loans ?? s.loans,
    prices: c.prices ?? s.prices,
    coupons: c.coupons ?? s.coupons,
    status: c.status ?? s.status,
    at,
    version: s.version + 1,
  }),
  freeze: (s) => {
    // balances and prices hold decimals only, which stay unfrozen (docs/decisions/0010-performance.md §3)
    Object.freeze(s.balances);
    Object.freeze(s.prices);
    freezeLoans(s.loans);
    deepFreeze(s.coupons);
    return Object.freeze(s);
  },
  freezeEvent: /* @__PURE__ */ eventFreezer<AccountEvent>(NESTED),
  toEvent,
  due: chargeInterestDue,
  gate: (draft, type) =>
    // a settled state that nothing fell due on has the status its valuation gives: no need to value it
    !ALLOWED_IN_LIQUIDATION.has(type) && (isSettled(draft.state) ? draft.state.status : statusOfState(draft.state)) === 'liquidation'
      ? reject('LIQUIDATION_IN_PROGRESS', `${type} is not accepted while the account is being liquidated`, { type })
      : undefined,
  settle: (draft) => {
    // nothing happened to a settled state (an accrual with nothing due): its status is still the one its valuation gives
    if (draft.events.length === 0 && isSettled(draft.state)) return;
    const next = statusOfState(draft.state);
    if (next !== draft.state.status) draft.emit({ type: 'StatusChanged', at: draft.at, from: draft.state.status, to: next, riskRate: riskMeasureOf(draft.state, valuationOf(draft.state)) });
  },
};
