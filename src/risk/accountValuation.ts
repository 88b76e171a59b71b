import { zero, ONE, type Decimal } from '../decimal/constructor.js';
import { isZero } from '../decimal/compare.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import { MarginError } from '../errors.js';
import { STORED } from '../decimal/bounds.js';
import { assetEntries, toAssetName } from '../input/assetName.js';
import { requireObject, readShape, type Shape } from '../input/shape.js';

/** What is owed of one asset: principal and unpaid interest. */
export interface LoanBalance {
  /** Principal owed, in the loan's own asset. */
  readonly principal: DecimalInput;
  /** Unpaid interest, owed in the loan's own asset. Default 0. */
  readonly interest?: DecimalInput;
}

/** Input of `accountValuation`: balances, loans and prices of every asset in the valuation asset. */
export interface AccountValuationInput {
  /** What the margin account holds, per asset (collateral and what was bought with borrowed funds). */
  readonly balances: Readonly<Record<string, DecimalInput>>;
  /** What it owes, per asset. */
  readonly loans?: Readonly<Record<string, LoanBalance>>;
  /** Index/mark price of one unit of each asset, in the valuation asset. */
  readonly prices: Readonly<Record<string, DecimalInput>>;
  /** Default `'USDT'`; priced at 1 unless `prices` says otherwise. */
  readonly valuationAsset?: string;
}

/** A multi-asset account's assets and liabilities in its valuation asset. */
export interface AccountValuation {
  /** Everything held, valued in the valuation asset. */
  readonly assets: Decimal;
  /** Everything owed (principal and interest), valued in the valuation asset. */
  readonly liabilities: Decimal;
}

const SHAPE: Shape<AccountValuationInput> = { balances: true, loans: true, prices: true, valuationAsset: true };

/**
 * Total assets Σ amount × price and total liabilities Σ (principal + interest) × price of a
 * multi-asset account, in the valuation asset. Exact: only products and sums, nothing rounds.
 * A non-zero amount in an asset without a price throws `UNKNOWN_ASSET`. Formula page: [docs/risk.md](../../docs/risk.md).
 *
 * @example
 * accountValuation({ balances: { BTC: '0.05', USDT: '500' }, loans: { USDT: { principal: '2000', interest: '0.5' } },
 *   prices: { BTC: '60000' } }) // → { assets: Big('3500'), liabilities: Big('2000.5') }
 */
export function accountValuation(given: AccountValuationInput): AccountValuation {
  const input = readShape(given, '', SHAPE);
  const { assets, liabilities } = valuationExcluding(input, undefined);
  return Object.freeze({ assets, liabilities });
}

// A state's loans (`state.loans`) can be passed as they are: their tranches are not read.
const LOAN: Shape<LoanBalance & { readonly tranches?: unknown }> = { principal: true, interest: true, tranches: true };

/** The valuation of the other assets, and what is held and owed of the excluded one (0 when none). */
export interface ValuationApart extends AccountValuation {
  /** The excluded asset's balance. */
  readonly held: Decimal;
  /** The excluded asset's principal and interest owed. */
  readonly debt: Decimal;
}

/**
 * The valuation of every asset but `excluded` (all of them when `undefined`): the cross-account
 * solve holds the others fixed. Every entry is checked and read once, the excluded asset's
 * included (its amounts are returned apart); balances and loans may be a state's (the stored
 * budget), prices are inputs.
 */
export function valuationExcluding(input: AccountValuationInput, excluded: string | undefined): ValuationApart {
  const valuationAsset = input.valuationAsset === undefined ? 'USDT' : toAssetName(input.valuationAsset, 'valuationAsset');
  requireObject(input.balances, 'balances');
  requireObject(input.prices, 'prices');
  const prices = new Map<string, Decimal>();
  for (const [asset, price] of assetEntries(input.prices, 'prices')) prices.set(asset, toAmount(price, `prices.${asset}`));
  const priceOf = (asset: string, field: string): Decimal => {
    const price = prices.get(asset);
    if (price !== undefined) return price;
    if (asset === valuationAsset) return ONE;
    throw new MarginError('UNKNOWN_ASSET', `no price for ${asset} (needed by ${field}) in ${valuationAsset}`, { field, asset });
  };
  let assets = zero();
  let held = zero();
  for (const [asset, value] of assetEntries(input.balances, 'balances')) {
    const amount = toAmount(value, `balances.${asset}`, STORED);
    if (asset === excluded) held = amount;
    else if (!isZero(amount)) assets = assets.plus(amount.times(priceOf(asset, `balances.${asset}`)));
  }
  let liabilities = zero();
  let debt = zero();
  for (const [asset, given] of assetEntries(input.loans, 'loans')) {
    const loan = readShape(given, `loans.${asset}`, LOAN, 'INVALID_OPTION', 'MISSING_INPUT');
    const owed = toAmount(loan.principal, `loans.${asset}.principal`, STORED).plus(toAmount(loan.interest ?? 0, `loans.${asset}.interest`, STORED));
    if (asset === excluded) debt = owed;
    else if (!isZero(owed)) liabilities = liabilities.plus(owed.times(priceOf(asset, `loans.${asset}`)));
  }
  return { assets, liabilities, held, debt };
}
