import type { VenuePreset } from './venuePreset.js';

/** KuCoin margin ([docs/venues.md](../../docs/venues.md)#kucoin). */
export const kucoin: VenuePreset = {
  name: 'kucoin',
  title: 'KuCoin',
  product: 'spotMargin',
  maxLeverage: { cross: '5', isolated: '10' },
  risk: {
    cross: { model: { kind: 'debtRatio' }, thresholds: { marginCall: '0.95', liquidation: '0.97' } },
    isolated: { model: { kind: 'debtRatio' }, thresholds: { marginCall: '0.95', liquidation: '0.97' } },
  },
  transferOutLimit: '0.6',
  liquidationFeeRate: '0.01',
  // "the system takes control of and liquidates all positions to repay your debts. Any remaining balance,
  // after deducting a fee (about 1% of the total position value) … is returned in USDT or the liquidated token"
  liquidationMode: 'sellAll',
  follows:
    "the 'Debt Ratio and Liquidation' article (cross 5x and isolated 10x, transfers out only below 60%) over the older " +
    'tutorial that describes cross margin alone at 10x, and its text "below 60%" over its table\'s "≤ 60%" (the stricter reading)',
};
