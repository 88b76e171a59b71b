import { D, type Decimal } from '../decimal/constructor.js';
import { MarginError } from '../errors.js';
import { toAssetName } from '../input/assetName.js';
import type { CcxtBorrowInterest } from './structures.js';
import { entries, field, needed, structure, text } from './read.js';

/** What ccxt's borrow interest records say is owed, per currency: the principal borrowed and the interest charged on it. */
export interface CcxtLoan {
  /** The principal borrowed (the latest record's `amountBorrowed`), a decimal string. */
  readonly principal: string;
  /** The interest charged over the records, summed, a decimal string. */
  readonly interest: string;
}

/**
 * The loans a list of ccxt borrow interest records describes (`fetchBorrowInterest`): per currency,
 * the latest record's `amountBorrowed` as the principal and the sum of every record's `interest` as
 * what was charged — the `debt` of a monitored account's holding is principal + interest. A record
 * without `currency`, `amountBorrowed` or `interest` is `MISSING_INPUT` naming it. Docs:
 * [docs/ccxt.md](../../docs/ccxt.md).
 *
 * @example
 * fromCcxtBorrowInterest([{ currency: 'USDT', interest: 0.00004842, interestRate: 0.0002, amountBorrowed: 5.81, timestamp: 1648699200000 }])
 * // → { USDT: { principal: '5.81', interest: '0.00004842' } }
 */
export function fromCcxtBorrowInterest(records: readonly CcxtBorrowInterest[]): Record<string, CcxtLoan> {
  const list = entries(records, 'records');
  const loans: Record<string, { principal: string; interest: Decimal; at: number }> = {};
  list.forEach((value, i) => {
    const where = `records[${i}]`;
    const r = structure(value, where);
    const currency = toAssetName(text(r, 'currency', where), `${where}.currency`);
    const principal = needed(r, 'amountBorrowed', where);
    const interest = new D(needed(r, 'interest', where));
    const timestamp = field(r, 'timestamp');
    const at = typeof timestamp === 'number' && Number.isFinite(timestamp) ? timestamp : -Infinity;
    if (interest.lt(0)) throw new MarginError('NEGATIVE_AMOUNT', `${where}.interest must not be negative`, { field: `${where}.interest` });
    const held = loans[currency];
    if (held === undefined) loans[currency] = { principal, interest, at };
    else loans[currency] = { principal: at >= held.at ? principal : held.principal, interest: held.interest.plus(interest), at: Math.max(at, held.at) };
  });
  return Object.fromEntries(Object.entries(loans).map(([c, l]) => [c, Object.freeze({ principal: l.principal, interest: l.interest.toFixed() })]));
}
