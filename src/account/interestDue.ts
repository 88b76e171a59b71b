import type { Decimal } from '../decimal/constructor.js';
import { DEFAULT_SCALE } from '../decimal/round.js';
import type { ResolvedClock } from '../interest/clock.js';
import type { ResolvedDiscount } from '../interest/discounts.js';
import { interestOver } from '../interest/interestOver.js';
import { toRatePeriodHours } from '../interest/toRatePeriodHours.js';
import type { LoanWindow } from '../interest/loanWindow.js';
import { chargeCount } from '../interest/schedule.js';
import type { Draft } from './draft.js';
import type { AccountState, Tranche } from './state.js';

function discountsFor(state: AccountState, asset: string): ResolvedDiscount[] {
  const discounts: ResolvedDiscount[] = [];
  const { coupons } = state;
  for (let i = 0; i < coupons.length; i++) if (coupons[i]!.asset === asset) discounts.push(coupons[i]!.discount);
  return discounts;
}

function windowOf(tranche: Tranche, at: number, clock: ResolvedClock): LoanWindow {
  return { from: tranche.borrowedAt, to: at, since: tranche.accruedTo ?? undefined, clock };
}

/**
 * Whether the tranche's clock makes any charge after its last accrual and before `at` (continuous:
 * any time passes) — asked of every tranche on every command, so counted without a window or schedule.
 */
function hasCharges(tranche: Tranche, at: number, clock: ResolvedClock): boolean {
  const from = tranche.borrowedAt;
  const since = tranche.accruedTo;
  if (clock.kind === 'continuous') return at > (since ?? from);
  return chargeCount(clock, from, at) > (since === null ? 0 : chargeCount(clock, from, since));
}

/**
 * Charges on the draft, per asset with a loan, the interest of every charge in (last accrual,
 * draft time): one `InterestCharged` per asset whose clocks made a charge, each tranche on its own
 * clock and rounded `ceil` on its own — so an hourly loan asked twice within the hour posts nothing
 * the second time. Asked before every command, so nothing is allocated when nothing is due; the
 * state's values are already validated, so this goes straight to the closed form (no public-edge
 * checks per tranche).
 */
export function chargeInterestDue(draft: Draft): void {
  // each charge changes only its own asset's loan: the rest are read from the state before
  const state = draft.state;
  const at = draft.at;
  for (const asset in state.loans) {
    if (!Object.prototype.hasOwnProperty.call(state.loans, asset)) continue;
    const loan = state.loans[asset]!;
    const rule = state.rules.interest[asset];
    if (rule === undefined) continue;
    let discounts: ResolvedDiscount[] | undefined;
    let ratePeriodHours: Decimal | undefined;
    let amount: Decimal | undefined;
    // indexed: asked on every command, and a `for…of` here allocated its iterator's results
    const { tranches } = loan;
    for (let i = 0; i < tranches.length; i++) {
      const tranche = tranches[i]!;
      if (!hasCharges(tranche, at, rule.clock)) continue;
      const window = windowOf(tranche, at, rule.clock);
      discounts ??= discountsFor(state, asset);
      ratePeriodHours ??= toRatePeriodHours(rule.ratePeriodHours);
      const interest = interestOver({ principal: tranche.principal, rate: rule.rate, openingRate: rule.openingRate, ratePeriodHours, discounts, scale: DEFAULT_SCALE, window, compounding: false });
      amount = amount === undefined ? interest : amount.plus(interest);
    }
    if (amount !== undefined) draft.emit({ type: 'InterestCharged', at, asset, amount });
  }
}
