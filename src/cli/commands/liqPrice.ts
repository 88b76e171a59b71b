import { CLOSE_FEE_BASES, liquidationPrice } from '../../liquidation/liquidationPrice.js';
import { choice, given, required, type Command } from '../command.js';
import { venueOf } from '../venueFlag.js';

export const liqPrice: Command = {
  name: 'liq-price',
  summary: "a leveraged position's liquidation price (linear or inverse, mark or entry maintenance basis)",
  mirrors: 'liquidationPrice (docs/liquidation-price.md)',
  flags: {
    side: { type: 'string', description: 'long | short' },
    entryPrice: { type: 'string', description: 'average entry price' },
    quantity: { type: 'string', description: 'base units (inverse: contracts)' },
    leverage: { type: 'string', description: 'sets the default margin entry × quantity / leverage' },
    margin: { type: 'string', description: "the position's wallet balance (instead of --leverage)" },
    maintenanceMarginRate: { type: 'string', description: 'maintenance rate as a fraction', defaultText: '0' },
    maintenanceAmount: { type: 'string', description: 'Binance "cum"', defaultText: '0' },
    maintenanceBasis: { type: 'string', description: 'mark | entry', defaultText: "the venue's, else mark" },
    closeFeeRate: { type: 'string', description: 'taker fee to close', defaultText: '0' },
    closeFeeBasis: { type: 'string', description: 'liquidation (folded into the rate: OKX, Gate) | bankruptcy (valued at the bankruptcy price: Bybit)', defaultText: "the venue's, else liquidation" },
    tickSize: { type: 'string', description: "the instrument's price tick: the price lands on it, a long's rounded up, a short's down", defaultText: '8 decimal places' },
    contract: { type: 'string', description: 'linear | inverse', defaultText: 'linear' },
  },
  examples: [
    'margin-math liq-price --venue bybit --side long --entryPrice 20000 --quantity 1 --leverage 50 --maintenanceMarginRate 0.005',
    'margin-math liq-price --side short --entryPrice 84000 --quantity 1 --margin 8400 --maintenanceMarginRate 0.004 --json',
    'margin-math liq-price --venue bybit --contract inverse --side long --entryPrice 8000 --quantity 10000 --margin 0.5 --maintenanceMarginRate 0.005 --closeFeeRate 0.00075 --tickSize 0.5',
  ],
  run(values) {
    const venue = venueOf(values);
    const basis = choice(values, 'maintenanceBasis', ['mark', 'entry'] as const) ?? venue?.liquidationPrice?.maintenanceBasis;
    const contract = choice(values, 'contract', ['linear', 'inverse'] as const);
    const feeBasis = choice(values, 'closeFeeBasis', CLOSE_FEE_BASES) ?? venue?.liquidationPrice?.closeFeeBasis;
    const price = liquidationPrice({
      side: required(values, 'side') as 'long',
      entryPrice: required(values, 'entryPrice'),
      quantity: required(values, 'quantity'),
      ...given(values, 'leverage', 'leverage'),
      ...given(values, 'margin', 'margin'),
      ...given(values, 'maintenanceMarginRate', 'maintenanceMarginRate'),
      ...given(values, 'maintenanceAmount', 'maintenanceAmount'),
      ...given(values, 'closeFeeRate', 'closeFeeRate'),
      ...given(values, 'tickSize', 'tickSize'),
      ...(feeBasis !== undefined && { closeFeeBasis: feeBasis }),
      ...(basis !== undefined && { maintenanceBasis: basis }),
      ...(contract !== undefined && { contract }),
    });
    return {
      text: price === null ? 'never liquidated by price' : `liquidation price ${price.toFixed()} (maintenance at ${basis ?? 'mark'}${values['closeFeeRate'] === undefined ? '' : `; fee to close at the ${feeBasis ?? 'liquidation'} price`})`,
      json: { liquidationPrice: price === null ? null : price.toFixed(), maintenanceBasis: basis ?? 'mark', closeFeeBasis: feeBasis ?? 'liquidation' },
    };
  },
};
