import { one, zero, ONE, ZERO, type Decimal } from '../decimal/constructor.js';
import { minus, plus } from '../decimal/addition.js';
import { isPositive, isZero, minOf } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import { compareProducts } from '../decimal/compareProducts.js';
import { round } from '../decimal/round.js';
import { splitRepayment } from '../interest/splitRepayment.js';
import { isBeyond, type CoverageMultiple } from '../risk/coverageMultiple.js';
import { coverageWith, debtMaintenance, type LiabilityMaintenance } from './liabilityMaintenance.js';
import type { LiquidationAccount, LiquidationStep, ResolvedPlanOptions, SellStep } from './liquidationPlan.js';

/** Totals of an account in the valuation asset: the ledger's now, or a sale's after. */
export interface Point {
  readonly assets: Decimal;
  readonly liabilities: Decimal;
  /** Σ tiered maintenance of the debts (0 for an account without liability tiers). */
  readonly maintenance: Decimal;
}

/**
 * A level the plan compares with: its fixed coverage multiple, and — for an account with liability
 * tiers — its threshold, from which the multiple of each point is computed.
 */
export interface PlanLevel {
  readonly fixed: CoverageMultiple;
  readonly threshold: Decimal | undefined;
}

/** What a sale of a quantity would do, before it is booked (its step is only built when booked). */
export interface Sale extends Point {
  readonly asset: string;
  readonly owed: string;
  readonly quantity: Decimal;
  /** quantity × price, in the valuation asset. */
  readonly value: Decimal;
  readonly proceeds: Decimal;
  readonly fee: Decimal;
  /** Proceeds less the fee: what is left to repay with. */
  readonly net: Decimal;
  /** net − repaid: what of the proceeds stays in the account. */
  readonly left: Decimal;
  /** What of `net` repays the owed asset's debt. */
  readonly repaid: Decimal;
  /** Assets, liabilities and tiered maintenance (valuation asset) after the sale and its repayment. */
  readonly assets: Decimal;
  readonly liabilities: Decimal;
  readonly maintenance: Decimal;
}

/** What the ledger owes of one asset: interest and principal, and their sum kept in step. */
interface Debt {
  readonly interest: Decimal;
  readonly principal: Decimal;
  readonly owed: Decimal;
}

/**
 * The planner's working copy of an account: balances and debts per asset and their total values
 * (exact, at the plan's prices), changed step by step while the plan is written. Private to
 * planning; the account itself is never touched.
 */
export class PlanLedger {
  readonly balance = new Map<string, Decimal>();
  /** Per asset owed (every loan of the account, a repaid one included): one entry, replaced as it changes. */
  readonly debt = new Map<string, Debt>();
  readonly steps: LiquidationStep[] = [];
  // Fresh zeros: these reach the plan (assetsBefore…), and a plan never shares a constant.
  assets = zero();
  liabilities = zero();
  maintenance = zero();
  /** Liability tiers of the account, or `undefined` (then `maintenance` stays 0). */
  readonly tiered: LiabilityMaintenance | undefined;

  readonly valuationAsset: string;
  /** The last sale priced, reused when the same quantity is asked again before anything is booked. */
  private lastSale: Sale | undefined;
  /** 1 − slippage: the share of a sale's value that arrives. */
  readonly kept: Decimal;
  /** Net yield of a sale used to repay: g = (1 − fee)(1 − slippage) ([docs/liquidation.md](../../docs/liquidation.md)). */
  readonly netYield: Decimal;

  /** A ledger of the account at the plan's prices (no steps yet). */
  constructor(
    account: LiquidationAccount,
    readonly options: ResolvedPlanOptions,
  ) {
    this.valuationAsset = account.rules.valuationAsset;
    this.tiered = account.rules.liabilityMaintenance;
    this.kept = minus(ONE, options.slippage);
    this.netYield = minus(ONE, options.feeRate).times(this.kept);
    // own names only (a state's records are plain objects: an inherited enumerable name is no asset)
    for (const asset in account.balances) {
      if (!Object.prototype.hasOwnProperty.call(account.balances, asset)) continue;
      const amount = account.balances[asset]!;
      if (isZero(amount)) continue;
      this.balance.set(asset, amount);
      this.assets = plus(this.assets, valued(amount, this.priceOf(asset)));
    }
    for (const asset in account.loans) {
      if (!Object.prototype.hasOwnProperty.call(account.loans, asset)) continue;
      const loan = account.loans[asset]!;
      const owed = plus(loan.interest, loan.principal);
      this.debt.set(asset, { interest: loan.interest, principal: loan.principal, owed });
      this.liabilities = plus(this.liabilities, valued(owed, this.priceOf(asset)));
      if (this.tiered !== undefined) this.maintenance = plus(this.maintenance, this.debtMaintenance(asset, owed));
    }
  }

  /** The ledger's totals now (the values are never changed in place: later steps replace them). */
  totals(): Point {
    return { assets: this.assets, liabilities: this.liabilities, maintenance: this.maintenance };
  }

  /** The tiered maintenance a debt of `owed` in `asset` needs (0 without liability tiers). */
  private debtMaintenance(asset: string, owed: Decimal): Decimal {
    return this.tiered === undefined ? ZERO : debtMaintenance(this.tiered, asset, valued(owed, this.priceOf(asset)));
  }

  /** The coverage multiple of `level` at `at` (a fixed level, or one the debts there give). */
  coverage(level: PlanLevel, at: Point = this): CoverageMultiple {
    return this.tiered === undefined || level.threshold === undefined ? level.fixed : coverageWith(level.threshold, at.liabilities, at.maintenance);
  }

  priceOf(asset: string): Decimal {
    return this.options.prices[asset] ?? ONE;
  }

  // arrow properties: handed to the orderings as they are
  readonly balanceOf = (asset: string): Decimal => this.balance.get(asset) ?? ZERO;

  readonly owedOf = (asset: string): Decimal => this.debt.get(asset)?.owed ?? ZERO;

  /** Assets with a debt, in `repayOrder` then largest debt value first (ties by name, for determinism). */
  debts(): string[] {
    return this.debtsOwed().sort((x, y) => this.precedes(x, y, this.options.repayOrder, this.owedOf));
  }

  /** The first of `debts()` (found without sorting them), or `undefined`. */
  firstDebt(): string | undefined {
    return this.leading(this.debtsOwed(), this.options.repayOrder, this.owedOf);
  }

  /** Assets held and not owed, in `saleOrder` then largest value first. */
  sellable(): string[] {
    return this.held().sort((x, y) => this.precedes(x, y, this.options.saleOrder, this.balanceOf));
  }

  /** The first of `sellable()` (found without sorting them), or `undefined`. */
  firstSellable(): string | undefined {
    return this.leading(this.held(), this.options.saleOrder, this.balanceOf);
  }

  private debtsOwed(): string[] {
    const assets: string[] = [];
    for (const asset of this.debt.keys()) if (isPositive(this.owedOf(asset))) assets.push(asset);
    return assets;
  }

  private held(): string[] {
    const assets: string[] = [];
    for (const asset of this.balance.keys()) if (isPositive(this.balanceOf(asset)) && isZero(this.owedOf(asset))) assets.push(asset);
    return assets;
  }

  /** The asset of `assets` that `precedes` every other, or `undefined` for none. */
  private leading(assets: readonly string[], first: readonly string[], amountOf: (a: string) => Decimal): string | undefined {
    let best: string | undefined;
    for (const asset of assets) if (best === undefined || this.precedes(asset, best, first, amountOf) < 0) best = asset;
    return best;
  }

  /**
   * Negative when `x` comes before `y`: by rank in `first` (those named there first, in its order),
   * then the larger value (amount × price) first, then by name, for determinism.
   */
  private precedes(x: string, y: string, first: readonly string[], amountOf: (a: string) => Decimal): number {
    const rankX = first.indexOf(x);
    const rankY = first.indexOf(y);
    if (rankX !== rankY) return (rankX < 0 ? first.length : rankX) - (rankY < 0 ? first.length : rankY);
    const ax = amountOf(x);
    const ay = amountOf(y);
    const px = this.priceOf(x);
    const py = this.priceOf(y);
    return compareProducts(ay, py, ax, px) || (x < y ? -1 : x > y ? 1 : 0);
  }

  /**
   * The values of the owed asset's debt where its tier changes below the debt now, highest first
   * (none without liability tiers): between two of them the tiered measure moves linearly with a sale.
   */
  tierFloorsBelow(owed: string): Decimal[] {
    const table = this.tiered !== undefined && Object.prototype.hasOwnProperty.call(this.tiered.tiers, owed) ? this.tiered.tiers[owed] : undefined;
    if (table === undefined) return [];
    const value = valued(this.owedOf(owed), this.priceOf(owed));
    return table.tiers.map((t) => t.notionalFloor).filter((f) => isPositive(f) && f.lt(value)).reverse();
  }

  /** Whether `at` is at or beyond `level`. */
  isBeyond(level: PlanLevel, at: Point = this): boolean {
    return isBeyond(at.assets, at.liabilities, this.coverage(level, at));
  }

  /** Whether `at` meets `level` (risk at or below it): assets ≥ k × liabilities, or no debt. */
  meets(level: PlanLevel, at: Point = this): boolean {
    const k = this.coverage(level, at);
    return isZero(at.liabilities) || compareProducts(at.assets, k.denominator, at.liabilities, k.numerator) >= 0;
  }

  /** The sale of `quantity` of `asset` for `owed`, priced but not booked (proceeds floor, fee ceil). */
  sale(asset: string, owed: string, quantity: Decimal): Sale {
    const last = this.lastSale;
    if (last !== undefined && last.asset === asset && last.owed === owed && last.quantity === quantity) return last;
    const { feeRate, scale } = this.options;
    const forPrice = this.priceOf(owed);
    const value = quantity.times(this.priceOf(asset));
    const gross = value.times(this.kept);
    const proceeds = owed === this.valuationAsset ? round(gross, scale, 'floor') : divide(gross, forPrice, scale, 'floor');
    const fee = round(proceeds.times(feeRate), scale, 'ceil');
    const net = minus(proceeds, fee);
    const repaid = minOf(net, this.owedOf(owed));
    const left = minus(net, repaid);
    const maintenance = this.tiered === undefined ? this.maintenance : this.maintenance.minus(this.debtMaintenance(owed, this.owedOf(owed))).plus(this.debtMaintenance(owed, this.owedOf(owed).minus(repaid)));
    return (this.lastSale = {
      asset,
      owed,
      quantity,
      value,
      proceeds,
      fee,
      net,
      left,
      repaid,
      assets: plus(minus(this.assets, value), valued(left, forPrice)),
      liabilities: minus(this.liabilities, valued(repaid, forPrice)),
      maintenance,
    });
  }

  /** Books a sale: the sell, its fee, and the repayment from what is left. */
  book(sale: Sale): void {
    const { asset, owed, quantity, value, proceeds, fee, repaid } = sale;
    const price = this.priceOf(asset);
    const forPrice = this.priceOf(owed);
    // The valuation asset's price is the shared ONE internally; a plan gets its own 1 (decimals in plans are not frozen).
    // each step frozen as it is written (a literal freezes cheaply; the plan's freeze then skips it)
    const step: SellStep = Object.freeze({ kind: 'sell', asset, quantity, price: own(price), for: owed, forPrice: own(forPrice), proceeds, fee, slippage: minus(value, valued(proceeds, forPrice)) });
    this.steps.push(step);
    if (isPositive(fee)) this.steps.push(Object.freeze({ kind: 'fee', asset: owed, amount: fee }));
    this.move(asset, quantity, true);
    this.move(owed, sale.left); // proceeds in, fee and repayment out
    if (isPositive(repaid)) this.steps.push(this.repayment(owed, repaid, 'proceeds'));
    // The sale priced these totals already, exactly (sums of products: nothing rounds).
    this.assets = sale.assets;
    this.liabilities = sale.liabilities;
    this.maintenance = sale.maintenance;
  }

  /** Repays `amount` of `asset` from its balance, interest first. */
  repay(asset: string, amount: Decimal, source: 'holdings' | 'proceeds'): void {
    if (!isPositive(amount)) return;
    this.steps.push(this.repayment(asset, amount, source));
    this.move(asset, amount, true);
    const value = valued(amount, this.priceOf(asset));
    this.assets = minus(this.assets, value);
    this.liabilities = minus(this.liabilities, value);
  }

  /** The insurance fund pays what is still owed of `asset`. */
  cover(asset: string): void {
    const amount = this.owedOf(asset);
    if (!isPositive(amount)) return;
    this.reduceDebt(asset, amount);
    this.liabilities = minus(this.liabilities, valued(amount, this.priceOf(asset)));
    this.steps.push(Object.freeze({ kind: 'cover', asset, amount }));
  }

  /** The repay step of `amount` of `asset`, its debt lowered (`reduceDebt`), frozen. */
  private repayment(asset: string, amount: Decimal, source: 'holdings' | 'proceeds'): LiquidationStep {
    const paid = this.reduceDebt(asset, amount);
    return Object.freeze({ kind: 'repay', asset, source, interest: paid.interest, principal: paid.principal });
  }

  /** Lowers the debt of `asset` by `amount`, interest first; the caller moves balances and totals. */
  private reduceDebt(asset: string, amount: Decimal): { interest: Decimal; principal: Decimal } {
    const debt = this.debt.get(asset);
    // fresh zeros: a split may hand its operands back, and they reach the plan's steps
    const interest = debt?.interest ?? zero();
    const principal = debt?.principal ?? zero();
    const owed = debt?.owed ?? zero();
    const split = splitRepayment(amount, interest, principal);
    if (this.tiered !== undefined) this.maintenance = this.maintenance.minus(this.debtMaintenance(asset, owed)).plus(this.debtMaintenance(asset, owed.minus(amount)));
    this.debt.set(asset, { interest: minus(interest, split.interestPaid), principal: minus(principal, split.principalPaid), owed: minus(owed, amount) });
    this.lastSale = undefined;
    return { interest: split.interestPaid, principal: split.principalPaid };
  }

  /** Moves `amount` of `asset` into the balance (`out`: out of it). */
  private move(asset: string, amount: Decimal, out = false): void {
    this.lastSale = undefined;
    const held = this.balanceOf(asset);
    this.balance.set(asset, out ? minus(held, amount) : plus(held, amount));
  }
}

/** A value the plan may hold: the shared ONE replaced by a fresh 1. */
function own(value: Decimal): Decimal {
  return value === ONE ? one() : value;
}

/** amount × price, skipping the multiplication for the valuation asset's shared unit price. */
function valued(amount: Decimal, price: Decimal): Decimal {
  return price === ONE ? amount : amount.times(price);
}
