import type { Decimal } from '../../decimal/constructor.js';
import { toPrice } from '../../positions/position.js';
import type { CommandOf, Rejection } from '../commands.js';
import { reject, unsupported, type Draft } from '../draft.js';

/** New index/mark prices (in the valuation asset) for some of the account's assets. */
export function decideUpdatePrices(draft: Draft, command: CommandOf<'updatePrices'>): Rejection | undefined {
  const prices: Record<string, Decimal> = {};
  for (const [asset, value] of Object.entries(command.prices ?? {})) {
    const rejection = unsupported(draft.state, asset);
    if (rejection) return rejection;
    if (asset === draft.state.rules.valuationAsset) return reject('UNSUPPORTED_ASSET', `${asset} is the valuation asset: its price is 1`, { asset });
    prices[asset] = toPrice(value, `prices.${asset}`);
  }
  draft.emit('PricesUpdated', { prices });
  return undefined;
}
