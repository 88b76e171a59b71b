import type { Decimal } from '../../decimal/constructor.js';
import { compare, isPositive } from '../../decimal/compare.js';
import { splitRepayment } from '../../interest/splitRepayment.js';
import { balanceOf, owedOf } from '../holdings.js';
import type { CommandOf, Rejection } from '../commands.js';
import { reject, toCommandAmount, unsupported, type Draft } from '../draft.js';

/** Repays `amount` of the asset's loan from its free balance: interest first, then principal. */
export function repayFrom(draft: Draft, asset: string, amount: Decimal): void {
  const loan = draft.state.loans[asset];
  if (loan === undefined) return;
  const { interestPaid: interest, principalPaid: principal } = splitRepayment(amount, loan.interest, loan.principal);
  if (isPositive(interest) || isPositive(principal)) draft.emit({ type: 'Repaid', at: draft.at, asset, interest, principal });
}

export function decideRepay(draft: Draft, command: CommandOf<'repay'>): Rejection | undefined {
  const amount = command.amount === 'all' ? undefined : toCommandAmount(command.amount, 'amount');
  const rejection = unsupported(draft.state, command.asset);
  if (rejection) return rejection;
  const loan = draft.state.loans[command.asset];
  if (loan === undefined) return reject('NO_DEBT', `nothing is owed of ${command.asset}`, { asset: command.asset });
  const owed = owedOf(draft.state, command.asset);
  const paying = amount ?? owed;
  if (compare(paying, owed) > 0) return reject('EXCEEDS_DEBT', `repaying ${paying.toFixed()} exceeds the ${owed.toFixed()} owed of ${command.asset}`, { asset: command.asset, amount: paying.toFixed(), owed: owed.toFixed() });
  const free = balanceOf(draft.state, command.asset);
  if (compare(paying, free) > 0) return reject('INSUFFICIENT_BALANCE', `repaying ${paying.toFixed()} exceeds the free ${free.toFixed()} ${command.asset}`, { asset: command.asset, amount: paying.toFixed(), free: free.toFixed() });
  repayFrom(draft, command.asset, paying);
  return undefined;
}
