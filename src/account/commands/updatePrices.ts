import type { Decimal } from '../../decimal/constructor.js';
import { entryField } from '../../input/assetName.js';
import { requireObject } from '../../input/shape.js';
import { toPrice } from '../../positions/position.js';
import type { CommandOf, Rejection } from '../commands.js';
import { reject, unsupported, type Draft } from '../draft.js';

/** New index/mark prices (in the valuation asset) for some of the account's assets. */
export function decideUpdatePrices(draft: Draft, command: CommandOf<'updatePrices'>): Rejection | undefined {
  const given = command.prices;
  requireObject(given, 'prices', 'INVALID_COMMAND');
  // Every value is checked before any name is judged: a malformed command throws whatever its order.
  const entries: [string, Decimal][] = Object.entries(given).map(([asset, value]) => [asset, toPrice(value, entryField('prices', asset))]);
  for (const [asset] of entries) {
    const rejection = unsupported(draft.state, asset);
    if (rejection) return rejection;
    if (asset === draft.state.rules.valuationAsset) return reject('UNSUPPORTED_ASSET', `${asset} is the valuation asset: its price is 1`, { asset });
  }
  draft.emit({ type: 'PricesUpdated', at: draft.at, prices: Object.fromEntries(entries) });
  return undefined;
}
