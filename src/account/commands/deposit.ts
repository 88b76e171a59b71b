import type { CommandOf, Rejection } from '../commands.js';
import { toCommandAmount, unsupported, type Draft } from '../draft.js';

/** Transfer in. Accepted in every status (it is how a user answers a margin call). */
export function decideDeposit(draft: Draft, command: CommandOf<'deposit'>): Rejection | undefined {
  const amount = toCommandAmount(command.amount, 'amount');
  const rejection = unsupported(draft.state, command.asset);
  if (rejection) return rejection;
  draft.emit({ type: 'Deposited', at: draft.at, asset: command.asset, amount });
  return undefined;
}
