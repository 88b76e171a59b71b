import type { AccountCommand } from '../account/commands.js';
import type { AccountEvent } from '../account/events.js';
import { createAccount } from '../account/createAccount.js';
import { execute } from '../decider/dispatch.js';
import type { AccountState } from '../account/state.js';
import { D, type Decimal } from '../decimal/constructor.js';
import { divide } from '../decimal/divide.js';
import { toAmount } from '../decimal/validate.js';
import { toLeverage } from '../borrowing/toLeverage.js';
import { MarginError } from '../errors.js';
import type { LiquidationPlan } from '../liquidation/liquidationPlan.js';
import { planLiquidation } from '../liquidation/planLiquidation.js';
import { accountValuation } from '../risk/accountValuation.js';
import { riskRateOf } from '../risk/riskRate.js';
import type { CoverageMultiple } from '../risk/coverageMultiple.js';
import type { ResolvedRiskModel } from '../risk/model.js';
import { holdingsOf } from '../account/holdingsOf.js';
import { spotLiquidationPrice } from '../liquidation/spotLiquidationPrice.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import type { VenuePreset } from '../venues/venuePreset.js';
import type { PricePoint } from './pricePath.js';

/** A learner's position: deposit quote, open long or short at a leverage, ride the path. */
export interface Scenario {
  readonly venue: VenuePreset;
  readonly base: string;
  readonly quote: string;
  readonly deposit: string;
  readonly leverage: string;
  readonly side: 'long' | 'short';
  /** Rate of the borrowed asset per `ratePeriodHours`. */
  readonly rate: string;
  /** Hours the rate is quoted for: 24 (a daily rate) unless the caller says otherwise — never the venue's silently. */
  readonly ratePeriodHours: number;
  /** The pair's maintenance margin rate, where the venue sets one per pair (Bitget isolated). */
  readonly maintenanceMarginRate?: string;
}

export interface TimelineRow {
  readonly at: number;
  readonly price: Decimal;
  /** In the venue model's measure; null when unbounded. */
  readonly riskRate: Decimal | null;
  /** k_liquidation × liabilities / assets: 1 is the liquidation line (for the bar and the chart). */
  readonly closeness: number;
  readonly status: RiskStatus;
  /** Interest charged so far, in the borrowed asset. */
  readonly interestPaid: Decimal;
  /** Status changes the price made at this tick, as "normal → marginCall". */
  readonly changes: readonly string[];
  readonly plan?: LiquidationPlan;
  /** Status changes the liquidation made, after its plan. */
  readonly afterPlan: readonly string[];
  /** The price at which the account would be liquidated, at this tick; `null` with no debt left. */
  readonly liquidationPrice: Decimal | null;
}

export interface Simulation {
  readonly scenario: Scenario;
  readonly borrowedAsset: string;
  readonly quantity: Decimal;
  /** Where the margin-call line sits on the closeness scale (liquidation is 1). */
  readonly marginCallLine: number;
  /** The venue's two lines in its own measure (a risk rate, or a margin level). */
  readonly thresholds: { readonly marginCall: Decimal; readonly liquidation: Decimal };
  /** The account's risk model (the venue's). */
  readonly model: ResolvedRiskModel;
  readonly rows: readonly TimelineRow[];
}

function must(state: AccountState, command: AccountCommand): { state: AccountState; events: readonly AccountEvent[] } {
  const r = execute(state, command);
  if (!r.ok) throw new MarginError('INVALID_OPTION', `the scenario cannot ${command.type}: ${r.rejection.message}`, { field: command.type, code: r.rejection.code });
  return { state: r.state, events: r.events };
}

/** The risk rate and k_liq·L/A; the latter as a float for display only (it positions a bar, it decides nothing). */
function gaugesOf(state: AccountState): { riskRate: Decimal | null; closeness: number } {
  const { assets, liabilities } = accountValuation({ balances: state.balances, loans: state.loans, prices: state.prices, valuationAsset: state.rules.valuationAsset });
  const riskRate = riskRateOf(assets, liabilities, state.rules.model, 8);
  if (liabilities.eq(0)) return { riskRate, closeness: 0 };
  if (assets.eq(0)) return { riskRate, closeness: Number.POSITIVE_INFINITY };
  const k = state.rules.liquidation;
  return { riskRate, closeness: Number(liabilities.times(k.numerator)) / Number(assets.times(k.denominator)) };
}

/** Where the pair account's holdings are liquidated (`spotLiquidationPrice` at the venue's line), `null` with no debt. */
function liquidationPriceOf(state: AccountState, base: string, quote: string, threshold: Decimal): Decimal | null {
  const holdings = holdingsOf(state);
  const side = (asset: string) => holdings[asset] ?? { held: new D(0), debt: new D(0) };
  if (side(base).debt.eq(0) && side(quote).debt.eq(0)) return null;
  return spotLiquidationPrice({ base: side(base), quote: side(quote), model: state.rules.model, threshold, scale: 2 });
}

/**
 * Replays a price path through an isolated account on the venue's rules: deposit, open at the first
 * price with auto-borrow, then one `updatePrices` per point; when the status reaches `liquidation`
 * the venue's plan (partial where it cures, else full) is executed. Pure: the same inputs give the
 * same timeline.
 */
export function simulate(scenario: Scenario, path: readonly PricePoint[]): Simulation {
  const first = path[0];
  if (first === undefined) throw new MarginError('INVALID_OPTION', 'the price path is empty', { field: 'path' });
  const { base, quote, venue } = scenario;
  const borrowedAsset = scenario.side === 'long' ? quote : base;
  let state = createAccount({
    venue,
    mode: 'isolated',
    pair: { base, quote },
    interest: { [borrowedAsset]: { rate: scenario.rate, ratePeriodHours: scenario.ratePeriodHours } },
    prices: { [base]: first.price },
    at: first.at,
    ...(scenario.maintenanceMarginRate !== undefined && { maintenanceMarginRate: scenario.maintenanceMarginRate }),
  });
  const leverage = toLeverage(scenario.leverage, 'leverage');
  if (leverage.gt(state.rules.maxLeverage)) {
    throw new MarginError('INVALID_LEVERAGE', `--leverage ${scenario.leverage} is above ${venue.title}'s isolated cap ${state.rules.maxLeverage.toFixed()}`, { field: 'leverage', value: scenario.leverage });
  }
  state = must(state, { type: 'deposit', at: first.at, asset: quote, amount: scenario.deposit }).state;
  // Long: buy deposit × leverage of base. Short: sell deposit × (leverage − 1) of borrowed base. Floor: never above the limit.
  const value = toAmount(scenario.deposit, 'deposit').times(scenario.side === 'long' ? leverage : leverage.minus(1));
  const quantity = divide(value, first.price, 8, 'floor');
  let interestPaid = new D(0);
  const rows: TimelineRow[] = [];
  const k = state.rules;
  const marginCallLine = Number(k.liquidation.numerator.times(k.marginCall.denominator)) / Number(k.liquidation.denominator.times(k.marginCall.numerator));
  // The model's measure on each line: an account whose assets are k × its liabilities stands exactly on it.
  const lineOf = (c: CoverageMultiple) => riskRateOf(c.numerator, c.denominator, k.model, 8) ?? new D(0);
  const thresholds = { marginCall: lineOf(k.marginCall), liquidation: lineOf(k.liquidation) };
  const opened = must(state, { type: 'trade', at: first.at, side: scenario.side === 'long' ? 'buy' : 'sell', quantity, price: first.price, autoBorrow: true });
  state = opened.state;
  for (const e of opened.events) if (e.type === 'InterestCharged') interestPaid = interestPaid.plus(e.amount);
  path.forEach((point, index) => {
    const changes: string[] = [];
    let plan: LiquidationPlan | undefined;
    if (index > 0) {
      const moved = must(state, { type: 'updatePrices', at: point.at, prices: { [base]: point.price } });
      state = moved.state;
      for (const e of moved.events) {
        if (e.type === 'InterestCharged') interestPaid = interestPaid.plus(e.amount);
        if (e.type === 'StatusChanged') changes.push(`${e.from} → ${e.to}`);
      }
    }
    const { riskRate, closeness } = gaugesOf(state);
    const status = state.status;
    const liquidationPrice = liquidationPriceOf(state, base, quote, thresholds.liquidation);
    const afterPlan: string[] = [];
    if (state.status === 'liquidation') {
      plan = planLiquidation(state, { ...(venue.liquidationFeeRate !== undefined && { feeRate: venue.liquidationFeeRate }) });
      const done = must(state, { type: 'liquidate', at: state.at, plan });
      state = done.state;
      for (const e of done.events) if (e.type === 'StatusChanged') afterPlan.push(`${e.from} → ${e.to}`);
    }
    rows.push({ at: point.at, price: point.price, riskRate, closeness, status, interestPaid, changes, afterPlan, liquidationPrice, ...(plan && { plan }) });
  });
  return { scenario, borrowedAsset, quantity, marginCallLine, thresholds, model: k.model, rows };
}
