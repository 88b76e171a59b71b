import { ONE, ZERO, one, type Decimal } from '../decimal/constructor.js';
import { minus } from '../decimal/addition.js';
import { isPositive } from '../decimal/compare.js';
import { decimalAt, digitsOf, exponentOf, powerOfTen, quotientAt, unitsAt } from '../decimal/scaledInteger.js';
import { splitRepaymentUnits } from '../interest/splitRepayment.js';
import type { CoverageMultiple } from '../risk/coverageMultiple.js';
import { coverageWith, debtMaintenance, type LiabilityMaintenance } from './liabilityMaintenance.js';
import type { LiquidationAccount, LiquidationStep, ResolvedPlanOptions, SellStep } from './liquidationPlan.js';
import { lotOf } from './planOptions.js';

/*
 * The planner's ledger holds every amount as an exact integer ([docs/decisions/0023-planner-ledger-on-integers.md](../../docs/decisions/0023-planner-ledger-on-integers.md)):
 * an asset's amounts as a count of 10^grid (its grid: the finest of its balance, its loan, its lot
 * and the plan's scale, so every balance, debt, whole-lot quantity, proceeds and fee of the plan lies
 * on it), values in the valuation asset as a count of 10^valueExponent (the finest grid times its
 * price). Sums, products and the two roundings of a sale (proceeds down, fee up) are then `BigInt`
 * operations, which allocate a few bytes where a `Big` allocates its digits; decimals are made once,
 * for the plan's steps and totals.
 */

/** Totals of an account in the valuation asset, in units of 10^`valueExponent`: the ledger's now, or a sale's after. */
export interface Point {
  readonly assets: bigint;
  readonly liabilities: bigint;
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
  /** `fixed` as integers on one grid, for the comparisons a plan makes many of (`levelOrder`). */
  readonly scaled: ScaledMultiple;
}

/** A coverage multiple k_n / k_d as two integers counting one power of ten: its order test is two products. */
interface ScaledMultiple {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** k as integers on the finer of its two grids. */
function scaledOf(k: CoverageMultiple): ScaledMultiple {
  const exponent = Math.min(exponentOf(k.numerator), exponentOf(k.denominator));
  return { numerator: unitsAt(k.numerator, exponent), denominator: unitsAt(k.denominator, exponent) };
}

/** A level of the plan: its fixed multiple, its threshold for liability tiers, the multiple's integers made once. */
export function planLevel(fixed: CoverageMultiple, threshold: Decimal | undefined): PlanLevel {
  return { fixed, threshold, scaled: scaledOf(fixed) };
}

/** What a sale of a quantity would do, before it is booked (its step is only built when booked). */
export interface Sale extends Point {
  readonly asset: string;
  readonly owed: string;
  /** Units of the asset's grid. */
  readonly quantity: bigint;
  /** quantity × price, in value units. */
  readonly value: bigint;
  /** In units of 10^-scale of the owed asset. */
  readonly proceeds: bigint;
  /** In units of 10^-scale of the owed asset. */
  readonly fee: bigint;
  /** Proceeds less the fee, in the owed asset's grid: what is left to repay with. */
  readonly net: bigint;
  /** net − repaid: what of the proceeds stays in the account (owed asset's grid). */
  readonly left: bigint;
  /** What of `net` repays the owed asset's debt (owed asset's grid). */
  readonly repaid: bigint;
}

/** What the ledger reads of a loan: its interest and principal. */
interface LoanAmounts {
  readonly interest: Decimal;
  readonly principal: Decimal;
}


/**
 * One asset in the ledger: its terms for the plan — its grid, its price, the factors taking its
 * units to value units — and what the ledger holds and owes of it now, changed as steps are booked.
 */
interface Slot {
  readonly asset: string;
  /** The asset's amounts are counts of 10^grid. */
  readonly grid: number;
  readonly price: Decimal;
  readonly priceUnits: bigint;
  readonly priceExponent: number;
  /** Value units per unit of the grid: priceUnits × 10^(grid + priceExponent − valueExponent). */
  readonly toValue: bigint;
  /** Value units per unit of 10^-scale (proceeds and fees): priceUnits × 10^(priceExponent − scale − valueExponent). */
  readonly scaledToValue: bigint;
  /** The asset's lot in units of its grid. */
  readonly lot: bigint;
  /** The balance, in units of the grid. */
  balance: bigint;
  /** What is owed, in units of the grid: interest and principal, and their sum kept in step. */
  interest: bigint;
  principal: bigint;
  owed: bigint;
  /** The fees booked in the asset, in units of 10^-scale. */
  fee: bigint;
}

/**
 * The planner's working copy of an account: balances and debts per asset and their total values
 * (exact, at the plan's prices), changed step by step while the plan is written. Private to
 * planning; the account itself is never touched.
 */
export class PlanLedger {
  /** Every asset of the account, in its order (one record each: no map per kind of amount). */
  private readonly slots: Slot[] = [];
  private readonly slotByAsset = new Map<string, Slot>();
  readonly steps: LiquidationStep[] = [];
  /** The assets fees were booked in, in the order first booked (each slot holds its sum). */
  private readonly feeAssets: string[] = [];
  /** Σ fee × price, Σ slippage and Σ covered × price, in value units. */
  feeValue = 0n;
  slippageValue = 0n;
  shortfallValue = 0n;
  assets = 0n;
  liabilities = 0n;
  maintenance: Decimal = ZERO;
  /** Liability tiers of the account, or `undefined` (then `maintenance` stays 0). */
  readonly tiered: LiabilityMaintenance | undefined;
  /** Values are counts of 10^valueExponent. */
  readonly valueExponent: number;

  readonly valuationAsset: string;
  /** The last sale priced, reused when the same quantity is asked again before anything is booked. */
  private lastSale: Sale | undefined;
  /** 1 − slippage: the share of a sale's value that arrives. */
  readonly kept: Decimal;
  /** Net yield of a sale used to repay: g = (1 − fee)(1 − slippage) ([docs/liquidation.md](../../docs/liquidation.md)). */
  readonly netYield: Decimal;
  /** `netYield` = netYieldUnits × 10^netYieldExponent. */
  readonly netYieldUnits: bigint;
  readonly netYieldExponent: number;
  private readonly keptUnits: bigint;
  private readonly keptExponent: number;
  private readonly feeUnits: bigint;
  private readonly feeExponent: number;
  private readonly scale: number;

  /** A ledger of the account at the plan's prices (no steps yet). */
  constructor(
    account: LiquidationAccount,
    readonly options: ResolvedPlanOptions,
  ) {
    this.valuationAsset = account.rules.valuationAsset;
    this.tiered = account.rules.liabilityMaintenance;
    this.kept = minus(ONE, options.slippage);
    this.netYield = minus(ONE, options.feeRate).times(this.kept);
    this.netYieldUnits = digitsOf(this.netYield);
    this.netYieldExponent = exponentOf(this.netYield);
    this.keptUnits = unitsAt(this.kept, exponentOf(this.kept));
    this.keptExponent = exponentOf(this.kept);
    this.feeUnits = digitsOf(options.feeRate);
    this.feeExponent = exponentOf(options.feeRate);
    const scale = (this.scale = options.scale);
    const { assets } = account.rules;
    // each asset's grid: at most 10^-scale (proceeds and fees) and its lot (whole-lot quantities),
    // finer where its balance or loan is; the value grid fine enough for every asset's values.
    // A state's records hold only the account's assets (own names: an inherited name is no asset).
    // Each asset's records are read once, here, and kept for the pass that needs the value grid.
    const count = assets.length;
    const grids: number[] = new Array<number>(count);
    const prices: Decimal[] = new Array<Decimal>(count);
    const lots: Decimal[] = new Array<Decimal>(count);
    const balances: (Decimal | undefined)[] = new Array<Decimal | undefined>(count);
    const loans: (LoanAmounts | undefined)[] = new Array<LoanAmounts | undefined>(count);
    let valueExponent = 0;
    for (let i = 0; i < count; i++) {
      const asset = assets[i]!;
      const lot = (lots[i] = lotOf(options, asset));
      const price = (prices[i] = this.priceOf(asset));
      let grid = Math.min(-scale, exponentOf(lot));
      const balance = (balances[i] = ownEntry(account.balances, asset));
      if (balance !== undefined) grid = Math.min(grid, exponentOf(balance));
      const loan = (loans[i] = ownEntry(account.loans, asset));
      if (loan !== undefined) grid = Math.min(grid, exponentOf(loan.interest), exponentOf(loan.principal));
      grids[i] = grid;
      valueExponent = Math.min(valueExponent, grid + exponentOf(price));
    }
    this.valueExponent = valueExponent;
    for (let i = 0; i < count; i++) {
      const asset = assets[i]!;
      const grid = grids[i]!;
      const price = prices[i]!;
      const priceUnits = digitsOf(price);
      const priceExponent = exponentOf(price);
      const lot = lots[i]!;
      const toValue = priceUnits * powerOfTen(grid + priceExponent - valueExponent);
      const balance = balances[i];
      const amount = balance === undefined ? 0n : unitsAt(balance, grid);
      this.assets += amount * toValue;
      const loan = loans[i];
      const interest = loan === undefined ? 0n : unitsAt(loan.interest, grid);
      const principal = loan === undefined ? 0n : unitsAt(loan.principal, grid);
      const owed = interest + principal;
      const slot: Slot = {
        asset,
        grid,
        price,
        priceUnits,
        priceExponent,
        toValue,
        scaledToValue: priceUnits * powerOfTen(priceExponent - scale - valueExponent),
        lot: digitsOf(lot) * powerOfTen(exponentOf(lot) - grid),
        balance: amount,
        interest,
        principal,
        owed,
        fee: 0n,
      };
      this.slots.push(slot);
      this.slotByAsset.set(asset, slot);
      if (loan === undefined) continue;
      this.liabilities += owed * toValue;
      if (this.tiered !== undefined) this.maintenance = this.maintenance.plus(this.debtMaintenance(asset, owed));
    }
  }

  /** The slot of one of the account's assets (the plan names no other: its options are checked against them). */
  private slotOf(asset: string): Slot {
    return this.slotByAsset.get(asset)!;
  }

  /** An amount of `asset` (on its grid, as every amount of the plan is) in units of its grid. */
  toUnits(asset: string, amount: Decimal): bigint {
    return unitsAt(amount, this.slotOf(asset).grid);
  }

  /** `units` of `asset`'s grid as a fresh decimal. */
  decimalOf(asset: string, units: bigint): Decimal {
    return decimalAt(units, this.slotOf(asset).grid);
  }

  /** The exponent of `asset`'s grid. */
  gridOf(asset: string): number {
    return this.slotOf(asset).grid;
  }

  /** The lot of `asset` in units of its grid. */
  lotOf(asset: string): bigint {
    return this.slotOf(asset).lot;
  }

  /**
   * Lots of `asset` whose value, times `per` (units × 10^perExponent, positive), makes
   * `amount` × 10^amountExponent in the valuation asset: ceil(ceil₂₀(amount / (per × price)) / lot) —
   * the quotient at 20 places up, then in lots up (one ceiling, for a lot on the 20-place grid).
   */
  lotsFor(asset: string, amount: bigint, amountExponent: number, per: bigint, perExponent: number): bigint {
    const { priceUnits, priceExponent, lot, grid } = this.slotOf(asset);
    const places = quotientAt(amount, per * priceUnits, amountExponent - perExponent - priceExponent + 20, 'ceil');
    return quotientAt(places, lot, -20 - grid, 'ceil');
  }

  /** Value units of `units` of `asset`. */
  valueOf(asset: string, units: bigint): bigint {
    return units * this.slotOf(asset).toValue;
  }

  /** Value units as a fresh decimal of the valuation asset. */
  decimalOfValue(value: bigint): Decimal {
    return decimalAt(value, this.valueExponent);
  }

  /** The ledger's totals now (the values are never changed in place: later steps replace them). */
  totals(): Point {
    return { assets: this.assets, liabilities: this.liabilities, maintenance: this.maintenance };
  }

  /** The tiered maintenance a debt of `owed` units of `asset` needs (0 without liability tiers). */
  private debtMaintenance(asset: string, owed: bigint): Decimal {
    return this.tiered === undefined ? ZERO : debtMaintenance(this.tiered, asset, this.decimalOfValue(this.valueOf(asset, owed)));
  }

  /** The coverage multiple of `level` at `at` (a fixed level, or one the debts there give). */
  coverage(level: PlanLevel, at: Point = this): CoverageMultiple {
    return this.tiered === undefined || level.threshold === undefined ? level.fixed : coverageWith(level.threshold, this.decimalOfValue(at.liabilities), at.maintenance);
  }

  priceOf(asset: string): Decimal {
    return this.options.prices[asset] ?? ONE;
  }

  // arrow properties: handed to the orderings as they are
  readonly balanceOf = (asset: string): bigint => this.slotOf(asset).balance;

  readonly owedOf = (asset: string): bigint => this.slotOf(asset).owed;

  /** Per asset, the fees booked (units of 10^-scale), in the order first booked. */
  fees(): [string, bigint][] {
    return this.feeAssets.map((asset) => [asset, this.slotOf(asset).fee]);
  }

  /** Assets with a debt, in `repayOrder` then largest debt value first (ties by name, for determinism). */
  debts(): string[] {
    const assets: string[] = [];
    for (const slot of this.slots) if (slot.owed > 0n) assets.push(slot.asset);
    return assets.sort((x, y) => this.precedes(x, y, this.options.repayOrder, this.owedOf));
  }

  /** The first of `debts()` (found without listing or sorting them), or `undefined`. */
  firstDebt(): string | undefined {
    let best: string | undefined;
    for (const { asset, owed } of this.slots) if (owed > 0n && (best === undefined || this.precedes(asset, best, this.options.repayOrder, this.owedOf) < 0)) best = asset;
    return best;
  }

  /** Assets held and not owed, in `saleOrder` then largest value first. */
  sellable(): string[] {
    const assets: string[] = [];
    for (const slot of this.slots) if (slot.balance > 0n && slot.owed === 0n) assets.push(slot.asset);
    return assets.sort((x, y) => this.precedes(x, y, this.options.saleOrder, this.balanceOf));
  }

  /** The first of `sellable()` (found without listing or sorting them), or `undefined`. */
  firstSellable(): string | undefined {
    let best: string | undefined;
    for (const { asset, balance, owed } of this.slots) if (balance > 0n && owed === 0n && (best === undefined || this.precedes(asset, best, this.options.saleOrder, this.balanceOf) < 0)) best = asset;
    return best;
  }

  /**
   * Negative when `x` comes before `y`: by rank in `first` (those named there first, in its order),
   * then the larger value (amount × price) first, then by name, for determinism.
   */
  private precedes(x: string, y: string, first: readonly string[], amountOf: (a: string) => bigint): number {
    const rankX = first.indexOf(x);
    const rankY = first.indexOf(y);
    if (rankX !== rankY) return (rankX < 0 ? first.length : rankX) - (rankY < 0 ? first.length : rankY);
    const vx = this.valueOf(x, amountOf(x));
    const vy = this.valueOf(y, amountOf(y));
    return vy > vx ? 1 : vy < vx ? -1 : x < y ? -1 : x > y ? 1 : 0;
  }

  /**
   * The values of the owed asset's debt where its tier changes below the debt now, highest first
   * (none without liability tiers): between two of them the tiered measure moves linearly with a sale.
   */
  tierFloorsBelow(owed: string): Decimal[] {
    const table = this.tiered !== undefined && Object.prototype.hasOwnProperty.call(this.tiered.tiers, owed) ? this.tiered.tiers[owed] : undefined;
    if (table === undefined) return [];
    const value = this.decimalOfValue(this.valueOf(owed, this.owedOf(owed)));
    return table.tiers.map((t) => t.notionalFloor).filter((f) => isPositive(f) && f.lt(value)).reverse();
  }

  /** Whether `at` is at or beyond `level`: with debt, assets ≤ k × liabilities. */
  isBeyond(level: PlanLevel, at: Point = this): boolean {
    return at.liabilities !== 0n && this.levelOrder(level, at) <= 0;
  }

  /** Whether `at` meets `level` (risk at or below it): assets ≥ k × liabilities, or no debt. */
  meets(level: PlanLevel, at: Point = this): boolean {
    return at.liabilities === 0n || this.levelOrder(level, at) >= 0;
  }

  /** The sign of assets × k_d − liabilities × k_n at `at`, exactly (k the level's multiple there). */
  private levelOrder(level: PlanLevel, at: Point): number {
    const k = this.tiered === undefined || level.threshold === undefined ? level.scaled : scaledOf(this.coverage(level, at));
    const left = at.assets * k.denominator;
    const right = at.liabilities * k.numerator;
    return left > right ? 1 : left < right ? -1 : 0;
  }

  /** The sale of `quantity` units of `asset` for `owed`, priced but not booked (proceeds floor, fee ceil). */
  sale(asset: string, owed: string, quantity: bigint): Sale {
    const last = this.lastSale;
    if (last !== undefined && last.asset === asset && last.owed === owed && last.quantity === quantity) return last;
    const sold = this.slotOf(asset);
    const into = this.slotOf(owed);
    const scale = this.scale;
    const value = quantity * sold.toValue;
    // proceeds = value × kept / forPrice, floored at the scale; the fee on them ceiled
    const proceeds = quotientAt(value * this.keptUnits, into.priceUnits, this.valueExponent + this.keptExponent - into.priceExponent + scale, 'floor');
    const fee = this.feeUnits === 0n ? 0n : quotientAt(proceeds * this.feeUnits, 1n, this.feeExponent, 'ceil');
    const net = (proceeds - fee) * powerOfTen(-scale - into.grid);
    const debt = this.owedOf(owed);
    const repaid = net < debt ? net : debt;
    const left = net - repaid;
    const maintenance = this.tiered === undefined ? this.maintenance : this.maintenance.minus(this.debtMaintenance(owed, debt)).plus(this.debtMaintenance(owed, debt - repaid));
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
      assets: this.assets - value + left * into.toValue,
      liabilities: this.liabilities - repaid * into.toValue,
      maintenance,
    });
  }

  /** Books a sale: the sell, its fee, and the repayment from what is left. */
  book(sale: Sale): void {
    const { asset, owed, quantity, value, proceeds, fee, repaid } = sale;
    const into = this.slotOf(owed);
    const slippage = value - proceeds * into.scaledToValue;
    // The valuation asset's price is the shared ONE internally; a plan gets its own 1 (decimals in plans are not frozen).
    // each step frozen as it is written (a literal freezes cheaply; the plan's freeze then skips it)
    const step: SellStep = Object.freeze({
      kind: 'sell',
      asset,
      quantity: this.decimalOf(asset, quantity),
      price: own(this.slotOf(asset).price),
      for: owed,
      forPrice: own(into.price),
      proceeds: decimalAt(proceeds, -this.scale),
      fee: decimalAt(fee, -this.scale),
      slippage: this.decimalOfValue(slippage),
    });
    this.steps.push(step);
    this.slippageValue += slippage;
    if (fee > 0n) {
      this.steps.push(Object.freeze({ kind: 'fee', asset: owed, amount: decimalAt(fee, -this.scale) }));
      if (into.fee === 0n) this.feeAssets.push(owed);
      into.fee += fee;
      this.feeValue += fee * into.scaledToValue;
    }
    this.move(asset, -quantity);
    this.move(owed, sale.left); // proceeds in, fee and repayment out
    if (repaid > 0n) this.steps.push(this.repayment(owed, repaid, 'proceeds'));
    // The sale priced these totals already, exactly.
    this.assets = sale.assets;
    this.liabilities = sale.liabilities;
    this.maintenance = sale.maintenance;
  }

  /** Repays `amount` units of `asset` from its balance, interest first. */
  repay(asset: string, amount: bigint, source: 'holdings' | 'proceeds'): void {
    if (amount <= 0n) return;
    this.steps.push(this.repayment(asset, amount, source));
    this.move(asset, -amount);
    const value = this.valueOf(asset, amount);
    this.assets -= value;
    this.liabilities -= value;
  }

  /** The insurance fund pays what is still owed of `asset`. */
  cover(asset: string): void {
    const amount = this.owedOf(asset);
    if (amount <= 0n) return;
    this.reduceDebt(asset, amount);
    const value = this.valueOf(asset, amount);
    this.liabilities -= value;
    this.shortfallValue += value;
    this.steps.push(Object.freeze({ kind: 'cover', asset, amount: this.decimalOf(asset, amount) }));
  }

  /** The repay step of `amount` of `asset`, its debt lowered (`reduceDebt`), frozen. */
  private repayment(asset: string, amount: bigint, source: 'holdings' | 'proceeds'): LiquidationStep {
    const paid = this.reduceDebt(asset, amount);
    return Object.freeze({ kind: 'repay', asset, source, interest: this.decimalOf(asset, paid.interestPaid), principal: this.decimalOf(asset, paid.principalPaid) });
  }

  /** Lowers the debt of `asset` by `amount`, interest first; the caller moves balances and totals. */
  private reduceDebt(asset: string, amount: bigint): { interestPaid: bigint; principalPaid: bigint } {
    const slot = this.slotOf(asset);
    const { interest, principal, owed } = slot;
    const split = splitRepaymentUnits(amount, interest, principal);
    if (this.tiered !== undefined) this.maintenance = this.maintenance.minus(this.debtMaintenance(asset, owed)).plus(this.debtMaintenance(asset, owed - amount));
    slot.interest = interest - split.interestPaid;
    slot.principal = principal - split.principalPaid;
    slot.owed = owed - amount;
    this.lastSale = undefined;
    return split;
  }

  /** Adds `amount` units (negative: takes them) to the balance of `asset`. */
  private move(asset: string, amount: bigint): void {
    this.lastSale = undefined;
    this.slotOf(asset).balance += amount;
  }
}

/** `record[key]` when it is the record's own entry, else `undefined`. */
function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A value the plan may hold: the shared ONE replaced by a fresh 1. */
function own(value: Decimal): Decimal {
  return value === ONE ? one() : value;
}
