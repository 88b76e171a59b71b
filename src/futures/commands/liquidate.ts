import { MarginError } from '../../errors.js';
import { sameValue } from '../../account/sameValue.js';
import { reject, type Rejection } from '../../decider/rejection.js';
import type { FuturesCommandOf } from '../commands.js';
import type { FuturesDraft } from '../draft.js';
import { planFuturesLiquidation, type FuturesLiquidationPlan } from '../planFuturesLiquidation.js';

function isPlan(value: unknown): value is FuturesLiquidationPlan {
  const plan = value as Partial<FuturesLiquidationPlan> | null;
  return typeof plan === 'object' && plan !== null && typeof plan.version === 'number' && typeof plan.options === 'object' && plan.options !== null && Array.isArray(plan.closes);
}

/**
 * Executes a futures liquidation plan: made for this account's version and equal — field by field,
 * decimals by value — to what `planFuturesLiquidation` gives now with the plan's own options (else
 * `STALE_PLAN`); an account with nothing to liquidate is `NOT_LIQUIDATABLE`. Event: `Liquidated`.
 */
export function decideFuturesLiquidate(draft: FuturesDraft, command: FuturesCommandOf<'liquidate'>): Rejection | undefined {
  const plan: unknown = command.plan;
  if (!isPlan(plan)) throw new MarginError('INVALID_COMMAND', 'liquidate needs the plan from planFuturesLiquidation', { field: 'plan' });
  const { state } = draft;
  if (plan.version !== state.version) return reject('STALE_PLAN', `the plan was made for version ${plan.version}, the account is at ${state.version}; plan again`, { planVersion: String(plan.version), version: String(state.version) });
  const { style, exitPrices, sliceFraction, sliceAbove } = plan.options;
  const current = planFuturesLiquidation(state, { style, exitPrices, sliceFraction, sliceAbove });
  if (!current.liquidatable) return reject('NOT_LIQUIDATABLE', 'no position is at its maintenance margin at the marks', { version: String(state.version) });
  if (!sameValue(current, plan)) return reject('STALE_PLAN', 'the plan differs from what the account warrants now; plan again', { version: String(state.version) });
  draft.emit({ type: 'Liquidated', at: draft.at, style: current.style, reductions: current.reductions, closes: current.closes, asset: current.asset, fundDelta: current.fundDelta });
  return undefined;
}
