import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { assetEntries } from '../input/assetName.js';
import type { InsuranceFund } from './insuranceFund.js';

/**
 * A new insurance fund ledger with optional opening balances per asset (not negative).
 * Docs: [docs/liquidation.md](../../docs/liquidation.md) ("The insurance fund").
 *
 * @example
 * const fund = createInsuranceFund({ USDT: '1000000' });
 * const after = applyToFund(fund, result.events); // fees in, bad debt out
 */
export function createInsuranceFund(balances: Readonly<Record<string, DecimalInput>> = {}): InsuranceFund {
  if (typeof balances !== 'object' || balances === null || Array.isArray(balances)) throw new MarginError('INVALID_OPTION', 'balances must be a record of asset amounts', { field: 'balances' });
  return deepFreeze({
    balances: Object.fromEntries(assetEntries(balances, 'balances').map(([asset, amount]) => [asset, toAmount(amount, `balances.${asset}`)])),
    feesIn: {},
    payouts: {},
  });
}
