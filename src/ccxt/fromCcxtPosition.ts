import { MarginError, shown } from '../errors.js';
import type { Contract, Side } from '../positions/position.js';
import type { FuturesMarginMode } from '../futures/config.js';
import { ccxtContractSymbol } from './ccxtSymbol.js';
import type { CcxtPosition } from './structures.js';
import { field, needed, structure, text } from './read.js';

/** A ccxt position as the futures account's inputs: its market, and the fill that opens the same position. */
export interface CcxtFuturesPosition {
  /** The account's market name (`BTC/USDT:USDT` → `BTCUSDT`). */
  readonly market: string;
  /** `linear` (settled in the quote) or `inverse` (settled in the base), from the symbol's settle currency. */
  readonly contract: Contract;
  /** One contract's size (linear: base units; inverse: quote units); `'1'` when ccxt gives none. */
  readonly contractSize: string;
  /** The asset the contract settles in (the symbol's `:SETTLE`). */
  readonly settlementAsset: string;
  /** `long` or `short`. */
  readonly side: Side;
  /** Contracts. */
  readonly quantity: string;
  /** The average entry price. */
  readonly entryPrice: string;
  /** The mark price, when ccxt gave one. */
  readonly markPrice?: string;
  /** The position's leverage, when ccxt gave one. */
  readonly leverage?: string;
  /** `cross` or `isolated`, when ccxt gave one. */
  readonly marginMode?: FuturesMarginMode;
  /** Hedge mode's side of the position (ccxt `hedged: true`). */
  readonly positionSide?: Side;
  /** The `trade` fields that open this position in an account on this market (at its entry price; add `type` and `at`). */
  readonly trade: {
    /** The market's name. */
    readonly market: string;
    /** `buy` for a long, `sell` for a short. */
    readonly side: 'buy' | 'sell';
    /** The position's contracts. */
    readonly quantity: string;
    /** Its entry price. */
    readonly price: string;
    /** Hedge mode: the position's side. */
    readonly positionSide?: Side;
  };
}

/**
 * A ccxt position structure (`fetchPositions`) as the futures account's inputs: the market (name,
 * linear or inverse from the symbol's settle currency, contract size), the side, contracts, entry and
 * mark, and the `trade` that opens it — so a bot can replay what the venue holds and ask
 * `positionView` for its liquidation price. A missing `symbol`, `side`, `contracts` or `entryPrice`
 * is `MISSING_INPUT`; a quanto or non-contract symbol `INVALID_OPTION`. Docs:
 * [docs/ccxt.md](../../docs/ccxt.md).
 *
 * @example
 * fromCcxtPosition({ symbol: 'BTC/USD:BTC', side: 'long', contracts: 5, contractSize: 100, entryPrice: 20000, markPrice: 20050, leverage: 100, marginMode: 'cross', hedged: false })
 * // → { market: 'BTCUSD', contract: 'inverse', contractSize: '100', settlementAsset: 'BTC', side: 'long', quantity: '5', entryPrice: '20000', … }
 */
export function fromCcxtPosition(position: CcxtPosition): CcxtFuturesPosition {
  const p = structure(position, 'position');
  const symbol = ccxtContractSymbol(text(p, 'symbol', 'position'), 'position.symbol');
  const given = text(p, 'side', 'position');
  if (given !== 'long' && given !== 'short') throw new MarginError('INVALID_SIDE', `position.side must be 'long' or 'short', got ${shown(given)}`, { field: 'position.side', value: shown(given) });
  const side: Side = given;
  const quantity = needed(p, 'contracts', 'position');
  const entryPrice = needed(p, 'entryPrice', 'position');
  const marginMode = field(p, 'marginMode');
  if (marginMode !== undefined && marginMode !== 'cross' && marginMode !== 'isolated') {
    throw new MarginError('INVALID_OPTION', `position.marginMode must be 'cross' or 'isolated', got ${shown(marginMode)}`, { field: 'position.marginMode', value: shown(marginMode) });
  }
  const hedged = field(p, 'hedged') === true;
  const positionSide: { positionSide?: Side } = hedged ? { positionSide: side } : {};
  return Object.freeze({
    market: symbol.market,
    contract: symbol.contract,
    contractSize: field(p, 'contractSize') === undefined ? '1' : needed(p, 'contractSize', 'position'),
    settlementAsset: symbol.settle,
    side,
    quantity,
    entryPrice,
    ...(field(p, 'markPrice') !== undefined && { markPrice: needed(p, 'markPrice', 'position') }),
    ...(field(p, 'leverage') !== undefined && { leverage: needed(p, 'leverage', 'position') }),
    ...(marginMode !== undefined && { marginMode }),
    ...positionSide,
    trade: Object.freeze({ market: symbol.market, side: side === 'long' ? 'buy' : 'sell', quantity, price: entryPrice, ...positionSide }),
  });
}
