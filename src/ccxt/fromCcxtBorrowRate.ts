import { MarginError, shown } from '../errors.js';
import { toAssetName } from '../input/assetName.js';
import { toRatePeriodHours } from '../interest/toRatePeriodHours.js';
import type { CcxtBorrowRate } from './structures.js';
import { entries, field, needed, structure, text } from './read.js';

const HOUR_MS = 3_600_000;

/** An interest rule as `createAccount`'s `interest` takes it: the rate and the hours it is quoted for. */
export interface CcxtInterestRule {
  /** The rate per `ratePeriodHours` (ccxt's `rate`), a decimal string. */
  readonly rate: string;
  /** ccxt's `period` in hours (86,400,000 ms → 24). */
  readonly ratePeriodHours: number;
}

/**
 * Interest rules from ccxt borrow rate structures (`fetchBorrowRate`, or the list or record
 * `fetchCrossBorrowRates` gives), keyed by currency — `createAccount({ interest })` takes them as
 * they are: ccxt's `period` (milliseconds the rate accrues over) becomes `ratePeriodHours`
 * (86400000 → 24). A period that is not a whole number of hours the library accepts is
 * `INVALID_OPTION`; a missing `currency`, `rate` or `period` is `MISSING_INPUT`. Docs:
 * [docs/ccxt.md](../../docs/ccxt.md).
 *
 * @example
 * fromCcxtBorrowRate({ currency: 'USDT', rate: 0.0006, period: 86400000, timestamp: 1646956800000 })
 * // → { USDT: { rate: '0.0006', ratePeriodHours: 24 } }
 */
export function fromCcxtBorrowRate(rates: CcxtBorrowRate | readonly CcxtBorrowRate[] | Readonly<Record<string, CcxtBorrowRate>>): Record<string, CcxtInterestRule> {
  const record = Array.isArray(rates) ? undefined : structure(rates, 'rates');
  const list: readonly unknown[] = record === undefined ? entries(rates, 'rates') : field(record, 'currency') !== undefined ? [record] : entries(Object.values(record), 'rates');
  const rules: Record<string, CcxtInterestRule> = {};
  list.forEach((value, i) => {
    const where = Array.isArray(rates) || list.length > 1 ? `rates[${i}]` : 'rate';
    const r = structure(value, where);
    const currency = toAssetName(text(r, 'currency', where), `${where}.currency`);
    const rate = needed(r, 'rate', where);
    const period = field(r, 'period');
    if (period === undefined) throw new MarginError('MISSING_INPUT', `${where}.period is missing: the conversion needs the milliseconds the rate accrues over`, { field: `${where}.period` });
    if (typeof period !== 'number' || !Number.isSafeInteger(period) || period <= 0 || period % HOUR_MS !== 0) {
      throw new MarginError('INVALID_OPTION', `${where}.period must be a whole number of hours in milliseconds, got ${shown(period)}`, { field: `${where}.period`, value: shown(period) });
    }
    const hours = period / HOUR_MS;
    toRatePeriodHours(hours, `${where}.period`);
    rules[currency] = Object.freeze({ rate, ratePeriodHours: hours });
  });
  return rules;
}
