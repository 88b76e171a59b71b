import { toRate } from '../../decimal/validate.js';
import { requireOrdered, toEpochMs } from '../../input/instant.js';
import type { CommandOf, Rejection } from '../commands.js';
import { reject, unsupported, type Draft } from '../draft.js';
import { MAX_COUPONS } from '../limits.js';

/** A rate discount (VIP rate, coupon, free hours) for the asset's charges in [from, to); at most 16 in force per asset (`COUPON_LIMIT`). */
export function decideApplyCoupon(draft: Draft, command: CommandOf<'applyCoupon'>): Rejection | undefined {
  const rateMultiplier = toRate(command.rateMultiplier, 'rateMultiplier');
  const from = command.from === undefined ? null : toEpochMs(command.from, 'from');
  const to = command.to === undefined ? null : toEpochMs(command.to, 'to');
  if (from !== null && to !== null) requireOrdered(from, 'from', to, 'to');
  const rejection = unsupported(draft.state, command.asset);
  if (rejection) return rejection;
  const inForce = draft.state.coupons.filter((c) => c.asset === command.asset && c.discount.to > draft.at).length;
  if (inForce >= MAX_COUPONS) return reject('COUPON_LIMIT', `${command.asset} already has ${MAX_COUPONS} coupons in force`, { asset: command.asset, limit: String(MAX_COUPONS) });
  draft.emit({ type: 'CouponApplied', at: draft.at, asset: command.asset, rateMultiplier, from, to });
  return undefined;
}
