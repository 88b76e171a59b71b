import { D, type Decimal } from '../decimal/constructor.js';
import { toAmount } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import type { FundEvent, InsuranceFund } from './insuranceFund.js';

const FLOWS: ReadonlyMap<string, 'feesIn' | 'payouts'> = new Map([
  ['LiquidationFeeCharged', 'feesIn'],
  ['BadDebtCovered', 'payouts'],
]);

/**
 * The fund after a batch of events: each `LiquidationFeeCharged` adds its amount to the asset's fees
 * and balance, each `BadDebtCovered` to its payouts and out of its balance; other events are
 * ignored. Exact sums; the input fund is untouched. A fund event without an asset or a decimal
 * amount throws `INVALID_EVENT`/`INVALID_DECIMAL`. Docs: docs/liquidation.md ("The insurance fund").
 *
 * @example
 * applyToFund(createInsuranceFund(), [{ type: 'LiquidationFeeCharged', at, asset: 'USDT', amount: Big('12.5') }])
 * // → { balances: { USDT: 12.5 }, feesIn: { USDT: 12.5 }, payouts: {} }
 */
export function applyToFund(fund: InsuranceFund, events: readonly FundEvent[]): InsuranceFund {
  const next: { balances: Record<string, Decimal>; feesIn: Record<string, Decimal>; payouts: Record<string, Decimal> } = {
    balances: { ...fund.balances },
    feesIn: { ...fund.feesIn },
    payouts: { ...fund.payouts },
  };
  if (!Array.isArray(events)) throw new MarginError('INVALID_EVENT', 'events must be an array', { field: 'events' });
  events.forEach((event, i) => {
    const flow = FLOWS.get((event as FundEvent | null)?.type as string);
    if (flow === undefined) return;
    if (typeof event.asset !== 'string' || event.amount === undefined) {
      throw new MarginError('INVALID_EVENT', `events[${i}] (${event.type}) needs an asset and an amount`, { field: `events[${i}]`, type: event.type });
    }
    const amount = toAmount(event.amount, `events[${i}].amount`);
    const asset = event.asset;
    next[flow][asset] = (next[flow][asset] ?? new D(0)).plus(amount);
    next.balances[asset] = (next.balances[asset] ?? new D(0)).plus(flow === 'feesIn' ? amount : amount.times(-1));
  });
  return deepFreeze(next);
}
