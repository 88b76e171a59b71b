import { D, ONE, type Decimal } from '../../decimal/constructor.js';
import { compare, isPositive, minOf } from '../../decimal/compare.js';
import { divide } from '../../decimal/divide.js';
import type { CommandOf, Rejection } from '../commands.js';
import { reject, type Draft } from '../draft.js';
import { balanceOf, fillFee, owedOf, priceOf, type FillFee } from '../holdings.js';
import { repayFrom } from './repay.js';

/** One unit of the amount scale: added to a need so that a fee rounded up cannot leave it short. */
const UNIT = /* @__PURE__ */ new D('0.00000001');


/**
 * Sells, at last prices and the account's fee, enough of the other assets (largest value first,
 * keeping what each owes of itself) to hold `need` more of the valuation asset. False if they
 * cannot cover it.
 */
function raiseValuation(draft: Draft, need: Decimal): boolean {
  const V = draft.state.rules.valuationAsset;
  const sellable = draft.state.rules.assets
    .filter((a) => a !== V)
    .map((a) => ({ asset: a, amount: balanceOf(draft.state, a).minus(owedOf(draft.state, a)) }))
    .filter((x) => isPositive(x.amount))
    .sort((x, y) => y.amount.times(priceOf(draft.state, y.asset)).cmp(x.amount.times(priceOf(draft.state, x.asset))));
  let left = need;
  for (const { asset, amount } of sellable) {
    if (!isPositive(left)) break;
    const price = priceOf(draft.state, asset);
    const perUnit = price.times(ONE.minus(draft.state.rules.tradingFeeRate));
    const quantity = minOf(amount, divide(left.plus(UNIT), perUnit, 8, 'ceil'));
    const value = quantity.times(price);
    const { fee } = fillFee(draft.state, 'sell', asset, V, quantity, value);
    // A sale whose fee eats its whole value raises nothing (and is not a fill a venue makes).
    if (compare(fee, value) >= 0) continue;
    draft.emit({ type: 'TradeFilled', at: draft.at, side: 'sell', base: asset, quote: V, quantity, price, fee, feeAsset: V });
    left = left.minus(value.minus(fee));
  }
  return !isPositive(left);
}

/** A buy of an owed asset with the valuation asset that brings in at least `owed` after its fee. */
interface DebtBuy extends FillFee {
  readonly quantity: Decimal;
  readonly price: Decimal;
  /** What it spends of the valuation asset, its fee included where the fee is paid in it. */
  readonly cost: Decimal;
}

/**
 * The buy that covers `owed` of `asset`: the quantity owed when the fee is paid in the valuation
 * asset; under `received` (fee out of the base bought) the least of ⌈owed / (1 − rate)⌉ and
 * ⌈(owed + 1e-8) / (1 − rate)⌉ whose quantity less its fee, rounded up, still covers the debt (the
 * second always does: its fee is at most rate × quantity + 1e-8).
 */
function debtBuy(draft: Draft, asset: string, owed: Decimal): DebtBuy {
  const V = draft.state.rules.valuationAsset;
  const price = priceOf(draft.state, asset);
  const priced = (quantity: Decimal): DebtBuy => {
    const value = quantity.times(price);
    const fee = fillFee(draft.state, 'buy', asset, V, quantity, value);
    return { ...fee, quantity, price, cost: fee.asset === V ? value.plus(fee.fee) : value };
  };
  if (draft.state.rules.feeAsset !== 'received') return priced(owed);
  const keep = ONE.minus(draft.state.rules.tradingFeeRate);
  const least = priced(divide(owed, keep, 8, 'ceil'));
  return compare(least.quantity.minus(least.fee), owed) >= 0 ? least : priced(divide(owed.plus(UNIT), keep, 8, 'ceil'));
}

/**
 * Closes every loan (the repay-all helper of [docs/state-machine.md](../../../docs/state-machine.md)): each asset's debt is repaid from its own balance
 * first; what is short is bought with the valuation asset, which is raised by selling the other
 * assets, larger balances first (Bitget's order). Rejected `INSUFFICIENT_BALANCE` — with nothing
 * done — when all the account holds cannot cover all it owes.
 */
export function decideRepayAll(draft: Draft, _command: CommandOf<'repayAll'>): Rejection | undefined {
  const V = draft.state.rules.valuationAsset;
  const assets = Object.keys(draft.state.loans);
  if (assets.length === 0) return reject('NO_DEBT', 'nothing is owed', {});
  for (const asset of assets) repayFrom(draft, asset, minOf(balanceOf(draft.state, asset), owedOf(draft.state, asset)));

  // the buys are priced once: raising the valuation asset below sells other assets, which moves no debt or price
  const buys = Object.keys(draft.state.loans)
    .filter((a) => a !== V)
    .map((asset) => {
      const owed = owedOf(draft.state, asset);
      return { asset, owed, buy: debtBuy(draft, asset, owed) };
    });
  let need = owedOf(draft.state, V);
  for (const { buy } of buys) need = need.plus(buy.cost);
  need = need.minus(balanceOf(draft.state, V));
  if (isPositive(need) && !raiseValuation(draft, need)) {
    return reject('INSUFFICIENT_BALANCE', 'the account holds too little to repay every loan at last prices', { asset: V });
  }
  for (const { asset, owed, buy } of buys) {
    draft.emit({ type: 'TradeFilled', at: draft.at, side: 'buy', base: asset, quote: V, quantity: buy.quantity, price: buy.price, fee: buy.fee, feeAsset: buy.asset });
    repayFrom(draft, asset, owed);
  }
  repayFrom(draft, V, owedOf(draft.state, V));
  return undefined;
}
