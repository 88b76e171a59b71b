import { zero, type Decimal } from '../decimal/constructor.js';
import { multiply } from '../decimal/multiply.js';
import { isBeyond } from '../risk/coverageMultiple.js';
import { riskRateOf } from '../risk/riskRate.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import { owedOf, priceOf } from './holdings.js';
import type { AccountState } from './state.js';

export interface StateValuation {
  readonly assets: Decimal;
  readonly liabilities: Decimal;
}

/** Σ balance × price and Σ (principal + interest) × price at the state's last prices. Exact. */
export function valuationOf(state: AccountState): StateValuation {
  let assets = zero();
  for (const [asset, amount] of Object.entries(state.balances)) assets = assets.plus(multiply(amount, priceOf(state, asset)));
  let liabilities = zero();
  for (const asset of Object.keys(state.loans)) liabilities = liabilities.plus(multiply(owedOf(state, asset), priceOf(state, asset)));
  return { assets, liabilities };
}

/** The status the state's valuation implies, decided without division. */
export function statusFrom(state: AccountState, v: StateValuation = valuationOf(state)): RiskStatus {
  if (isBeyond(v.assets, v.liabilities, state.rules.liquidation)) return 'liquidation';
  return isBeyond(v.assets, v.liabilities, state.rules.marginCall) ? 'marginCall' : 'normal';
}

/** The model's measure for a StatusChanged notification (8 places, toward risk). */
export function riskMeasureOf(state: AccountState, v: StateValuation): Decimal | null {
  return riskRateOf(v.assets, v.liabilities, state.rules.model, 8);
}
