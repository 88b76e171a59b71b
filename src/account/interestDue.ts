import type { Decimal } from '../decimal/constructor.js';
import { DEFAULT_SCALE } from '../decimal/round.js';
import { chargeRange } from '../interest/chargeRange.js';
import type { ResolvedClock } from '../interest/clock.js';
import type { ResolvedDiscount } from '../interest/discounts.js';
import { interestOver } from '../interest/interestOver.js';
import { toRatePeriodHours } from '../interest/toRatePeriodHours.js';
import type { LoanWindow } from '../interest/loanWindow.js';
import type { AccountState, Tranche } from './state.js';

/** Interest a loan's tranches owe for the charges made after they were last accrued and before `at`. */
export interface InterestDue {
  readonly asset: string;
  readonly amount: Decimal;
}

function discountsFor(state: AccountState, asset: string): ResolvedDiscount[] {
  const discounts: ResolvedDiscount[] = [];
  for (const c of state.coupons) if (c.asset === asset) discounts.push(c.discount);
  return discounts;
}

function windowOf(tranche: Tranche, at: number, clock: ResolvedClock): LoanWindow {
  return { from: tranche.borrowedAt, to: at, since: tranche.accruedTo ?? undefined, clock };
}

/** Whether the tranche's clock makes any charge in its window up to `at` (continuous: any time passes). */
function hasCharges(window: LoanWindow): boolean {
  const range = chargeRange(window);
  return range === undefined ? window.to > (window.since ?? window.from) : range.end > range.start;
}

/**
 * Per asset with a loan: the interest of every charge in (last accrual, at), each tranche on its
 * own clock and rounded `ceil` on its own. Only assets whose clocks made a charge are listed, so
 * an hourly loan queried twice within the hour posts nothing the second time. The state's values
 * are already validated, so this goes straight to the closed form (no public-edge checks per tranche).
 */
export function interestDue(state: AccountState, at: number): InterestDue[] {
  const due: InterestDue[] = [];
  for (const [asset, loan] of Object.entries(state.loans)) {
    const rule = state.rules.interest[asset];
    if (rule === undefined) continue;
    let discounts: ResolvedDiscount[] | undefined;
    let ratePeriodHours: Decimal | undefined;
    let amount: Decimal | undefined;
    for (const tranche of loan.tranches) {
      const window = windowOf(tranche, at, rule.clock);
      if (!hasCharges(window)) continue;
      discounts ??= discountsFor(state, asset);
      ratePeriodHours ??= toRatePeriodHours(rule.ratePeriodHours);
      const interest = interestOver({ principal: tranche.principal, rate: rule.rate, openingRate: rule.openingRate, ratePeriodHours, discounts, scale: DEFAULT_SCALE, window, compounding: false });
      amount = amount === undefined ? interest : amount.plus(interest);
    }
    if (amount !== undefined) due.push({ asset, amount });
  }
  return due;
}
