import type { VenuePreset } from './venuePreset.js';

/** Bitget spot margin ([docs/venues.md](../../docs/venues.md)#bitget). */
export const bitget: VenuePreset = {
  name: 'bitget',
  title: 'Bitget',
  product: 'spotMargin',
  maxLeverage: { cross: '3', isolated: '10' },
  risk: {
    cross: { model: { kind: 'maintenance', maintenanceMarginRate: '0.1' }, thresholds: { marginCall: '0.8', liquidation: '1' }, partialTarget: '0.5' },
    isolated: { model: { kind: 'maintenance', maintenanceMarginRate: 'perPair' }, thresholds: { marginCall: '0.8', liquidation: '1' }, partialTarget: '0.5' },
  },
  interest: { clock: { kind: 'clockHours' }, ratePeriodHours: 24 },
  // no Bitget page names the fee's asset (docs/venues.md#bitget): the received-asset convention Binance documents
  feeAsset: 'received',
  repaymentOrder: 'interestFirst',
  follows:
    "the spot-margin blog's risk ratio = total debt × maintenance margin ratio / net assets (cross MMR 10%, isolated per pair), " +
    'margin call at 80%, liquidation at 100%, selling until the ratio is at most 50% — the only reading under which a partial ' +
    "liquidation can cure, as Bitget says it does; the help centre's liabilities / total assets at 1.0 is the preset bitgetDebtRatio",
};

/**
 * Bitget read as its help centre's "risk rate = total liabilities / total assets" with the API's
 * `warningRiskRatio` 0.8 and `liquidationRiskRatio` 1.0 ([docs/venues.md](../../docs/venues.md)#bitget). At 1.0 equity is
 * zero: every liquidation is bad debt and a partial one can never cure — kept as the alternative
 * reading, not the preset.
 */
export const bitgetDebtRatio: VenuePreset = {
  name: 'bitgetDebtRatio',
  title: 'Bitget (debt-ratio reading)',
  product: 'spotMargin',
  maxLeverage: { cross: '3', isolated: '10' },
  risk: {
    cross: { model: { kind: 'debtRatio' }, thresholds: { marginCall: '0.8', liquidation: '1' } },
    isolated: { model: { kind: 'debtRatio' }, thresholds: { marginCall: '0.8', liquidation: '1' } },
  },
  interest: { clock: { kind: 'clockHours' }, ratePeriodHours: 24 },
  // no Bitget page names the fee's asset (docs/venues.md#bitget): the received-asset convention Binance documents
  feeAsset: 'received',
  repaymentOrder: 'interestFirst',
  follows: "the help centre's risk rate = total liabilities / total assets with the API's warningRiskRatio 0.8 and liquidationRiskRatio 1.0",
};
