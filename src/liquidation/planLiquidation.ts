import { zero, ZERO, type Decimal } from '../decimal/constructor.js';
import { plus } from '../decimal/addition.js';
import { compare, isPositive, minOf } from '../decimal/compare.js';
import { divide } from '../decimal/divide.js';
import { deepFreeze } from '../freeze.js';
import { requireSealed } from '../sealed.js';
import { coverageOf, type CoverageMultiple } from '../risk/coverageMultiple.js';
import { riskRateOf } from '../risk/riskRate.js';
import type { LiquidationAccount, LiquidationPlan, PartialFallback, PlanLiquidationOptions, ResolvedPlanOptions } from './liquidationPlan.js';
import { PlanLedger, type PlanLevel, type Point } from './planLedger.js';
import { maintenanceRiskOf } from './liabilityMaintenance.js';
import { lotOf, toPlanOptions } from './planOptions.js';
import { lotsIn, smallestQuantity, type SaleLimits } from './saleQuantity.js';
import { TrialSale } from './trialSale.js';
import { divideUnits, minusUnits, timesUnits, unitsOf } from '../decimal/safeUnits.js';
import { exponentOf } from '../decimal/scaledInteger.js';

function limitsFor(ledger: PlanLedger, asset: string, cap: Decimal): SaleLimits {
  return { lot: lotOf(ledger.options, asset), minimum: ledger.options.minimums[asset] ?? zero(), cap };
}

/** Repays each debt from the same asset where held (costless, so done in full first; Bitget's order). */
function repayFromHoldings(ledger: PlanLedger): void {
  for (const asset of ledger.debts()) ledger.repay(asset, minOf(ledger.balanceOf(asset), ledger.owedOf(asset)), 'holdings');
}

/**
 * The most of `asset` worth selling for the debt in `owed`: the smallest allowed quantity whose
 * net proceeds repay all of it (estimate: owed × forPrice / (g × price) lots), else the whole balance.
 */
function debtCap(ledger: PlanLedger, asset: string, owed: string, trial: TrialSale | undefined): Decimal {
  const balance = ledger.balanceOf(asset);
  const debt = ledger.owedOf(owed);
  const repaysAll = (q: Decimal) => compare(ledger.sale(asset, owed, q).net, debt) >= 0;
  if (!(trial?.at(unitsOf(balance), exponentOf(balance)) ? trial.repaysAll() : repaysAll(balance))) return balance;
  const limits = limitsFor(ledger, asset, balance);
  const forPrice = ledger.priceOf(owed);
  const price = ledger.priceOf(asset);
  const g = ledger.netYield;
  const lot = limits.lot;
  // ceil(ceil₂₀(debt·forPrice / (g·price)) / lot) = ceil(debt·forPrice / (g·price·lot)) for a lot on the 20-place grid
  const quick = exponentOf(lot) < -20 ? NaN : divideUnits(
    timesUnits(unitsOf(debt), unitsOf(forPrice)), exponentOf(debt) + exponentOf(forPrice),
    timesUnits(timesUnits(unitsOf(g), unitsOf(price)), unitsOf(lot)), exponentOf(g) + exponentOf(price) + exponentOf(lot), 0, 'ceil');
  const estimate = Number.isNaN(quick) ? lotsIn(divide(debt.times(forPrice), g.times(price), 20, 'ceil'), lot, 'ceil') : BigInt(quick);
  return smallestQuantity(limits, estimate, repaysAll, trial && ((lots) => (trial.atLots(lots) ? trial.repaysAll() : undefined)));
}

/** The trial sales of `asset` for `owed` at the ledger's state now, for an account without liability tiers. */
function trialOf(ledger: PlanLedger, asset: string, owed: string): TrialSale | undefined {
  return ledger.tiered === undefined ? new TrialSale(ledger, asset, owed, lotOf(ledger.options, asset)) : undefined;
}

/**
 * Lots of `asset` to sell so that (A − x, L − g·x) meets k: x = (k·L − A)/(k·g − 1) in value
 * (the closed form of [docs/liquidation.md](../../docs/liquidation.md)), with k = numerator/denominator kept as a fraction. 0 (the search starts at
 * the least sale) when k·g ≤ 1 — a tiered multiple, where only closing a debt whole can meet it.
 */
function closedFormLots(ledger: PlanLedger, asset: string, k: CoverageMultiple): bigint {
  const g = ledger.netYield;
  const quick = closedFormUnits(ledger, asset, k);
  if (!Number.isNaN(quick)) return BigInt(quick);
  const value = k.numerator.times(ledger.liabilities).minus(k.denominator.times(ledger.assets));
  const perValue = k.numerator.times(g).minus(k.denominator).times(ledger.priceOf(asset));
  if (!isPositive(perValue)) return 0n;
  return lotsIn(divide(value, perValue, 20, 'ceil'), lotOf(ledger.options, asset), 'ceil');
}

/** `closedFormLots` on exact float64 integers (ceil(ceil₂₀(x)/lot) = ceil(x/lot) for a lot on the 20-place grid), or NaN when a value is too long. */
function closedFormUnits(ledger: PlanLedger, asset: string, k: CoverageMultiple): number {
  const { numerator: kn, denominator: kd } = k;
  const g = ledger.netYield;
  const lot = lotOf(ledger.options, asset);
  const price = ledger.priceOf(asset);
  if (exponentOf(lot) < -20) return NaN;
  const knExponent = exponentOf(kn);
  const kdExponent = exponentOf(kd);
  const value = minusUnits(timesUnits(unitsOf(kn), unitsOf(ledger.liabilities)), knExponent + exponentOf(ledger.liabilities), timesUnits(unitsOf(kd), unitsOf(ledger.assets)), kdExponent + exponentOf(ledger.assets));
  const valueExponent = Math.min(knExponent + exponentOf(ledger.liabilities), kdExponent + exponentOf(ledger.assets));
  const perUnit = minusUnits(timesUnits(unitsOf(kn), unitsOf(g)), knExponent + exponentOf(g), unitsOf(kd), kdExponent);
  if (!(perUnit > 0)) return perUnit <= 0 ? 0 : NaN;
  const perExponent = Math.min(knExponent + exponentOf(g), kdExponent);
  return divideUnits(value, valueExponent, timesUnits(timesUnits(perUnit, unitsOf(price)), unitsOf(lot)), perExponent + exponentOf(price) + exponentOf(lot), 0, 'ceil');
}

/**
 * The least of the sale's candidate ends that passes, or `undefined`: the cap, and — with liability
 * tiers — each quantity that brings the debt down to a tier's floor. The tiered measure is linear
 * between two such ends, so where no end passes no quantity does, and below the first end that
 * passes the search for the least quantity meets one change from failing to passing.
 */
function firstPassingEnd(ledger: PlanLedger, asset: string, owed: string, cap: Decimal, passes: (q: Decimal) => boolean): Decimal | undefined {
  const lot = lotOf(ledger.options, asset);
  const forPrice = ledger.priceOf(owed);
  const debt = ledger.owedOf(owed).times(forPrice);
  for (const floor of ledger.tierFloorsBelow(owed)) {
    // net proceeds of (debt − floor) in value: (debt − floor) / g of the asset's value, in lots, up
    const q = lot.times(lotsIn(divide(debt.minus(floor), ledger.netYield.times(ledger.priceOf(asset)), 20, 'ceil'), lot, 'ceil').toString());
    if (q.gte(cap)) break;
    if (passes(q)) return q;
  }
  return passes(cap) ? cap : undefined;
}

/** Partial liquidation: repay from holdings, then sell (largest first) until the target is met. */
function writePartial(ledger: PlanLedger, target: PlanLevel, liquidation: PlanLevel): PartialFallback | undefined {
  const done = (at: Point) => ledger.meets(target, at) && !ledger.isBeyond(liquidation, at);
  repayFromHoldings(ledger);
  if (done(ledger)) return undefined;
  // k·g ≤ 1: no sale helps. With liability tiers k moves with the debts, so the sales themselves tell.
  if (ledger.tiered === undefined && compare(target.fixed.numerator.times(ledger.netYield), target.fixed.denominator) <= 0) return 'cannotCure';
  for (;;) {
    const owed = ledger.firstDebt();
    const asset = ledger.firstSellable();
    if (owed === undefined || asset === undefined) return 'insufficientAssets';
    const trial = trialOf(ledger, asset, owed);
    const cap = debtCap(ledger, asset, owed, trial);
    // the trial sale answers where it can (a quantity, or a count of lots), the big.js sale otherwise
    const passes = (q: Decimal) => done(ledger.sale(asset, owed, q));
    const quick = trial && ((lots: bigint) => (trial.atLots(lots) ? trial.isDone(target.fixed, liquidation.fixed) : undefined));
    const passesAt = (q: Decimal) => (trial?.at(unitsOf(q), exponentOf(q)) ? trial.isDone(target.fixed, liquidation.fixed) : undefined) ?? passes(q);
    const end = firstPassingEnd(ledger, asset, owed, cap, passesAt);
    if (end === undefined) {
      ledger.book(ledger.sale(asset, owed, cap));
      continue;
    }
    // with tiers the closed form takes the multiple of the debts now; the search then finds the exact quantity
    const quantity = smallestQuantity(limitsFor(ledger, asset, end), closedFormLots(ledger, asset, ledger.coverage(target)), passes, quick);
    ledger.book(ledger.sale(asset, owed, quantity));
    return undefined;
  }
}

/** Full liquidation: repay every debt, selling what it takes; the insurance fund covers the rest. */
function writeFull(ledger: PlanLedger): void {
  repayFromHoldings(ledger);
  for (;;) {
    const owed = ledger.firstDebt();
    const asset = ledger.firstSellable();
    if (owed === undefined || asset === undefined) break;
    ledger.book(ledger.sale(asset, owed, debtCap(ledger, asset, owed, trialOf(ledger, asset, owed))));
  }
  for (const asset of ledger.debts()) ledger.cover(asset);
}

function summarise(account: LiquidationAccount, ledger: PlanLedger, before: Point, liquidatable: boolean, mode: LiquidationPlan['mode'], fallback: PartialFallback | null): LiquidationPlan {
  const fees: Record<string, Decimal> = {};
  let feeTotal = zero();
  let slippageTotal = zero();
  let shortfall = zero();
  for (const step of ledger.steps) {
    if (step.kind === 'fee') {
      fees[step.asset] = plus(fees[step.asset] ?? ZERO, step.amount);
      feeTotal = plus(feeTotal, step.amount.times(ledger.priceOf(step.asset)));
    } else if (step.kind === 'sell') slippageTotal = plus(slippageTotal, step.slippage);
    else if (step.kind === 'cover') shortfall = plus(shortfall, step.amount.times(ledger.priceOf(step.asset)));
  }
  const model = account.rules.model;
  const riskOf = (at: Point) => (ledger.tiered === undefined ? riskRateOf(at.assets, at.liabilities, model, 8) : maintenanceRiskOf(at.assets, at.liabilities, at.maintenance, 8));
  return {
    version: account.version,
    at: account.at,
    liquidatable,
    requestedMode: ledger.options.mode,
    mode,
    fallback,
    // the steps were frozen as they were written; the list and the fees are frozen here, so the plan's freeze walks neither
    steps: Object.freeze(ledger.steps),
    riskBefore: riskOf(before),
    riskAfter: riskOf(ledger),
    assetsBefore: before.assets,
    liabilitiesBefore: before.liabilities,
    assetsAfter: ledger.assets,
    liabilitiesAfter: ledger.liabilities,
    fees: Object.freeze(fees),
    feeTotal,
    slippageTotal,
    shortfall,
    options: ledger.options,
  };
}

/** Plans with validated options. */
function planWith(account: LiquidationAccount, options: ResolvedPlanOptions): LiquidationPlan {
  const { rules } = account;
  const tiered = rules.liabilityMaintenance;
  // the first ledger is the plan's own unless a partial plan falls back to a full one (on a new ledger)
  const first = new PlanLedger(account, options);
  const before = first.totals();
  const liquidation: PlanLevel = { fixed: rules.liquidation, threshold: tiered?.liquidation };
  if (!first.isBeyond(liquidation)) return summarise(account, first, before, false, options.mode, null);
  let fallback: PartialFallback | null = null;
  if (options.mode === 'partial') {
    const partial = first;
    const target: PlanLevel =
      options.targetRiskRate !== null
        ? { fixed: coverageOf(rules.model, options.targetRiskRate), threshold: options.targetRiskRate }
        : rules.partialTarget !== undefined
          ? { fixed: rules.partialTarget, threshold: tiered?.partialTarget }
          : { fixed: rules.marginCall, threshold: tiered?.marginCall };
    const failed = writePartial(partial, target, liquidation);
    if (failed === undefined) return summarise(account, partial, before, true, 'partial', null);
    fallback = failed;
  }
  const full = fallback === null ? first : new PlanLedger(account, options);
  writeFull(full);
  if (options.mode === 'sellAll') {
    sellTheRest(full);
    return summarise(account, full, before, true, 'sellAll', null);
  }
  return summarise(account, full, before, true, 'full', fallback);
}

/**
 * After every debt is closed, sells each remaining holding other than the valuation asset, whole,
 * into the valuation asset (a fee on each sale: on the total position value when everything is sold).
 */
function sellTheRest(ledger: PlanLedger): void {
  const V = ledger.valuationAsset;
  for (const asset of ledger.sellable()) if (asset !== V) ledger.book(ledger.sale(asset, V, ledger.balanceOf(asset)));
}

/**
 * What the engine does to an account at its liquidation threshold ([docs/liquidation.md](../../docs/liquidation.md); Bitget's flow): repay
 * each debt from the same asset where held, then sell other assets — larger values first — for the
 * owed assets, a liquidation fee on each sale going to the insurance fund. `partial` stops at the
 * smallest sale (in whole lots) that brings the risk back to `targetRiskRate`, sized by the closed
 * form x = (k·L − A)/(k·g − 1); when that cannot cure (k·g ≤ 1, or the assets run out) the plan is
 * `full` and says why in `fallback`. `full` repays every debt; debt left after everything is sold
 * is `cover`ed by the insurance fund (`shortfall`). Proceeds round down, fees up. An account not at
 * its threshold gets `liquidatable: false` and no steps. `sellAll` (KuCoin) is `full` and then sells
 * every other holding into the valuation asset: nothing but the valuation asset is left. `account` is an account state (from
 * `createAccount`, `accountFromJSON` or `execute`; anything else is `INVALID_STATE`). Pure; execute
 * it with the `liquidate` command. Formula page: [docs/liquidation.md](../../docs/liquidation.md).
 *
 * @example
 * const plan = planLiquidation(account, { mode: 'partial', targetRiskRate: '0.5', feeRate: '0.01' });
 * // plan.steps: [{ kind: 'sell', asset: 'BTC', quantity, proceeds, … }, { kind: 'fee', … }, { kind: 'repay', … }]
 * execute(account, { type: 'liquidate', at: account.at, plan });
 */
export function planLiquidation(account: LiquidationAccount, options?: PlanLiquidationOptions): LiquidationPlan {
  requireSealed(account, 'account', 'margin');
  return deepFreeze(planWith(account, toPlanOptions(account, options)));
}
