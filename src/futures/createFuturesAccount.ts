import { zero } from '../decimal/constructor.js';
import { toEpochMs } from '../input/instant.js';
import { seal } from '../sealed.js';
import type { FuturesConfig } from './config.js';
import { toFuturesRules } from './rules.js';
import type { FuturesState } from './state.js';

/**
 * A new futures account with an empty wallet and no positions: `marginMode` `isolated` or `cross`,
 * one-way positions (one per market), the markets' contracts (linear or inverse, contract size,
 * tick, lot, a flat maintenance rate or tiers, maximum and starting leverage, maintenance basis,
 * maker/taker fees, funding interval) and their marks. Decide commands on it with `decide` /
 * `execute`; every command and event of [docs/futures.md](../../docs/futures.md). Bad configuration: `INVALID_CONFIG` (and
 * the usual codes) naming the field.
 *
 * @example
 * const account = createFuturesAccount({
 *   marginMode: 'isolated',
 *   markets: { BTCUSDT: { maxLeverage: 100, maintenanceMarginRate: '0.005', takerFeeRate: '0.0006' } },
 *   marks: { BTCUSDT: '20000' },
 *   at: Date.UTC(2024, 0, 1),
 * });
 */
export function createFuturesAccount(config: FuturesConfig): FuturesState {
  const { rules, leverage, marks, config: kept } = toFuturesRules(config);
  // from the copy the rules were read from (the caller's object is read once)
  const at = toEpochMs(kept.at, 'at', 'INVALID_CONFIG');
  return seal({ kind: 'futures' as const, config: kept, rules, wallet: zero(), positions: {}, leverage, marks, status: 'normal' as const, at, version: 0 }, 'futures', true);
}
