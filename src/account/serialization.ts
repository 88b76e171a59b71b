import { zero, type Decimal } from '../decimal/constructor.js';
import { compare, isZero } from '../decimal/compare.js';
import { INPUT, STORED, type DecimalBudget } from '../decimal/bounds.js';
import { toSignedDecimal, type Sign } from '../decimal/validate.js';
import { MarginError, shown } from '../errors.js';
import { toEpochMs } from '../input/instant.js';
import { requireArray, requireObject, readShape, toChoice, type Shape } from '../input/shape.js';
import { RISK_STATUSES } from '../risk/riskStatus.js';
import { seal } from '../sealed.js';
import type { AccountConfig } from './config.js';
import { toPrices, toRules } from './createAccount.js';
import { toPlain, type AccountJSON } from './json.js';
import { snapshot } from '../input/snapshot.js';
import { MAX_COUPONS, MAX_TRANCHES, trancheCount } from './limits.js';
import type { AccountRules, AccountState, Coupon, Loan, Tranche } from './state.js';
import { statusFrom } from './valuation.js';

type LoanJSON = AccountJSON['loans'][string];
type TrancheJSON = LoanJSON['tranches'][number];
type CouponJSON = AccountJSON['coupons'][number];

const STATE: Shape<AccountJSON> = { config: true, balances: true, loans: true, prices: true, coupons: true, status: true, at: true, version: true };
const LOAN: Shape<LoanJSON> = { principal: true, interest: true, tranches: true };
const TRANCHE: Shape<TrancheJSON> = { principal: true, borrowedAt: true, accruedTo: true };
const COUPON: Shape<CouponJSON> = { asset: true, rateMultiplier: true, from: true, to: true };

function impossible(field: string, why: string, value?: unknown): MarginError {
  return new MarginError('INVALID_STATE', `${field} ${why}${value === undefined ? '' : `, got ${shown(value)}`}: not a state the library could have produced`, {
    field,
    ...(value !== undefined && { value: shown(value) }),
  });
}

/** A decimal of the state: parsed within budget, then held to its sign (`INVALID_STATE`). */
function decimal(value: unknown, field: string, budget: DecimalBudget, sign: Sign): Decimal {
  return toSignedDecimal(value, field, budget, sign, 'INVALID_STATE');
}

function instant(value: unknown, field: string): number {
  return toEpochMs(value, field, 'INVALID_STATE');
}

/** The own entries of a record keyed by the account's assets (`INVALID_STATE` for any other key). */
function entriesOf(value: unknown, field: string, rules: AccountRules): [string, unknown][] {
  requireObject(value, field, 'INVALID_STATE');
  const entries = Object.entries(value);
  for (const [asset] of entries) if (!rules.assets.includes(asset)) throw impossible(`${field}.${asset}`, 'is not an asset of this account', asset);
  return entries;
}

function toTranches(value: unknown, field: string, at: number, createdAt: number): Tranche[] {
  requireArray(value, field, 'INVALID_STATE');
  if (value.length > MAX_TRANCHES) throw impossible(field, `holds more than ${MAX_TRANCHES} open borrows`, value.length);
  let previous = createdAt;
  return value.map((t, i) => {
    const where = `${field}[${i}]`;
    const tranche = readShape(t as TrancheJSON, where, TRANCHE, 'INVALID_STATE', 'INVALID_STATE');
    const borrowedAt = instant(tranche.borrowedAt, `${where}.borrowedAt`);
    if (borrowedAt < previous || borrowedAt > at) throw impossible(`${where}.borrowedAt`, 'must lie between the previous borrow and the state time', borrowedAt);
    previous = borrowedAt;
    const accruedTo = tranche.accruedTo === null ? null : instant(tranche.accruedTo, `${where}.accruedTo`);
    if (accruedTo !== null && (accruedTo < borrowedAt || accruedTo > at)) throw impossible(`${where}.accruedTo`, 'must lie between the borrow and the state time', accruedTo);
    return { principal: decimal(tranche.principal, `${where}.principal`, STORED, 'positive'), borrowedAt, accruedTo };
  });
}

function toLoan(value: unknown, field: string, at: number, createdAt: number): Loan {
  const loan = readShape(value as LoanJSON, field, LOAN, 'INVALID_STATE', 'INVALID_STATE');
  const principal = decimal(loan.principal, `${field}.principal`, STORED, 'nonNegative');
  const interest = decimal(loan.interest, `${field}.interest`, STORED, 'nonNegative');
  if (isZero(principal) && isZero(interest)) throw impossible(field, 'owes nothing (a repaid loan is removed)');
  const tranches = toTranches(loan.tranches, `${field}.tranches`, at, createdAt);
  let sum = zero();
  for (const t of tranches) sum = sum.plus(t.principal);
  if (compare(sum, principal) !== 0) throw impossible(`${field}.tranches`, `sum to ${sum.toFixed()}, not the principal ${principal.toFixed()}`);
  return { principal, interest, tranches };
}

function toCoupons(value: unknown, rules: AccountRules): Coupon[] {
  requireArray(value, 'coupons', 'INVALID_STATE');
  const perAsset = new Map<string, number>();
  return value.map((c, i) => {
    const field = `coupons[${i}]`;
    const coupon = readShape(c as CouponJSON, field, COUPON, 'INVALID_STATE', 'INVALID_STATE');
    if (!rules.assets.includes(coupon.asset)) throw impossible(`${field}.asset`, 'is not an asset of this account', coupon.asset);
    const count = (perAsset.get(coupon.asset) ?? 0) + 1;
    if (count > MAX_COUPONS) throw impossible('coupons', `holds more than ${MAX_COUPONS} coupons of ${coupon.asset}`);
    perAsset.set(coupon.asset, count);
    const from = coupon.from === null ? -Infinity : instant(coupon.from, `${field}.from`);
    const to = coupon.to === null ? Infinity : instant(coupon.to, `${field}.to`);
    if (to < from) throw impossible(`${field}.to`, 'is before its from', to);
    return { asset: coupon.asset, discount: { rateMultiplier: decimal(coupon.rateMultiplier, `${field}.rateMultiplier`, INPUT, 'nonNegative'), from, to } };
  });
}

/**
 * Restores a margin account from `accountToJSON` output exactly (the public `accountFromJSON` dispatches here). Everything is checked, as if the state
 * came from an untrusted store: the configuration (the usual codes), every field's type, budget
 * and sign, and the state's own invariants — balances and debts not negative, every asset the
 * account's, a price for each non-valuation asset, each loan's tranches summing to its principal
 * in borrow order, times within the account's life, at most 500 open borrows and 16
 * coupons per asset, and a status equal to the one the numbers give. A state the library could
 * not have produced is `INVALID_STATE` naming the field; nothing of it is returned.
 * Docs: [docs/state-machine.md](../../docs/state-machine.md).
 *
 * @example
 * const same = accountFromJSON(JSON.parse(JSON.stringify(accountToJSON(state))));
 */
export function marginFromJSON(given: AccountJSON): AccountState {
  const json = readShape(given, '', STATE, 'INVALID_STATE', 'INVALID_STATE');
  requireObject(json.config, 'config', 'INVALID_CONFIG');
  // read once: what is validated below, and kept, is this copy
  const read = snapshot(json.config, 'config', 'INVALID_CONFIG');
  const rules = toRules(read);
  toPrices(rules, read.prices);
  const config = toPlain(read) as AccountConfig;
  const createdAt = toEpochMs(config.at, 'config.at', 'INVALID_CONFIG');
  const at = instant(json.at, 'at');
  if (at < createdAt) throw impossible('at', `is before the account was created (${createdAt})`, at);
  const version = json.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) throw impossible('version', 'must be a whole number of events', version);

  const balances: Record<string, Decimal> = {};
  for (const [asset, value] of entriesOf(json.balances, 'balances', rules)) balances[asset] = decimal(value, `balances.${asset}`, STORED, 'nonNegative');
  const loans: Record<string, Loan> = {};
  for (const [asset, value] of entriesOf(json.loans, 'loans', rules)) loans[asset] = toLoan(value, `loans.${asset}`, at, createdAt);
  if (trancheCount({ loans }) > MAX_TRANCHES) throw impossible('loans', `hold more than ${MAX_TRANCHES} open borrows`);
  const prices: Record<string, Decimal> = {};
  for (const [asset, value] of entriesOf(json.prices, 'prices', rules)) {
    if (asset === rules.valuationAsset) throw impossible(`prices.${asset}`, 'is the valuation asset (its price is 1)');
    prices[asset] = decimal(value, `prices.${asset}`, INPUT, 'positive');
  }
  for (const asset of rules.assets) if (asset !== rules.valuationAsset && prices[asset] === undefined) throw impossible(`prices.${asset}`, 'is missing');
  const coupons = toCoupons(json.coupons, rules);
  const status = toChoice(json.status, 'status', RISK_STATUSES, 'INVALID_STATE');

  const state = seal({ config, rules, balances, loans, prices, coupons, status, at, version }, 'margin', true); // settled: checked below, refused otherwise
  const implied = statusFrom(state);
  if (implied !== status) throw impossible('status', `is ${status}, but the balances, debts and prices give ${implied}`);
  return state;
}
