import { toCommandAmount } from '../../account/draft.js';
import { reject, type Rejection } from '../../decider/rejection.js';
import { MarginError, shown } from '../../errors.js';
import type { FuturesCommandOf } from '../commands.js';
import type { FuturesDraft } from '../draft.js';
import { availableOf } from '../positionMath.js';

function settlementAsset(draft: FuturesDraft, asset: unknown): Rejection | undefined {
  if (typeof asset !== 'string') throw new MarginError('INVALID_COMMAND', `asset must be an asset name, got ${shown(asset)}`, { field: 'asset', value: shown(asset) });
  const wanted = draft.state.rules.settlementAsset;
  return asset === wanted ? undefined : reject('UNSUPPORTED_ASSET', `${shown(asset)} is not the settlement asset ${wanted}`, { asset: shown(asset) });
}

/** Into the wallet. */
export function decideFuturesDeposit(draft: FuturesDraft, command: FuturesCommandOf<'deposit'>): Rejection | undefined {
  const amount = toCommandAmount(command.amount, 'amount');
  const refused = settlementAsset(draft, command.asset);
  if (refused) return refused;
  draft.emit({ type: 'Deposited', at: draft.at, asset: command.asset, amount });
  return undefined;
}

/** Out of the wallet, up to what is available. */
export function decideFuturesWithdraw(draft: FuturesDraft, command: FuturesCommandOf<'withdraw'>): Rejection | undefined {
  const amount = toCommandAmount(command.amount, 'amount');
  const refused = settlementAsset(draft, command.asset);
  if (refused) return refused;
  const available = availableOf(draft.state);
  if (amount.gt(available)) {
    return reject('INSUFFICIENT_BALANCE', `withdrawing ${amount.toFixed()} ${command.asset}: ${available.toFixed()} is available`, { asset: command.asset, amount: amount.toFixed(), available: available.toFixed() });
  }
  draft.emit({ type: 'Withdrawn', at: draft.at, asset: command.asset, amount });
  return undefined;
}
