import { compare } from '../../decimal/compare.js';
import { balanceOf, priceOf } from '../holdings.js';
import type { CommandOf, Rejection } from '../commands.js';
import { reject, toCommandAmount, unsupported, type Draft } from '../draft.js';
import { isBeyond, isPast } from '../../risk/coverageMultiple.js';
import { coverageAt, statusFrom, valuationOf } from '../valuation.js';

/**
 * Transfer out: only from a free balance, only in `normal` status, and never to the transfer-out
 * limit (default: the margin-call level) or beyond — or, with `transferOutAtLimit` (Binance), never
 * beyond it.
 */
export function decideWithdraw(draft: Draft, command: CommandOf<'withdraw'>): Rejection | undefined {
  const amount = toCommandAmount(command.amount, 'amount');
  const rejection = unsupported(draft.state, command.asset);
  if (rejection) return rejection;
  const state = draft.state;
  const free = balanceOf(state, command.asset);
  if (compare(amount, free) > 0) return reject('INSUFFICIENT_BALANCE', `withdrawing ${amount.toFixed()} ${command.asset} exceeds the free ${free.toFixed()}`, { asset: command.asset, amount: amount.toFixed(), free: free.toFixed() });
  const status = statusFrom(state);
  if (status !== 'normal') return reject('STATUS_NOT_NORMAL', `no transfers out while the account is in ${status}`, { status });
  const before = valuationOf(state);
  const after = { ...before, assets: before.assets.minus(amount.times(priceOf(state, command.asset))) };
  const refused = state.rules.transferOutAtLimit ? isPast : isBeyond;
  if (refused(after.assets, after.liabilities, coverageAt(state.rules, 'transferOut', after))) {
    return reject('RISK_LIMIT', `withdrawing ${amount.toFixed()} ${command.asset} would bring the account to its transfer-out limit`, { asset: command.asset, amount: amount.toFixed() });
  }
  draft.emit({ type: 'Withdrawn', at: draft.at, asset: command.asset, amount });
  return undefined;
}
