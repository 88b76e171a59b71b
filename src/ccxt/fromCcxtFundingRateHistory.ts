import { MarginError, shown } from '../errors.js';
import { toEpochMs } from '../input/instant.js';
import { ccxtContractSymbol } from './ccxtSymbol.js';
import type { CcxtFundingRateHistory } from './structures.js';
import { entries, field, needed, structure, text } from './read.js';

/** One funding instant as the futures account's `settleFunding` command. */
export interface CcxtFundingCommand {
  /** The futures command's name. */
  readonly type: 'settleFunding';
  /** The funding instant (ccxt's `timestamp`), epoch ms. */
  readonly at: number;
  /** The account's market name (`BTC/USDT:USDT` → `BTCUSDT`). */
  readonly market: string;
  /** The funding rate, a decimal string; positive: longs pay. */
  readonly rate: string;
}

/**
 * A funding schedule from ccxt's funding rate history (`fetchFundingRateHistory`): one
 * `settleFunding` command per record, at its `timestamp`, for the account's market named from the
 * symbol (`BTC/USDT:USDT` → `BTCUSDT`), oldest first — `execute` them in order with the marks of
 * each instant. A record without `symbol`, `fundingRate` or `timestamp` is `MISSING_INPUT`; two records
 * for one market at one instant are `INVALID_OPTION`. Docs: [docs/ccxt.md](../../docs/ccxt.md).
 *
 * @example
 * fromCcxtFundingRateHistory([{ symbol: 'BTC/USDT:USDT', fundingRate: -0.000068, timestamp: 1642953600000 }])
 * // → [{ type: 'settleFunding', at: 1642953600000, market: 'BTCUSDT', rate: '-0.000068' }]
 */
export function fromCcxtFundingRateHistory(history: readonly CcxtFundingRateHistory[]): CcxtFundingCommand[] {
  const list = entries(history, 'history');
  const commands = list.map((value, i): CcxtFundingCommand => {
    const where = `history[${i}]`;
    const r = structure(value, where);
    const market = ccxtContractSymbol(text(r, 'symbol', where), `${where}.symbol`).market;
    const timestamp = field(r, 'timestamp');
    if (timestamp === undefined) throw new MarginError('MISSING_INPUT', `${where}.timestamp is missing: the conversion needs the funding instant`, { field: `${where}.timestamp` });
    return { type: 'settleFunding', at: toEpochMs(timestamp as number, `${where}.timestamp`), market, rate: needed(r, 'fundingRate', where) };
  });
  commands.sort((a, b) => a.at - b.at || (a.market < b.market ? -1 : a.market > b.market ? 1 : 0));
  for (let i = 1; i < commands.length; i++) {
    if (commands[i]!.at === commands[i - 1]!.at && commands[i]!.market === commands[i - 1]!.market) {
      throw new MarginError('INVALID_OPTION', `history holds two funding records for ${commands[i]!.market} at ${commands[i]!.at}: ${shown(commands[i]!.rate)} and ${shown(commands[i - 1]!.rate)}`, { field: 'history', value: String(commands[i]!.at) });
    }
  }
  return commands.map((c) => Object.freeze(c));
}
