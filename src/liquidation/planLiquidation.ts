import type { Decimal } from '../decimal/constructor.js';
import { compareProducts } from '../decimal/compareProducts.js';
import { ONE } from '../decimal/constructor.js';
import { deepFreeze } from '../freeze.js';
import { requireSealed } from '../sealed.js';
import { coverageOf, type CoverageMultiple } from '../risk/coverageMultiple.js';
import { riskRateOfUnits } from '../risk/riskRate.js';
import type { LiquidationAccount, LiquidationPlan, PartialFallback, PlanLiquidationOptions, ResolvedPlanOptions } from './liquidationPlan.js';
import { PlanLedger, planLevel, type PlanLevel, type Point } from './planLedger.js';
import { maintenanceRiskOf } from './liabilityMaintenance.js';
import { lotOf, toPlanOptions } from './planOptions.js';
import { smallestQuantity, type SaleLimits } from './saleQuantity.js';
import { safeNumber, TrialSale } from './trialSale.js';
import { decimalAt, digitsOf, exponentOf, powerOfTen, quotientAt, unitsAt } from '../decimal/scaledInteger.js';

function limitsFor(ledger: PlanLedger, asset: string, cap: bigint): SaleLimits {
  const lot = ledger.lotOf(asset);
  const minimum = ledger.options.minimums[asset];
  // the minimum in whole lots, up (it need not lie on the asset's grid)
  const least = minimum === undefined ? 0n : quotientAt(digitsOf(minimum), lot, exponentOf(minimum) - ledger.gridOf(asset), 'ceil');
  return { lot, first: least > 1n ? least : 1n, cap };
}

/** Repays each debt from the same asset where held (costless, so done in full first; Bitget's order). */
function repayFromHoldings(ledger: PlanLedger): void {
  for (const asset of ledger.debts()) {
    const held = ledger.balanceOf(asset);
    const owed = ledger.owedOf(asset);
    ledger.repay(asset, held < owed ? held : owed, 'holdings');
  }
}

/**
 * The most of `asset` worth selling for the debt in `owed`: the smallest allowed quantity whose
 * net proceeds repay all of it (estimate: owed × forPrice / (g × price) lots), else the whole balance.
 */
function debtCap(ledger: PlanLedger, asset: string, owed: string, trial: TrialSale | undefined): bigint {
  const balance = ledger.balanceOf(asset);
  const debt = ledger.owedOf(owed);
  const repaysAll = (q: bigint) => ledger.sale(asset, owed, q).net >= debt;
  if (!(trial?.at(safeNumber(balance), ledger.gridOf(asset)) ? trial.repaysAll() : repaysAll(balance))) return balance;
  const estimate = ledger.lotsFor(asset, ledger.valueOf(owed, debt), ledger.valueExponent, ledger.netYieldUnits, ledger.netYieldExponent);
  return smallestQuantity(limitsFor(ledger, asset, balance), estimate, repaysAll, trial && ((lots) => (trial.atLots(lots) ? trial.repaysAll() : undefined)));
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
  const { numerator: kn, denominator: kd } = k;
  const knExponent = exponentOf(kn);
  const kdExponent = exponentOf(kd);
  const gExponent = ledger.netYieldExponent;
  // per unit of value sold, k·g − 1 (times k_d): kn·g − kd
  const perExponent = Math.min(knExponent + gExponent, kdExponent);
  const per = unitsAt(kn, knExponent) * ledger.netYieldUnits * powerOfTen(knExponent + gExponent - perExponent) - unitsAt(kd, perExponent);
  if (per <= 0n) return 0n;
  // k·L − A (times k_d): kn·L − kd·A
  const kExponent = Math.min(knExponent, kdExponent);
  const value = ledger.liabilities * unitsAt(kn, kExponent) - ledger.assets * unitsAt(kd, kExponent);
  return ledger.lotsFor(asset, value, ledger.valueExponent + kExponent, per, perExponent);
}

/**
 * The least of the sale's candidate ends that passes, or `undefined`: the cap, and — with liability
 * tiers — each quantity that brings the debt down to a tier's floor. The tiered measure is linear
 * between two such ends, so where no end passes no quantity does, and below the first end that
 * passes the search for the least quantity meets one change from failing to passing.
 */
function firstPassingEnd(ledger: PlanLedger, asset: string, owed: string, cap: bigint, passes: (q: bigint) => boolean): bigint | undefined {
  const lot = ledger.lotOf(asset);
  const floors = ledger.tierFloorsBelow(owed);
  const debt = floors.length === 0 ? undefined : ledger.decimalOfValue(ledger.valueOf(owed, ledger.owedOf(owed)));
  for (const floor of floors) {
    // net proceeds of (debt − floor) in value: (debt − floor) / g of the asset's value, in lots, up
    const rest = debt!.minus(floor);
    const q = lot * ledger.lotsFor(asset, unitsAt(rest, exponentOf(rest)), exponentOf(rest), ledger.netYieldUnits, ledger.netYieldExponent);
    if (q >= cap) break;
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
  if (ledger.tiered === undefined && compareProducts(target.fixed.numerator, ledger.netYield, target.fixed.denominator, ONE) <= 0) return 'cannotCure';
  for (;;) {
    const owed = ledger.firstDebt();
    const asset = ledger.firstSellable();
    if (owed === undefined || asset === undefined) return 'insufficientAssets';
    const trial = trialOf(ledger, asset, owed);
    const cap = debtCap(ledger, asset, owed, trial);
    // the trial sale answers where it can (a quantity, or a count of lots), the big.js sale otherwise
    const passes = (q: bigint) => done(ledger.sale(asset, owed, q));
    const quick = trial && ((lots: bigint) => (trial.atLots(lots) ? trial.isDone(target.fixed, liquidation.fixed) : undefined));
    const grid = ledger.gridOf(asset);
    const passesAt = (q: bigint) => (trial?.at(safeNumber(q), grid) ? trial.isDone(target.fixed, liquidation.fixed) : undefined) ?? passes(q);
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
  for (const [asset, amount] of ledger.fees()) fees[asset] = decimalAt(amount, -ledger.options.scale);
  const model = account.rules.model;
  const assetsBefore = ledger.decimalOfValue(before.assets);
  const liabilitiesBefore = ledger.decimalOfValue(before.liabilities);
  const assetsAfter = ledger.decimalOfValue(ledger.assets);
  const liabilitiesAfter = ledger.decimalOfValue(ledger.liabilities);
  // without liability tiers the rate is one quotient of the ledger's integers
  const riskOf = (at: Point, assets: Decimal, liabilities: Decimal) =>
    ledger.tiered === undefined ? riskRateOfUnits(at.assets, at.liabilities, model, 8) : maintenanceRiskOf(assets, liabilities, at.maintenance, 8);
  return {
    version: account.version,
    at: account.at,
    liquidatable,
    requestedMode: ledger.options.mode,
    mode,
    fallback,
    // the steps were frozen as they were written; the list and the fees are frozen here, so the plan's freeze walks neither
    steps: Object.freeze(ledger.steps),
    riskBefore: riskOf(before, assetsBefore, liabilitiesBefore),
    riskAfter: riskOf(ledger, assetsAfter, liabilitiesAfter),
    assetsBefore,
    liabilitiesBefore,
    assetsAfter,
    liabilitiesAfter,
    fees: Object.freeze(fees),
    feeTotal: ledger.decimalOfValue(ledger.feeValue),
    slippageTotal: ledger.decimalOfValue(ledger.slippageValue),
    shortfall: ledger.decimalOfValue(ledger.shortfallValue),
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
  const liquidation = planLevel(rules.liquidation, tiered?.liquidation);
  if (!first.isBeyond(liquidation)) return summarise(account, first, before, false, options.mode, null);
  let fallback: PartialFallback | null = null;
  if (options.mode === 'partial') {
    const partial = first;
    const target =
      options.targetRiskRate !== null
        ? planLevel(coverageOf(rules.model, options.targetRiskRate), options.targetRiskRate)
        : rules.partialTarget !== undefined
          ? planLevel(rules.partialTarget, tiered?.partialTarget)
          : planLevel(rules.marginCall, tiered?.marginCall);
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
