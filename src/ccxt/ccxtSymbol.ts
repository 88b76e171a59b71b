import { MarginError, shown } from '../errors.js';
import { toAssetName } from '../input/assetName.js';
import type { Contract } from '../positions/position.js';

/** A ccxt contract symbol read: its currencies, the contract kind, and the market name a futures account uses. */
export interface CcxtContractSymbol {
  readonly base: string;
  readonly quote: string;
  readonly settle: string;
  /** `linear` when it settles in the quote, `inverse` when in the base. */
  readonly contract: Contract;
  /** The account's market name: base and quote (`BTC/USDT:USDT` → `BTCUSDT`), and a dated contract's expiry (`BTCUSDT-240628`). */
  readonly market: string;
}

const SYMBOL = /^([^/:]+)\/([^/:]+):([^/:-]+)(?:-(\d{6}))?$/;

/**
 * Reads a ccxt contract symbol `BASE/QUOTE:SETTLE` (a dated one `…-YYMMDD`): a contract settled in
 * its quote is linear, in its base inverse; one settled in a third currency (quanto), an option, or a
 * spot symbol is `INVALID_OPTION` naming `field` — the futures account does not model it.
 */
export function ccxtContractSymbol(symbol: unknown, field: string): CcxtContractSymbol {
  const m = typeof symbol === 'string' ? SYMBOL.exec(symbol) : null;
  if (m === null) throw new MarginError('INVALID_OPTION', `${field} must be a ccxt contract symbol BASE/QUOTE:SETTLE (e.g. 'BTC/USDT:USDT'), got ${shown(symbol)}`, { field, value: shown(symbol) });
  const [base, quote, settle] = [toAssetName(m[1], `${field} (base)`), toAssetName(m[2], `${field} (quote)`), toAssetName(m[3], `${field} (settle)`)];
  if (settle !== quote && settle !== base) throw new MarginError('INVALID_OPTION', `${field} settles in ${settle}, neither its base nor its quote: a quanto contract, which the futures account does not model`, { field, value: shown(symbol) });
  return { base, quote, settle, contract: settle === quote ? 'linear' : 'inverse', market: toAssetName(`${base}${quote}${m[4] === undefined ? '' : `-${m[4]}`}`, field) };
}
