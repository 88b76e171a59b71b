import type { Decimal } from '../decimal/constructor.js';
import { balanceOf, owedOf } from './holdings.js';
import type { AccountState } from './state.js';
import { requireState } from './limits.js';

/**
 * What a state-machine account holds and owes per asset (owed: principal plus unpaid interest), in
 * the shape a book or index takes: `{ id, holdings: holdingsOf(state) }`. Interest not yet charged
 * is not included (execute `accrue` first). Docs: [docs/performance.md](../../docs/performance.md).
 *
 * @example
 * holdingsOf(account) // → { BTC: { held: Big('0.05'), debt: Big('0') }, USDT: { held: Big('0'), debt: Big('2000.5') } }
 */
export function holdingsOf(state: AccountState): Readonly<
  Record<
    string,
    {
      /** The free balance, in units of the asset. */
      readonly held: Decimal;
      /** Principal and posted interest owed, in units of the asset. */
      readonly debt: Decimal;
    }
  >
> {
  requireState(state);
  const holdings: Record<string, { held: Decimal; debt: Decimal }> = {};
  for (const asset of state.rules.assets) {
    if (state.balances[asset] === undefined && state.loans[asset] === undefined) continue;
    holdings[asset] = Object.freeze({ held: balanceOf(state, asset), debt: owedOf(state, asset) });
  }
  return Object.freeze(holdings);
}
