import { zero, type Decimal } from '../decimal/constructor.js';
import { approximate, levelSign } from '../decimal/approximation.js';
import { multiply } from '../decimal/multiply.js';
import { isBeyond, type CoverageMultiple } from '../risk/coverageMultiple.js';
import { riskRateOf } from '../risk/riskRate.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import { coverageWith, debtMaintenance, maintenanceRiskOf } from '../liquidation/liabilityMaintenance.js';
import { owedOf, priceOf } from './holdings.js';
import type { AccountRules, AccountState } from './state.js';

export interface StateValuation {
  readonly assets: Decimal;
  readonly liabilities: Decimal;
  /** Σ of each debt's tiered maintenance margin, for an account with `liabilityTiers`; else `undefined`. */
  readonly maintenance: Decimal | undefined;
}

/** Σ balance × price and Σ (principal + interest) × price at the state's last prices (and the tiered maintenance). Exact. */
export function valuationOf(state: AccountState): StateValuation {
  let assets = zero();
  for (const [asset, amount] of Object.entries(state.balances)) assets = assets.plus(multiply(amount, priceOf(state, asset)));
  let liabilities = zero();
  const tiered = state.rules.liabilityMaintenance;
  let maintenance = tiered === undefined ? undefined : zero();
  for (const asset of Object.keys(state.loans)) {
    const value = multiply(owedOf(state, asset), priceOf(state, asset));
    liabilities = liabilities.plus(value);
    if (tiered !== undefined) maintenance = (maintenance as Decimal).plus(debtMaintenance(tiered, asset, value));
  }
  return { assets, liabilities, maintenance };
}

/** A level of the rules an account is compared with. */
export type Level = 'marginCall' | 'liquidation' | 'transferOut';

/**
 * The coverage multiple of a level for this valuation: the rules' fixed one, or — with liability
 * tiers — the one the debts of the moment give (`coverageWith`).
 */
export function coverageAt(rules: AccountRules, level: Level, v: StateValuation): CoverageMultiple {
  const tiered = rules.liabilityMaintenance;
  const threshold = tiered?.[level];
  return tiered === undefined || threshold === undefined ? rules[level] : coverageWith(threshold, v.liabilities, v.maintenance as Decimal);
}

/** Whether the valuation is at or beyond a level of the rules. */
export function isAtLevel(rules: AccountRules, level: Level, v: StateValuation): boolean {
  return isBeyond(v.assets, v.liabilities, coverageAt(rules, level, v));
}

/**
 * The status the state's valuation implies, certified from float shadows where they decide it
 * (the sign of A·k_d − L·k_n beyond a 10^-10 relative margin, as `classifyBook` decides), else
 * from the exact valuation. Accounts with liability tiers are always valued exactly.
 */
export function statusOfState(state: AccountState): RiskStatus {
  return (state.rules.liabilityMaintenance === undefined ? certifiedStatus(state) : undefined) ?? statusFrom(state);
}

/**
 * Float shadows of a state's valuation at its prices — Σ balance × price (and Σ of the terms'
 * magnitudes) and Σ (principal + interest) × price — within the error bound of
 * [approximation.ts](../decimal/approximation.ts) (NaN where a value has no shadow).
 */
export interface ShadowValuation {
  readonly assets: number;
  readonly assetMagnitude: number;
  readonly liabilities: number;
}

/** The float shadows of the state's valuation (what `certifiedStatus` and the borrow check decide on where they can). */
export function shadowValuationOf(state: AccountState): ShadowValuation {
  const prices = state.prices;
  let assets = 0;
  let assetMagnitude = 0;
  // own names only (the records are plain objects: an inherited enumerable name is no asset)
  for (const asset in state.balances) {
    if (!Object.prototype.hasOwnProperty.call(state.balances, asset)) continue;
    const price = prices[asset];
    const value = approximate(state.balances[asset]!) * (price === undefined ? 1 : approximate(price));
    assets += value;
    assetMagnitude += Math.abs(value);
  }
  let liabilities = 0;
  for (const asset in state.loans) {
    if (!Object.prototype.hasOwnProperty.call(state.loans, asset)) continue;
    const loan = state.loans[asset]!;
    const price = prices[asset];
    liabilities += (approximate(loan.principal) + approximate(loan.interest)) * (price === undefined ? 1 : approximate(price));
  }
  return { assets, assetMagnitude, liabilities };
}

/** Whether the state owes anything (a loan's principal or interest not zero). */
function owes(state: AccountState): boolean {
  for (const asset in state.loans) {
    if (!Object.prototype.hasOwnProperty.call(state.loans, asset)) continue;
    const loan = state.loans[asset]!;
    if (loan.principal.c[0] !== 0 || loan.interest.c[0] !== 0) return true;
  }
  return false;
}

function certifiedStatus(state: AccountState): RiskStatus | undefined {
  // nothing owed: normal, with no valuation at all
  if (!owes(state)) return 'normal';
  const v = shadowValuationOf(state);
  const liquidated = beyond(v, state.rules.liquidation);
  if (liquidated === undefined) return undefined;
  if (liquidated) return 'liquidation';
  const called = beyond(v, state.rules.marginCall);
  return called === undefined ? undefined : called ? 'marginCall' : 'normal';
}

/**
 * Whether float shadows of a valuation are certainly at or beyond the level `k`, `undefined` when
 * only the exact valuation can tell. (A function of its own, not a closure over the sums' loops: a
 * closure's captured numbers are boxed, one allocation per addition.)
 */
function beyond(v: ShadowValuation, k: CoverageMultiple): boolean | undefined {
  const sign = levelSign(v.assets, v.assetMagnitude, v.liabilities, approximate(k.numerator), approximate(k.denominator));
  return sign === 0 ? undefined : sign < 0;
}

/** The status the state's valuation implies, decided without division. */
export function statusFrom(state: AccountState, v: StateValuation = valuationOf(state)): RiskStatus {
  if (isAtLevel(state.rules, 'liquidation', v)) return 'liquidation';
  return isAtLevel(state.rules, 'marginCall', v) ? 'marginCall' : 'normal';
}

/** The model's measure for a StatusChanged notification (8 places, toward risk). */
export function riskMeasureOf(state: AccountState, v: StateValuation): Decimal | null {
  if (v.maintenance !== undefined) return maintenanceRiskOf(v.assets, v.liabilities, v.maintenance, 8);
  return riskRateOf(v.assets, v.liabilities, state.rules.model, 8);
}
