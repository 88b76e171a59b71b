import { D, ONE, type Decimal } from '../decimal/constructor.js';
import { isPositive, isZero, minOf } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import { round } from '../decimal/round.js';
import { splitRepayment } from '../interest/splitRepayment.js';
import { isBeyond, type CoverageMultiple } from '../risk/coverageMultiple.js';
import type { LiquidationAccount, LiquidationStep, ResolvedPlanOptions, SellStep } from './liquidationPlan.js';

/** What a sale of a quantity would do, before it is booked. */
export interface Sale {
  readonly step: SellStep;
  /** Proceeds less the fee: what is left to repay with. */
  readonly net: Decimal;
  /** What of `net` repays the owed asset's debt. */
  readonly repaid: Decimal;
  /** Assets and liabilities (valuation asset) after the sale and its repayment. */
  readonly assets: Decimal;
  readonly liabilities: Decimal;
}

/**
 * The planner's working copy of an account: balances and debts per asset and their total values
 * (exact, at the plan's prices), changed step by step while the plan is written. Private to
 * planning; the account itself is never touched.
 */
export class PlanLedger {
  readonly balance = new Map<string, Decimal>();
  readonly interest = new Map<string, Decimal>();
  readonly principal = new Map<string, Decimal>();
  readonly steps: LiquidationStep[] = [];
  assets = new D(0);
  liabilities = new D(0);

  readonly valuationAsset: string;

  constructor(
    account: LiquidationAccount,
    readonly options: ResolvedPlanOptions,
  ) {
    this.valuationAsset = account.rules.valuationAsset;
    for (const [asset, amount] of Object.entries(account.balances)) {
      if (isZero(amount)) continue;
      this.balance.set(asset, amount);
      this.assets = this.assets.plus(amount.times(this.priceOf(asset)));
    }
    for (const [asset, loan] of Object.entries(account.loans)) {
      this.interest.set(asset, loan.interest);
      this.principal.set(asset, loan.principal);
      this.liabilities = this.liabilities.plus(this.owedOf(asset).times(this.priceOf(asset)));
    }
  }

  priceOf(asset: string): Decimal {
    return this.options.prices[asset] ?? ONE;
  }

  balanceOf(asset: string): Decimal {
    return this.balance.get(asset) ?? new D(0);
  }

  owedOf(asset: string): Decimal {
    return (this.interest.get(asset) ?? new D(0)).plus(this.principal.get(asset) ?? new D(0));
  }

  /** Assets with a debt, in `repayOrder` then largest debt value first (ties by name, for determinism). */
  debts(): string[] {
    return this.ordered([...this.principal.keys()].filter((a) => isPositive(this.owedOf(a))), this.options.repayOrder, (a) => this.owedOf(a));
  }

  /** Assets held and not owed, in `saleOrder` then largest value first. */
  sellable(): string[] {
    return this.ordered([...this.balance.keys()].filter((a) => isPositive(this.balanceOf(a)) && isZero(this.owedOf(a))), this.options.saleOrder, (a) => this.balanceOf(a));
  }

  private ordered(assets: string[], first: readonly string[], amountOf: (a: string) => Decimal): string[] {
    const rank = (a: string) => (first.includes(a) ? first.indexOf(a) : first.length);
    const value = new Map(assets.map((a) => [a, amountOf(a).times(this.priceOf(a))]));
    return assets.sort((x, y) => rank(x) - rank(y) || (value.get(y) as Decimal).cmp(value.get(x) as Decimal) || (x < y ? -1 : x > y ? 1 : 0));
  }

  isBeyond(k: CoverageMultiple): boolean {
    return isBeyond(this.assets, this.liabilities, k);
  }

  /** Whether the account meets coverage `k` (risk at or below the target): assets ≥ k × liabilities, or no debt. */
  meets(k: CoverageMultiple, assets = this.assets, liabilities = this.liabilities): boolean {
    return isZero(liabilities) || assets.times(k.denominator).gte(liabilities.times(k.numerator));
  }

  /** The sale of `quantity` of `asset` for `owed`, priced but not booked (proceeds floor, fee ceil). */
  sale(asset: string, owed: string, quantity: Decimal): Sale {
    const { slippage, feeRate, scale } = this.options;
    const price = this.priceOf(asset);
    const forPrice = this.priceOf(owed);
    const value = quantity.times(price);
    const gross = value.times(ONE.minus(slippage));
    const proceeds = owed === this.valuationAsset ? round(gross, scale, 'floor') : divide(gross, forPrice, scale, 'floor');
    const fee = round(proceeds.times(feeRate), scale, 'ceil');
    const net = proceeds.minus(fee);
    const repaid = minOf(net, this.owedOf(owed));
    const step: SellStep = { kind: 'sell', asset, quantity, price, for: owed, forPrice, proceeds, fee, slippage: value.minus(proceeds.times(forPrice)) };
    return {
      step,
      net,
      repaid,
      assets: this.assets.minus(value).plus(net.minus(repaid).times(forPrice)),
      liabilities: this.liabilities.minus(repaid.times(forPrice)),
    };
  }

  /** Books a sale: the sell, its fee, and the repayment from what is left. */
  book(sale: Sale): void {
    const { asset, quantity, for: owed, proceeds, fee } = sale.step;
    this.steps.push(sale.step);
    this.move(asset, quantity.times(-1));
    this.move(owed, proceeds);
    this.assets = this.assets.minus(quantity.times(sale.step.price)).plus(proceeds.times(sale.step.forPrice));
    if (isPositive(fee)) {
      this.steps.push({ kind: 'fee', asset: owed, amount: fee });
      this.move(owed, fee.times(-1));
      this.assets = this.assets.minus(fee.times(sale.step.forPrice));
    }
    this.repay(owed, sale.repaid, 'proceeds');
  }

  /** Repays `amount` of `asset` from its balance, interest first. */
  repay(asset: string, amount: Decimal, source: 'holdings' | 'proceeds'): void {
    if (!isPositive(amount)) return;
    const { interestPaid, principalPaid } = this.reduceDebt(asset, amount);
    this.steps.push({ kind: 'repay', asset, source, interest: interestPaid, principal: principalPaid });
    this.move(asset, amount.times(-1));
    this.assets = this.assets.minus(amount.times(this.priceOf(asset)));
  }

  /** The insurance fund pays what is still owed of `asset`. */
  cover(asset: string): void {
    const amount = this.owedOf(asset);
    if (!isPositive(amount)) return;
    this.reduceDebt(asset, amount);
    this.steps.push({ kind: 'cover', asset, amount });
  }

  private reduceDebt(asset: string, amount: Decimal): { interestPaid: Decimal; principalPaid: Decimal } {
    const split = splitRepayment(amount, this.interest.get(asset) ?? new D(0), this.principal.get(asset) ?? new D(0));
    this.interest.set(asset, (this.interest.get(asset) ?? new D(0)).minus(split.interestPaid));
    this.principal.set(asset, (this.principal.get(asset) ?? new D(0)).minus(split.principalPaid));
    this.liabilities = this.liabilities.minus(amount.times(this.priceOf(asset)));
    return split;
  }

  private move(asset: string, delta: Decimal): void {
    this.balance.set(asset, this.balanceOf(asset).plus(delta));
  }
}
