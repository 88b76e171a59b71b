import { D, type Decimal } from '../../decimal/constructor.js';
import { minOf } from '../../decimal/compare.js';
import type { CommandOf, Rejection } from '../commands.js';
import { reject, toCommandAmount, unsupported, type Draft } from '../draft.js';

/** Repays `amount` of the asset's loan from its free balance: interest first, then principal. */
export function repayFrom(draft: Draft, asset: string, amount: Decimal): void {
  const loan = draft.state.loans[asset];
  if (loan === undefined) return;
  const interest = minOf(amount, loan.interest);
  const principal = minOf(amount.minus(interest), loan.principal);
  if (interest.gt(0) || principal.gt(0)) draft.emit('Repaid', { asset, interest, principal });
}

export function decideRepay(draft: Draft, command: CommandOf<'repay'>): Rejection | undefined {
  const rejection = unsupported(draft.state, command.asset);
  if (rejection) return rejection;
  const loan = draft.state.loans[command.asset];
  const amount = command.amount === 'all' ? undefined : toCommandAmount(command.amount, 'amount');
  if (loan === undefined) return reject('NO_DEBT', `nothing is owed of ${command.asset}`, { asset: command.asset });
  const owed = loan.principal.plus(loan.interest);
  const paying = amount ?? owed;
  if (paying.gt(owed)) return reject('EXCEEDS_DEBT', `repaying ${paying.toFixed()} exceeds the ${owed.toFixed()} owed of ${command.asset}`, { asset: command.asset, amount: paying.toFixed(), owed: owed.toFixed() });
  const free = draft.state.balances[command.asset] ?? new D(0);
  if (paying.gt(free)) return reject('INSUFFICIENT_BALANCE', `repaying ${paying.toFixed()} exceeds the free ${free.toFixed()} ${command.asset}`, { asset: command.asset, amount: paying.toFixed(), free: free.toFixed() });
  repayFrom(draft, command.asset, paying);
  return undefined;
}
