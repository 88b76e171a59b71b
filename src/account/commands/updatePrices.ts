import type { Decimal } from '../../decimal/constructor.js';
import type { DecimalInput } from '../../decimal/toDecimal.js';
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
  const assets = Object.keys(given);
  const values: Decimal[] = [];
  for (const asset of assets) values.push(toPrice((given as Record<string, DecimalInput>)[asset]!, entryField('prices', asset)));
  for (const asset of assets) {
    const rejection = unsupported(draft.state, asset);
    if (rejection) return rejection;
    if (asset === draft.state.rules.valuationAsset) return reject('UNSUPPORTED_ASSET', `${asset} is the valuation asset: its price is 1`, { asset });
  }
  // every name is now one of the account's assets (never a name of Object.prototype): set as fields
  const prices: Record<string, Decimal> = {};
  for (let i = 0; i < assets.length; i++) prices[assets[i]!] = values[i]!;
  draft.emit({ type: 'PricesUpdated', at: draft.at, prices });
  return undefined;
}
