import { spotLiquidationPrice } from '../../liquidation/spotLiquidationPrice.js';
import { optional, type Command } from '../command.js';
import { MarginError } from '../../errors.js';
import { RISK_FLAGS, riskRuleOf } from '../venueFlag.js';

export const spotLiqPrice: Command = {
  name: 'spot-liq-price',
  summary: 'the base price at which an isolated spot-margin pair account reaches liquidation (or the margin call)',
  mirrors: 'spotLiquidationPrice (docs/liquidation-price.md, "Spot margin")',
  flags: {
    'base.held': { type: 'string', description: 'base held (BTC in BTC/USDT)', defaultText: '0' },
    'base.debt': { type: 'string', description: 'base owed, interest included', defaultText: '0' },
    'quote.held': { type: 'string', description: 'quote held', defaultText: '0' },
    'quote.debt': { type: 'string', description: 'quote owed, interest included', defaultText: '0' },
    threshold: { type: 'string', description: 'the level to solve for', defaultText: 'the liquidation threshold' },
    tickSize: { type: 'string', description: "the pair's price tick: the price lands on it on the conservative side", defaultText: '8 decimal places' },
    ...RISK_FLAGS,
  },
  examples: [
    'margin-math spot-liq-price --base.held 0.05 --quote.debt 2000 --venue bitget --mode isolated --maintenanceMarginRate 0.1',
    'margin-math spot-liq-price --quote.held 4000 --base.debt 0.05 --venue binance --mode isolated --json',
  ],
  run(values) {
    const holdings = ['base.held', 'base.debt', 'quote.held', 'quote.debt'];
    if (holdings.every((flag) => optional(values, flag) === undefined)) {
      throw new MarginError('MISSING_INPUT', `give the account's holdings: at least one of ${holdings.map((f) => `--${f}`).join(', ')}`, { field: 'base.held' });
    }
    const { model, thresholds } = riskRuleOf(values);
    const threshold = optional(values, 'threshold') ?? thresholds?.liquidation;
    const side = (asset: 'base' | 'quote') => ({ held: optional(values, `${asset}.held`) ?? '0', debt: optional(values, `${asset}.debt`) ?? '0' });
    const tickSize = optional(values, 'tickSize');
    const price = spotLiquidationPrice({ base: side('base'), quote: side('quote'), ...(model && { model }), ...(threshold !== undefined && { threshold }), ...(tickSize !== undefined && { tickSize }) });
    return {
      text: price === null ? 'no price reaches the threshold' : `liquidation price ${price.toFixed()}`,
      json: { liquidationPrice: price === null ? null : price.toFixed() },
    };
  },
};
