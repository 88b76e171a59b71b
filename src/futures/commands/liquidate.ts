import { MarginError } from '../../errors.js';
import { sameValue } from '../../account/sameValue.js';
import { reject, type Rejection } from '../../decider/rejection.js';
import type { FuturesCommandOf } from '../commands.js';
import type { FuturesDraft } from '../draft.js';
import { planHead } from '../../decider/planHead.js';
import { snapshot } from '../../input/snapshot.js';
import { planFuturesLiquidation, type FuturesLiquidationPlan } from '../planFuturesLiquidation.js';

/**
 * Executes a futures liquidation plan: made for this account's version and equal — field by field,
 * decimals by value — to what `planFuturesLiquidation` gives now with the plan's own options (else
 * `STALE_PLAN`); an account with nothing to liquidate is `NOT_LIQUIDATABLE`. Event: `Liquidated`.
 */
export function decideFuturesLiquidate(draft: FuturesDraft, command: FuturesCommandOf<'liquidate'>): Rejection | undefined {
  // read once: the version and options are taken, and the whole compared, from this copy
  const plan: unknown = snapshot(command.plan, 'plan', 'INVALID_COMMAND');
  const head = planHead<FuturesLiquidationPlan['options']>(plan, 'closes');
  if (head === undefined) throw new MarginError('INVALID_COMMAND', 'liquidate needs the plan from planFuturesLiquidation', { field: 'plan' });
  const { state } = draft;
  if (head.version !== state.version) return reject('STALE_PLAN', `the plan was made for version ${head.version}, the account is at ${state.version}; plan again`, { planVersion: String(head.version), version: String(state.version) });
  const { style, exitPrices, sliceFraction, sliceAbove } = head.options;
  const current = planFuturesLiquidation(state, { style, exitPrices, sliceFraction, sliceAbove });
  if (!current.liquidatable) return reject('NOT_LIQUIDATABLE', 'no position is at its maintenance margin at the marks', { version: String(state.version) });
  if (!sameValue(current, plan)) return reject('STALE_PLAN', 'the plan differs from what the account warrants now; plan again', { version: String(state.version) });
  draft.emit({ type: 'Liquidated', at: draft.at, style: current.style, reductions: current.reductions, closes: current.closes, asset: current.asset, fundDelta: current.fundDelta });
  return undefined;
}
