import { MarginError } from '../errors.js';
import { isAssetName } from '../input/assetName.js';
import type { Holding } from '../monitoring/monitoredAccount.js';
import type { CcxtBalance } from './structures.js';
import { field, needed, structure } from './read.js';

/** ccxt's top-level balance keys that are not currencies. */
const NOT_CURRENCIES = new Set(['info', 'timestamp', 'datetime', 'free', 'used', 'total', 'debt']);

/**
 * The holdings of a ccxt balance structure (`fetchBalance` of a margin account): each currency's
 * `total` (free + used) as `held`, and its `debt` where ccxt gives one — the `holdings` of a
 * `MonitoredAccount` (`createAccountBook`, `createLiquidationIndex`). Currency codes must be asset names
 * (ccxt's unified codes are); a balance with no total at all is `MISSING_INPUT`. Docs:
 * [docs/ccxt.md](../../docs/ccxt.md).
 *
 * @example
 * fromCcxtBalance({ BTC: { free: 321, used: 234, total: 555 }, USD: { free: 123, used: 456, total: 579 } })
 * // → { BTC: { held: '555' }, USD: { held: '579' } }
 */
export function fromCcxtBalance(balance: CcxtBalance): Record<string, Holding> {
  const b = structure(balance, 'balance');
  const holdings: Record<string, { held: string; debt?: string }> = {};
  const totals = field(b, 'total');
  if (totals !== undefined) {
    const t = structure(totals, 'balance.total');
    for (const currency of Object.keys(t)) if (isAssetName(currency) && field(t, currency) !== undefined) holdings[currency] = { held: needed(t, currency, 'balance.total') };
  }
  for (const currency of Object.keys(b)) {
    if (NOT_CURRENCIES.has(currency) || !isAssetName(currency)) continue;
    const entry = structure(field(b, currency), `balance.${currency}`);
    if (field(entry, 'total') !== undefined) holdings[currency] = { ...holdings[currency], held: needed(entry, 'total', `balance.${currency}`) };
    if (field(entry, 'debt') !== undefined) holdings[currency] = { held: holdings[currency]?.held ?? '0', debt: needed(entry, 'debt', `balance.${currency}`) };
  }
  if (Object.keys(holdings).length === 0) throw new MarginError('MISSING_INPUT', 'balance has no total for any currency: the conversion needs balance.total or balance.<CODE>.total', { field: 'balance.total' });
  return holdings;
}
