import type { Decimal } from '../decimal/constructor.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { isPositive } from '../decimal/compare.js';
import { MarginError, shown } from '../errors.js';
import type { Draft as CoreDraft } from '../decider/draft.js';
import { reject, type Rejection } from '../decider/rejection.js';
import type { AccountEvent } from './events.js';
import type { AccountState } from './state.js';

export { reject } from '../decider/rejection.js';

/** The draft of a margin-account decision (the shared decider's, on margin states and events). */
export type Draft = CoreDraft<AccountState, AccountEvent>;

/** A command amount: a positive decimal, else `INVALID_COMMAND` (a malformed command, not a business rejection). */
export function toCommandAmount(value: DecimalInput, field: string): Decimal {
  const amount = toDecimal(value, field);
  if (!isPositive(amount)) {
    throw new MarginError('INVALID_COMMAND', `${field} must be positive, got ${amount.toString()}`, { field, value: amount.toString() });
  }
  return amount;
}

/**
 * A command's asset field: a string (`INVALID_COMMAND` otherwise — the command is malformed); a
 * string that is not one of the account's assets is the business rejection `UNSUPPORTED_ASSET`.
 */
export function unsupported(state: AccountState, asset: unknown, field = 'asset'): Rejection | undefined {
  if (typeof asset !== 'string') throw new MarginError('INVALID_COMMAND', `${field} must be an asset name, got ${shown(asset)}`, { field, value: shown(asset) });
  return state.rules.assets.includes(asset) ? undefined : reject('UNSUPPORTED_ASSET', `${shown(asset)} is not an asset of this account`, { asset: shown(asset) });
}
