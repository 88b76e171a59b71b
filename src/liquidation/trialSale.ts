import { approximate, approximateUnits, certainSign, EXACT_POWERS } from '../decimal/approximation.js';
import { compareUnits, divideUnits, shiftUnits, timesUnits, unitsOf } from '../decimal/safeUnits.js';
import { exponentOf } from '../decimal/scaledInteger.js';
import type { Decimal } from '../decimal/constructor.js';
import type { CoverageMultiple } from '../risk/coverageMultiple.js';
import type { PlanLedger } from './planLedger.js';

/** 2^52: a count (of lots, of a ledger's units) beyond it is not converted to a float64. */
const SAFE = 2n ** 52n;

/**
 * The planner's trial sales of one asset for one debt, on exact float64 integers
 * ([docs/decisions/0021-planner-on-safe-integers.md](../../docs/decisions/0021-planner-on-safe-integers.md)):
 * the search for the least quantity tries several, and only the one booked needs its `Sale` priced
 * on the ledger's `BigInt`s. For a quantity, `at` computes what `PlanLedger.sale` computes — the proceeds floored, the
 * fee ceiled, the repayment and what is left — exactly, in integers of at most 2^52, or answers
 * `false` when a value is too long for that (then the caller prices the sale on the ledger). The
 * totals after the sale are float estimates, and the levels are compared by their certain sign
 * (beyond a 10^-10 relative margin, as `classifyBook` decides); where that cannot tell, `done`
 * answers `undefined` and the caller decides exactly. Only for accounts without liability tiers.
 */
export class TrialSale {
  private readonly priceUnits: number;
  private readonly priceExponent: number;
  private readonly forUnits: number;
  private readonly forExponent: number;
  private readonly keptUnits: number;
  private readonly keptExponent: number;
  private readonly feeUnits: number;
  private readonly feeExponent: number;
  private readonly owedUnits: number;
  private readonly owedExponent: number;
  private readonly lotUnits: number;
  private readonly lotExponent: number;
  private readonly scale: number;
  private readonly assets: number;
  private readonly liabilities: number;
  private readonly forPrice: number;
  /** Whether the last `at` could price its sale exactly (then the fields below are its). */
  private exact = false;
  /** net ≥ what is owed: the sale repays the whole debt. */
  private repaysWhole = false;
  private assetsAfter = 0;
  private assetsMagnitude = 0;
  private liabilitiesAfter = 0;
  private liabilitiesMagnitude = 0;

  constructor(ledger: PlanLedger, asset: string, owed: string, lot: Decimal) {
    const price = ledger.priceOf(asset);
    const forPrice = ledger.priceOf(owed);
    this.priceUnits = unitsOf(price);
    this.priceExponent = exponentOf(price);
    this.forUnits = unitsOf(forPrice);
    this.forExponent = exponentOf(forPrice);
    this.keptUnits = unitsOf(ledger.kept);
    this.keptExponent = exponentOf(ledger.kept);
    this.feeUnits = unitsOf(ledger.options.feeRate);
    this.feeExponent = exponentOf(ledger.options.feeRate);
    this.owedUnits = safeNumber(ledger.owedOf(owed));
    this.owedExponent = ledger.gridOf(owed);
    this.lotUnits = unitsOf(lot);
    this.lotExponent = exponentOf(lot);
    this.scale = ledger.options.scale;
    this.assets = approximateUnits(ledger.assets, ledger.valueExponent);
    this.liabilities = approximateUnits(ledger.liabilities, ledger.valueExponent);
    this.forPrice = approximate(forPrice);
  }

  /** Prices the sale of `lots` whole lots; `false` when it cannot be done exactly here. */
  atLots(lots: bigint): boolean {
    return lots <= SAFE && this.at(timesUnits(Number(lots), this.lotUnits), this.lotExponent);
  }

  /** Prices the sale of `units × 10^exponent` of the asset; `false` when it cannot be done exactly here. */
  at(units: number, exponent: number): boolean {
    this.exact = false;
    const s = -this.scale;
    const value = timesUnits(units, this.priceUnits);
    const valueExponent = exponent + this.priceExponent;
    // proceeds = (value × kept) / forPrice, floored at the scale; the fee on them ceiled
    const proceeds = divideUnits(timesUnits(value, this.keptUnits), valueExponent + this.keptExponent, this.forUnits, this.forExponent, s, 'floor');
    const fee = this.feeUnits === 0 ? 0 : divideUnits(timesUnits(proceeds, this.feeUnits), this.feeExponent + s, 1, 0, s, 'ceil');
    const net = proceeds - fee;
    const order = compareUnits(net, s, this.owedUnits, this.owedExponent);
    if (Number.isNaN(order)) return false;
    // what repays the debt, and what of the net stays in the account, in units of 10^e
    const e = Math.min(s, this.owedExponent);
    const repaid = order >= 0 ? shiftUnits(this.owedUnits, this.owedExponent - e) : shiftUnits(net, s - e);
    const left = shiftUnits(net, s - e) - repaid;
    if (Number.isNaN(left)) return false;
    const valueFloat = floatOf(value, valueExponent);
    const leftValue = floatOf(left, e) * this.forPrice;
    const repaidValue = floatOf(repaid, e) * this.forPrice;
    this.repaysWhole = order >= 0;
    this.assetsAfter = this.assets - valueFloat + leftValue;
    this.assetsMagnitude = Math.abs(this.assets) + valueFloat + leftValue;
    this.liabilitiesAfter = this.liabilities - repaidValue;
    this.liabilitiesMagnitude = this.liabilities + repaidValue;
    this.exact = true;
    return true;
  }

  /** After `at`: whether the net proceeds repay the whole debt (exact). */
  repaysAll(): boolean {
    return this.repaysWhole;
  }

  /**
   * After `at`: whether the account after the sale meets `target` and is not at or beyond
   * `liquidation` (`PlanLedger.meets`, `isBeyond`), or `undefined` when the estimate cannot tell.
   */
  isDone(target: CoverageMultiple, liquidation: CoverageMultiple): boolean | undefined {
    if (!this.exact) return undefined;
    const meets = this.sign(target);
    if (meets === undefined || !meets) return meets;
    // not at or beyond the liquidation level: strictly above it (a tie is left to the exact path)
    return this.sign(liquidation);
  }

  /** Whether assets × k_d ≥ liabilities × k_n after the sale — `true` also with no debt left — or `undefined`. */
  private sign(k: CoverageMultiple): boolean | undefined {
    const kn = approximate(k.numerator);
    const kd = approximate(k.denominator);
    const sign = certainSign(kd * this.assetsAfter - kn * this.liabilitiesAfter, kd * this.assetsMagnitude + kn * this.liabilitiesMagnitude);
    if (sign > 0) return true;
    // below the level only with debt certainly left (no debt meets every level)
    return sign < 0 && certainSign(this.liabilitiesAfter, this.liabilitiesMagnitude) > 0 ? false : undefined;
  }
}

/** A ledger's integer as a float64 integer, or NaN beyond 2^52 (the trial then leaves the sale to the exact path). */
export function safeNumber(units: bigint): number {
  return units <= SAFE && units >= -SAFE ? Number(units) : NaN;
}

/** units × 10^exponent as a float (one rounding within ±22, a few beyond). */
function floatOf(units: number, exponent: number): number {
  if (exponent >= 0) return exponent <= 22 ? units * EXACT_POWERS[exponent]! : units * 10 ** exponent;
  return exponent >= -22 ? units / EXACT_POWERS[-exponent]! : units / 10 ** -exponent;
}
