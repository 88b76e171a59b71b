import { zero, type Decimal } from '../decimal/constructor.js';
import { STORED } from '../decimal/bounds.js';
import { toDecimal, type DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { MarginError, shown } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { assetEntries, toAssetName } from '../input/assetName.js';
import { requireArray, readShape, type Shape } from '../input/shape.js';
import type { FundEvent, InsuranceFund } from './insuranceFund.js';

const FLOWS: ReadonlyMap<string, 'feesIn' | 'payouts'> = new Map([
  ['LiquidationFeeCharged', 'feesIn'],
  ['BadDebtCovered', 'payouts'],
]);

const FUND: Shape<InsuranceFund> = { balances: true, feesIn: true, payouts: true };

/** One of the fund's records, each entry a decimal (balances may be negative: a fund that paid out more than it held). */
function ledger(record: unknown, field: string): Record<string, Decimal> {
  const parsed: Record<string, Decimal> = {};
  for (const [asset, value] of assetEntries(record as Readonly<Record<string, DecimalInput>>, field, 'INVALID_ASSET', 'INVALID_OPTION')) parsed[asset] = toDecimal(value, `${field}.${asset}`, STORED);
  return parsed;
}

/**
 * The fund after a batch of events: each `LiquidationFeeCharged` adds its amount to the asset's fees
 * and balance, each `BadDebtCovered` to its payouts and out of its balance, each futures `Liquidated`
 * its `fundDelta` (positive to fees and balance, negative to payouts and out of the balance); other
 * events are ignored. Exact sums; the input fund is untouched. The fund must have its three records
 * (`INVALID_OPTION`); a fund event without an asset name or a non-negative decimal amount throws
 * `INVALID_EVENT`/`INVALID_DECIMAL`. Docs: [docs/liquidation.md](../../docs/liquidation.md) ("The insurance fund").
 *
 * @example
 * applyToFund(createInsuranceFund(), [{ type: 'LiquidationFeeCharged', at, asset: 'USDT', amount: Big('12.5') }])
 * // → { balances: { USDT: 12.5 }, feesIn: { USDT: 12.5 }, payouts: {} }
 */
export function applyToFund(given: InsuranceFund, events: readonly FundEvent[]): InsuranceFund {
  const fund = readShape(given, 'fund', FUND, 'INVALID_OPTION', 'INVALID_OPTION');
  const next = { balances: ledger(fund.balances, 'fund.balances'), feesIn: ledger(fund.feesIn, 'fund.feesIn'), payouts: ledger(fund.payouts, 'fund.payouts') };
  requireArray(events, 'events', 'INVALID_EVENT');
  events.forEach((event, i) => {
    const type: unknown = typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : undefined;
    const futures = type === 'Liquidated' && Object.prototype.hasOwnProperty.call(event, 'fundDelta');
    if (futures) {
      // a futures liquidation: the equity left at the exit prices goes in, a deficit comes out
      const delta = toDecimal(event.fundDelta as DecimalInput, `events[${i}].fundDelta`, STORED);
      const name = toAssetName(event.asset, `events[${i}].asset`, 'INVALID_EVENT');
      if (delta.eq(0)) return; // reductions alone: nothing for the fund
      const flow = delta.lt(0) ? 'payouts' : 'feesIn';
      next[flow][name] = (next[flow][name] ?? zero()).plus(delta.abs());
      next.balances[name] = (next.balances[name] ?? zero()).plus(delta);
      return;
    }
    const flow = typeof type === 'string' ? FLOWS.get(type) : undefined;
    if (flow === undefined) return;
    const { asset, amount } = event;
    if (asset === undefined || amount === undefined) {
      throw new MarginError('INVALID_EVENT', `events[${i}] (${shown(type)}) needs an asset and an amount`, { field: `events[${i}]`, type: shown(type) });
    }
    const name = toAssetName(asset, `events[${i}].asset`, 'INVALID_EVENT');
    const value = toAmount(amount, `events[${i}].amount`, STORED);
    next[flow][name] = (next[flow][name] ?? zero()).plus(value);
    next.balances[name] = (next.balances[name] ?? zero()).plus(flow === 'feesIn' ? value : value.times(-1));
  });
  return deepFreeze(next);
}
