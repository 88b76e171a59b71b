import { requireSealed } from '../sealed.js';
import type { AccountState } from '../account/state.js';

/** A loan of a margin account as ccxt's borrow interest structure, its amounts as exact decimal strings. */
export interface ToCcxtBorrowInterest {
  /** The isolated pair (`'BTC/USDT'`); absent for a cross account. */
  readonly symbol?: string;
  /** The loan's currency. */
  readonly currency: string;
  /** Interest charged and not yet paid. */
  readonly interest: string;
  /** The loan's rate, per `ratePeriodHours` of the account's interest rule. */
  readonly interestRate: string;
  /** The principal owed. */
  readonly amountBorrowed: string;
  /** The account's mode. */
  readonly marginMode: 'cross' | 'isolated';
  /** The account's time, epoch ms. */
  readonly timestamp: number;
  /** `timestamp` as ISO 8601. */
  readonly datetime: string;
  /** Empty: there is no venue response behind it. */
  readonly info: Readonly<Record<string, never>>;
}

/**
 * Each open loan of a margin account as ccxt's borrow interest structure (what `fetchBorrowInterest`
 * returns), so a bot or service can hold the account's debts in the shape it already handles.
 * Amounts are decimal strings — exact, where ccxt would give numbers (`Number()` them if a ccxt type
 * needs it). Docs: [docs/ccxt.md](../../docs/ccxt.md).
 *
 * @example
 * toCcxtBorrowInterest(account)
 * // → [{ currency: 'USDT', interest: '0.00004842', interestRate: '0.0002', amountBorrowed: '5.81', marginMode: 'cross', … }]
 */
export function toCcxtBorrowInterest(state: AccountState): ToCcxtBorrowInterest[] {
  requireSealed(state, 'state', 'margin');
  const { rules } = state;
  const symbol = rules.mode === 'isolated' && rules.base !== undefined && rules.quote !== undefined ? { symbol: `${rules.base}/${rules.quote}` } : {};
  return Object.entries(state.loans).map(([currency, loan]) =>
    Object.freeze({
      ...symbol,
      currency,
      interest: loan.interest.toFixed(),
      interestRate: rules.interest[currency]?.rate.toFixed() ?? '0',
      amountBorrowed: loan.principal.toFixed(),
      marginMode: rules.mode,
      timestamp: state.at,
      datetime: new Date(state.at).toISOString(),
      info: Object.freeze({}),
    }),
  );
}
