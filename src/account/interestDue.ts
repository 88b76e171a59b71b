import { D, type Decimal } from '../decimal/constructor.js';
import { accruedInterest } from '../interest/accruedInterest.js';
import { chargeRange } from '../interest/chargeRange.js';
import { toClock, type InterestClock } from '../interest/clock.js';
import type { RateDiscount } from '../interest/discounts.js';
import type { AccountState, Tranche } from './state.js';

/** Interest a loan's tranches owe for the charges made after they were last accrued and before `at`. */
export interface InterestDue {
  readonly asset: string;
  readonly amount: Decimal;
}

function discountsFor(state: AccountState, asset: string): RateDiscount[] {
  return state.coupons
    .filter((c) => c.asset === asset)
    .map((c) => ({
      rateMultiplier: c.discount.rateMultiplier,
      ...(Number.isFinite(c.discount.from) && { from: c.discount.from }),
      ...(Number.isFinite(c.discount.to) && { to: c.discount.to }),
    }));
}

/** Whether the tranche's clock makes any charge in its window up to `at` (continuous: any time passes). */
function hasCharges(tranche: Tranche, at: number, clock: InterestClock): boolean {
  const since = tranche.accruedTo ?? undefined;
  const range = chargeRange({ from: tranche.borrowedAt, to: at, since, clock: toClock(clock) });
  return range === undefined ? at > (since ?? tranche.borrowedAt) : range.end > range.start;
}

/**
 * Per asset with a loan: the interest of every charge in (last accrual, at), each tranche on its
 * own clock and rounded `ceil` on its own. Only assets whose clocks made a charge are listed, so
 * an hourly loan queried twice within the hour posts nothing the second time.
 */
export function interestDue(state: AccountState, at: number): InterestDue[] {
  const due: InterestDue[] = [];
  for (const [asset, loan] of Object.entries(state.loans)) {
    const rule = state.rules.interest[asset];
    if (rule === undefined) continue;
    const discounts = discountsFor(state, asset);
    let amount = new D(0);
    let charged = false;
    for (const tranche of loan.tranches) {
      if (!hasCharges(tranche, at, rule.clock)) continue;
      charged = true;
      amount = amount.plus(
        accruedInterest({
          principal: tranche.principal,
          rate: rule.rate,
          ratePeriodHours: rule.ratePeriodHours,
          from: tranche.borrowedAt,
          to: at,
          clock: rule.clock,
          discounts,
          ...(tranche.accruedTo !== null && { since: tranche.accruedTo }),
        }),
      );
    }
    if (charged) due.push({ asset, amount });
  }
  return due;
}
