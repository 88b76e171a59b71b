import { toRate } from '../../decimal/validate.js';
import { requireOrdered, toEpochMs } from '../../interest/time.js';
import type { CommandOf, Rejection } from '../commands.js';
import { unsupported, type Draft } from '../draft.js';

/** A rate discount (VIP rate, coupon, free hours) for the asset's charges in [from, to). */
export function decideApplyCoupon(draft: Draft, command: CommandOf<'applyCoupon'>): Rejection | undefined {
  const rateMultiplier = toRate(command.rateMultiplier, 'rateMultiplier');
  const from = command.from === undefined ? null : toEpochMs(command.from, 'from');
  const to = command.to === undefined ? null : toEpochMs(command.to, 'to');
  if (from !== null && to !== null) requireOrdered(from, 'from', to, 'to');
  const rejection = unsupported(draft.state, command.asset);
  if (rejection) return rejection;
  draft.emit('CouponApplied', { asset: command.asset, rateMultiplier, from, to });
  return undefined;
}
