import type { Decimal } from '../../decimal/constructor.js';
import { toOptionalAmount } from '../../decimal/validate.js';
import { borrowRejection } from '../borrowCheck.js';
import type { CommandOf, Rejection } from '../commands.js';
import { toCommandAmount, unsupported, type Draft } from '../draft.js';
import { chargeInterestDue } from '../interestDue.js';

/** Borrows within the limits, then posts the charges the clock makes at borrow time (clockHours: one hour). */
export function borrowInto(draft: Draft, asset: string, amount: Decimal, poolRemaining: Decimal | undefined): Rejection | undefined {
  const rejection = borrowRejection(draft.state, asset, amount, poolRemaining);
  if (rejection) return rejection;
  draft.emit({ type: 'Borrowed', at: draft.at, asset, amount });
  chargeInterestDue(draft);
  return undefined;
}

export function decideBorrow(draft: Draft, command: CommandOf<'borrow'>): Rejection | undefined {
  const amount = toCommandAmount(command.amount, 'amount');
  const pool = toOptionalAmount(command.poolRemaining, 'poolRemaining');
  return unsupported(draft.state, command.asset) ?? borrowInto(draft, command.asset, amount, pool);
}
