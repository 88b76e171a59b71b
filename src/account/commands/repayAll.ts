import { D, ONE, type Decimal } from '../../decimal/constructor.js';
import { compare, isPositive, minOf } from '../../decimal/compare.js';
import { divide } from '../../decimal/divide.js';
import type { CommandOf, Rejection } from '../commands.js';
import { reject, type Draft } from '../draft.js';
import { balanceOf, owedOf, priceOf, tradingFee } from '../holdings.js';
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
    const fee = tradingFee(draft.state, value);
    // A sale whose fee eats its whole value raises nothing (and is not a fill a venue makes).
    if (compare(fee, value) >= 0) continue;
    draft.emit('TradeFilled', { side: 'sell', base: asset, quote: V, quantity, price, fee });
    left = left.minus(value.minus(fee));
  }
  return !isPositive(left);
}

/**
 * Closes every loan (SPEC §9's repay-all helper): each asset's debt is repaid from its own balance
 * first; what is short is bought with the valuation asset, which is raised by selling the other
 * assets, larger balances first (Bitget's order). Rejected `INSUFFICIENT_BALANCE` — with nothing
 * done — when all the account holds cannot cover all it owes.
 */
export function decideRepayAll(draft: Draft, _command: CommandOf<'repayAll'>): Rejection | undefined {
  const V = draft.state.rules.valuationAsset;
  const assets = Object.keys(draft.state.loans);
  if (assets.length === 0) return reject('NO_DEBT', 'nothing is owed', {});
  for (const asset of assets) repayFrom(draft, asset, minOf(balanceOf(draft.state, asset), owedOf(draft.state, asset)));

  const buys = Object.keys(draft.state.loans).filter((a) => a !== V);
  let need = owedOf(draft.state, V);
  for (const asset of buys) {
    const value = owedOf(draft.state, asset).times(priceOf(draft.state, asset));
    need = need.plus(value).plus(tradingFee(draft.state, value));
  }
  need = need.minus(balanceOf(draft.state, V));
  if (isPositive(need) && !raiseValuation(draft, need)) {
    return reject('INSUFFICIENT_BALANCE', 'the account holds too little to repay every loan at last prices', { asset: V });
  }
  for (const asset of buys) {
    const quantity = owedOf(draft.state, asset);
    const price = priceOf(draft.state, asset);
    draft.emit('TradeFilled', { side: 'buy', base: asset, quote: V, quantity, price, fee: tradingFee(draft.state, quantity.times(price)) });
    repayFrom(draft, asset, quantity);
  }
  repayFrom(draft, V, owedOf(draft.state, V));
  return undefined;
}
