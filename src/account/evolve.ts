import { zero, ZERO, type Decimal } from '../decimal/constructor.js';
import { minus, plus } from '../decimal/addition.js';
import { compare, isNegative, isZero } from '../decimal/compare.js';
import { impossible } from '../decider/apply.js';
import type { AccountEvent, EventOf, EventType } from './events.js';
import { splitRepayment } from '../interest/splitRepayment.js';
import { withEntries, withEntry, withoutEntry, withTwoEntries } from '../record.js';
import { MAX_COUPONS, MAX_TRANCHES, trancheCount } from './limits.js';
import type { AccountState, Coupon, Loan, Tranche } from './state.js';

export type Changes = Partial<Pick<AccountState, 'balances' | 'loans' | 'prices' | 'coupons' | 'status'>>;
type Handlers = { readonly [K in EventType]: (state: AccountState, event: EventOf<K>) => Changes };


function supported(state: AccountState, event: AccountEvent, asset: string): void {
  if (!state.rules.assets.includes(asset)) throw impossible(event, `${asset} is not an asset of this account`);
}

/** A state's balances record. */
export type Balances = Readonly<Record<string, Decimal>>;

/**
 * `balances` (the state's by default) with `amount` of `asset` added — `out`: taken away, a
 * subtraction rather than a product by −1, which big.js would parse from a number each time; a
 * negative result means the event is impossible.
 */
function moved(state: AccountState, event: AccountEvent, asset: string, amount: Decimal, out = false, balances: Balances = state.balances): Balances {
  return withEntry(balances, asset, movedBalance(state, event, asset, amount, out, balances[asset]));
}

/** The balance `held` (absent: 0) of `asset` moved by `amount` (`out`: taken away); negative is impossible. */
function movedBalance(state: AccountState, event: AccountEvent, asset: string, amount: Decimal, out: boolean, held: Decimal | undefined): Decimal {
  supported(state, event, asset);
  const balance = held ?? ZERO;
  const next = out ? minus(balance, amount) : plus(balance, amount);
  if (isNegative(next)) throw impossible(event, `${asset} balance would be ${next.toFixed()}`);
  return next;
}

/**
 * Balances after two moves, applied in order (`firstOut`, `secondOut`: taken away), neither going
 * negative — one new record rather than one per move.
 */
function movedTwice(state: AccountState, event: AccountEvent, first: string, firstAmount: Decimal, firstOut: boolean, second: string, secondAmount: Decimal, secondOut: boolean): Balances {
  if (first === second) return moved(state, event, second, secondAmount, secondOut, moved(state, event, first, firstAmount, firstOut));
  const a = movedBalance(state, event, first, firstAmount, firstOut, state.balances[first]);
  const b = movedBalance(state, event, second, secondAmount, secondOut, state.balances[second]);
  return withTwoEntries(state.balances, first, a, second, b);
}

/** Balances after an exchange: `given` of one asset out, then `got` of the other in (neither may go negative). */
function exchanged(state: AccountState, event: AccountEvent, out: string, given: Decimal, into: string, got: Decimal): Balances {
  return movedTwice(state, event, out, given, true, into, got, false);
}

function withLoan(state: AccountState, asset: string, loan: Loan | undefined): Readonly<Record<string, Loan>> {
  return loan === undefined ? withoutEntry(state.loans, asset) : withEntry(state.loans, asset, loan);
}

/**
 * The balances after a fill: a buy takes base in and pays quote out, a sell the reverse; the fee
 * comes off the leg of its asset (received less, or paid more); base moves first. `value` is
 * quantity × price — given by a decision that has just computed it.
 */
export function filledBalances(s: AccountState, e: EventOf<'TradeFilled'>, value: Decimal = e.quantity.times(e.price)): Balances {
  const buy = e.side === 'buy';
  const feeInBase = e.feeAsset === e.base;
  const baseLeg = !feeInBase ? e.quantity : buy ? minus(e.quantity, e.fee) : plus(e.quantity, e.fee);
  const quoteLeg = feeInBase ? value : buy ? plus(value, e.fee) : minus(value, e.fee);
  return movedTwice(s, e, e.base, baseLeg, !buy, e.quote, quoteLeg, buy);
}

/** Principal repaid from the oldest tranche first. */
function reduceTranches(tranches: readonly Tranche[], amount: Decimal): Tranche[] {
  let left = amount;
  const kept: Tranche[] = [];
  for (const t of tranches) {
    if (isZero(left)) kept.push(t);
    else if (compare(t.principal, left) <= 0) left = minus(left, t.principal);
    else {
      kept.push({ principal: minus(t.principal, left), borrowedAt: t.borrowedAt, accruedTo: t.accruedTo });
      left = zero();
    }
  }
  return kept;
}

/** A loan reduced by `interest` and `principal` (interest first is the caller's split). */
function reducedLoans(state: AccountState, event: AccountEvent, asset: string, interest: Decimal, principal: Decimal): Readonly<Record<string, Loan>> {
  const loan = state.loans[asset];
  if (loan === undefined) throw impossible(event, `no loan of ${asset}`);
  if (compare(interest, loan.interest) > 0 || compare(principal, loan.principal) > 0) throw impossible(event, `repays more than is owed of ${asset}`);
  const left = { principal: minus(loan.principal, principal), interest: minus(loan.interest, interest) };
  return withLoan(state, asset, isZero(left.principal) && isZero(left.interest) ? undefined : { principal: left.principal, interest: left.interest, tranches: reduceTranches(loan.tranches, principal) });
}

/** Repaid from the asset's balance. */
function repaid(state: AccountState, event: AccountEvent, asset: string, interest: Decimal, principal: Decimal): Changes {
  return { loans: reducedLoans(state, event, asset, interest, principal), balances: moved(state, event, asset, plus(interest, principal), true) };
}

/** A liquidation's sales and repayments, applied in order. */
function liquidated(state: AccountState, event: EventOf<'Liquidated'>): Changes {
  let s = state;
  for (const step of event.steps) {
    const changes: Changes =
      step.kind === 'sell'
        ? { balances: exchanged(s, event, step.asset, step.quantity, step.for, step.proceeds) }
        : repaid(s, event, step.asset, step.interest, step.principal);
    s = { ...s, ...changes };
  }
  return { balances: s.balances, loans: s.loans };
}

const handlers: Handlers = {
  Deposited: (s, e) => ({ balances: moved(s, e, e.asset, e.amount) }),
  Withdrawn: (s, e) => ({ balances: moved(s, e, e.asset, e.amount, true) }),
  Borrowed: (s, e) => {
    const loan = s.loans[e.asset];
    if (trancheCount(s) >= MAX_TRANCHES) throw impossible(e, `the account already has ${MAX_TRANCHES} open borrows`);
    const tranche: Tranche = { principal: e.amount, borrowedAt: e.at, accruedTo: null };
    return {
      balances: moved(s, e, e.asset, e.amount),
      loans: withLoan(s, e.asset, {
        principal: plus(loan?.principal ?? ZERO, e.amount),
        interest: loan?.interest ?? zero(),
        tranches: [...(loan?.tranches ?? []), tranche],
      }),
    };
  },
  Repaid: (s, e) => repaid(s, e, e.asset, e.interest, e.principal),
  TradeFilled: (s, e) => ({ balances: filledBalances(s, e) }),
  InterestCharged: (s, e) => {
    const loan = s.loans[e.asset];
    if (loan === undefined) throw impossible(e, `no loan of ${e.asset}`);
    const tranches = loan.tranches.map((t): Tranche => ({ principal: t.principal, borrowedAt: t.borrowedAt, accruedTo: e.at }));
    return { loans: withLoan(s, e.asset, { principal: loan.principal, interest: plus(loan.interest, e.amount), tranches }) };
  },
  PricesUpdated: (s, e) => {
    for (const asset of Object.keys(e.prices)) {
      supported(s, e, asset);
      if (asset === s.rules.valuationAsset) throw impossible(e, `${asset} is the valuation asset: its price is 1`);
    }
    return { prices: withEntries(s.prices, e.prices) };
  },
  StatusChanged: (s, e) => {
    if (e.from !== s.status) throw impossible(e, `status is ${s.status}, not ${e.from}`);
    return { status: e.to };
  },
  Liquidated: liquidated,
  LiquidationFeeCharged: (s, e) => ({ balances: moved(s, e, e.asset, e.amount, true) }),
  BadDebtCovered: (s, e) => {
    const loan = s.loans[e.asset];
    if (loan === undefined) throw impossible(e, `no loan of ${e.asset}`);
    const { interestPaid, principalPaid } = splitRepayment(e.amount, loan.interest, loan.principal);
    if (!plus(interestPaid, principalPaid).eq(e.amount)) throw impossible(e, `covers more than is owed of ${e.asset}`);
    return { loans: reducedLoans(s, e, e.asset, interestPaid, principalPaid) };
  },
  CouponApplied: (s, e) => {
    supported(s, e, e.asset);
    // Every charge before e.at is posted before a command acts, so a window that has ended can no
    // longer discount anything: it is dropped, which keeps what a state holds bounded.
    const coupons: Coupon[] = s.coupons.filter((c) => c.discount.to > e.at);
    if (coupons.filter((c) => c.asset === e.asset).length >= MAX_COUPONS) throw impossible(e, `${e.asset} already has ${MAX_COUPONS} coupons in force`);
    coupons.push({ asset: e.asset, discount: { rateMultiplier: e.rateMultiplier, from: e.from ?? -Infinity, to: e.to ?? Infinity } });
    return { coupons };
  },
};

/** What one margin event changes in a state (the shared decider applies and seals it). */
export function marginChanges(state: AccountState, event: AccountEvent): Changes {
  return (handlers[event.type] as (s: AccountState, e: AccountEvent) => Changes)(state, event);
}
