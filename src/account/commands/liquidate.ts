import { MarginError } from '../../errors.js';
import { planHead } from '../../decider/planHead.js';
import { snapshot } from '../../input/snapshot.js';
import type { PlanLiquidationOptions, RepayStep, ResolvedPlanOptions, SellStep } from '../../liquidation/liquidationPlan.js';
import { planLiquidation } from '../../liquidation/planLiquidation.js';
import type { CommandOf, Rejection } from '../commands.js';
import { reject, type Draft } from '../draft.js';
import { sameValue } from '../sameValue.js';

/** The options a plan was made with, as `planLiquidation` takes them (a plan may come from JSON). */
function optionsOf(resolved: ResolvedPlanOptions): PlanLiquidationOptions {
  const { targetRiskRate, ...rest } = resolved;
  return targetRiskRate === null || targetRiskRate === undefined ? rest : { ...rest, targetRiskRate };
}

/**
 * Executes a liquidation plan. The plan must be for this account as it is: made for its version,
 * with no interest charged since, and equal — field by field, decimals by value — to what
 * `planLiquidation` gives now with the plan's own options (else `STALE_PLAN`: plan again); a plan
 * for an account that is not at its threshold is `NOT_LIQUIDATABLE`. Events: `PricesUpdated` when
 * the plan priced differently, `Liquidated`, `LiquidationFeeCharged` per fee asset,
 * `BadDebtCovered` per covered debt.
 */
export function decideLiquidate(draft: Draft, command: CommandOf<'liquidate'>): Rejection | undefined {
  // read once: the version and options are taken, and the whole compared, from this copy
  const plan: unknown = snapshot(command.plan, 'plan', 'INVALID_COMMAND');
  const head = planHead<ResolvedPlanOptions>(plan, 'steps');
  if (head === undefined) throw new MarginError('INVALID_COMMAND', 'liquidate needs the plan from planLiquidation', { field: 'plan' });
  const version = draft.state.version - draft.events.length;
  if (head.version !== version || draft.events.length > 0) {
    const why = head.version !== version ? `it was made for version ${head.version}, the account is at ${version}` : 'interest has been charged since it was made';
    return reject('STALE_PLAN', `the plan is stale: ${why}; plan again`, { planVersion: String(head.version), version: String(version) });
  }
  const current = planLiquidation(draft.state, optionsOf(head.options));
  if (!current.liquidatable) return reject('NOT_LIQUIDATABLE', 'the account is not at its liquidation threshold at the plan\'s prices', { riskRate: current.riskBefore?.toFixed() ?? 'unbounded' });
  if (!sameValue(current, plan)) return reject('STALE_PLAN', 'the plan differs from what the account warrants now; plan again', { version: String(version) });

  const changed = Object.entries(current.options.prices).filter(([asset, price]) => !draft.state.prices[asset]?.eq(price));
  if (changed.length > 0) draft.emit({ type: 'PricesUpdated', at: draft.at, prices: Object.fromEntries(changed) });
  const trades = current.steps.filter((s): s is SellStep | RepayStep => s.kind === 'sell' || s.kind === 'repay');
  if (trades.length > 0) draft.emit({ type: 'Liquidated', at: draft.at, mode: current.mode, steps: trades });
  for (const [asset, amount] of Object.entries(current.fees)) draft.emit({ type: 'LiquidationFeeCharged', at: draft.at, asset, amount });
  for (const step of current.steps) if (step.kind === 'cover') draft.emit({ type: 'BadDebtCovered', at: draft.at, asset: step.asset, amount: step.amount });
  return undefined;
}
