import { describe, expect, it } from 'vitest';
import { accountValuation, coverageMultiple, marginLevel, riskRate, riskStatus, type RiskModel } from '../../src/index.js';
import { NOT_DECIMALS, expectCode } from '../expectCode.js';

const maintenance: RiskModel = { kind: 'maintenance', maintenanceMarginRate: '0.1' };

describe('riskRate', () => {
  it('is zero without debt under every risk-rate model, even with no assets', () => {
    expect(riskRate({ assets: '0', liabilities: '0' })?.toFixed()).toBe('0');
    expect(riskRate({ assets: '0', liabilities: '0', model: maintenance })?.toFixed()).toBe('0');
  });

  it('rounds toward the riskier side: up for risk rates, down for margin levels', () => {
    expect(riskRate({ assets: '3', liabilities: '1', scale: 2 })?.toFixed()).toBe('0.34');
    expect(riskRate({ assets: '1', liabilities: '3', model: { kind: 'marginLevel' }, scale: 2 })?.toFixed()).toBe('0.33');
  });

  it('rejects garbage, negatives and bad models with coded errors', () => {
    for (const value of NOT_DECIMALS) {
      expectCode(() => riskRate({ assets: value as string, liabilities: '1' }), 'INVALID_DECIMAL', 'assets');
      expectCode(() => riskRate({ assets: '1', liabilities: value as string }), 'INVALID_DECIMAL', 'liabilities');
    }
    expectCode(() => riskRate({ assets: '-1', liabilities: '1' }), 'NEGATIVE_AMOUNT', 'assets');
    expectCode(() => riskRate({ assets: '1', liabilities: '-1' }), 'NEGATIVE_AMOUNT', 'liabilities');
    expectCode(() => riskRate({ assets: '1', liabilities: '1', model: { kind: 'vibes' } as unknown as RiskModel }), 'INVALID_MODEL', 'model.kind');
    expectCode(() => riskRate({ assets: '1', liabilities: '1', model: { kind: 'maintenance', maintenanceMarginRate: '-0.1' } }), 'INVALID_RATE', 'model.maintenanceMarginRate');
    expectCode(() => riskRate({ assets: '1', liabilities: '1', scale: 2.5 }), 'INVALID_SCALE', 'scale');
  });
});

describe('marginLevel', () => {
  it('is null without debt (unbounded)', () => {
    expect(marginLevel({ assets: '1000', liabilities: '0' })).toBeNull();
  });

  it('is zero with debt and no assets', () => {
    expect(marginLevel({ assets: '0', liabilities: '5' })?.toFixed()).toBe('0');
  });

  it('rejects garbage and negatives with coded errors', () => {
    for (const value of NOT_DECIMALS) expectCode(() => marginLevel({ assets: value as string, liabilities: '1' }), 'INVALID_DECIMAL', 'assets');
    expectCode(() => marginLevel({ assets: '1', liabilities: '-5' }), 'NEGATIVE_AMOUNT', 'liabilities');
  });
});

describe('riskStatus', () => {
  it('is normal with no debt, whatever the assets', () => {
    expect(riskStatus({ assets: '0', liabilities: '0' })).toBe('normal');
    expect(riskStatus({ assets: '0', liabilities: '0', model: { kind: 'marginLevel' } })).toBe('normal');
  });

  it('uses Binance cross-classic 1.3 / 1.1 by default for marginLevel', () => {
    expect(riskStatus({ assets: '1300', liabilities: '1000', model: { kind: 'marginLevel' } })).toBe('marginCall');
    expect(riskStatus({ assets: '1100', liabilities: '1000', model: { kind: 'marginLevel' } })).toBe('liquidation');
  });

  it('decides exactly at the threshold, not by a rounded ratio', () => {
    // 0.79999999999… rounds up to 0.8 at 8 places, yet the account is not at 0.8.
    expect(riskStatus({ assets: '1000', liabilities: '799.999999999' })).toBe('normal');
    expect(riskStatus({ assets: '1000', liabilities: '800' })).toBe('marginCall');
  });

  it('rejects thresholds that are not positive or are out of order with INVALID_THRESHOLD', () => {
    expectCode(() => riskStatus({ assets: '1', liabilities: '1', thresholds: { marginCall: '0', liquidation: '1' } }), 'INVALID_THRESHOLD', 'thresholds.marginCall');
    expectCode(() => riskStatus({ assets: '1', liabilities: '1', thresholds: { marginCall: '0.8', liquidation: '-1' } }), 'INVALID_THRESHOLD', 'thresholds.liquidation');
    expectCode(() => riskStatus({ assets: '1', liabilities: '1', thresholds: { marginCall: '1', liquidation: '0.8' } }), 'INVALID_THRESHOLD', 'thresholds');
    expectCode(() => riskStatus({ assets: '1', liabilities: '1', model: { kind: 'marginLevel' }, thresholds: { marginCall: '1.1', liquidation: '1.3' } }), 'INVALID_THRESHOLD', 'thresholds');
    expectCode(() => riskStatus({ assets: '1', liabilities: '1', thresholds: { marginCall: 'abc', liquidation: '1' } }), 'INVALID_DECIMAL', 'thresholds.marginCall');
  });

  it('rejects garbage and negatives with coded errors', () => {
    for (const value of NOT_DECIMALS) expectCode(() => riskStatus({ assets: '1', liabilities: value as string }), 'INVALID_DECIMAL', 'liabilities');
    expectCode(() => riskStatus({ assets: '-1', liabilities: '1' }), 'NEGATIVE_AMOUNT', 'assets');
  });
});

describe('coverageMultiple', () => {
  it('rejects a threshold that is not positive', () => {
    expectCode(() => coverageMultiple({ threshold: '0' }), 'INVALID_THRESHOLD', 'threshold');
    expectCode(() => coverageMultiple({ threshold: NaN }), 'INVALID_DECIMAL', 'threshold');
  });
});

describe('accountValuation', () => {
  it('sums amount × price per asset, interest counted as a liability in its own asset', () => {
    const v = accountValuation({
      balances: { BTC: '0.05', USDT: '500', ETH: '0' },
      loans: { USDT: { principal: '2000', interest: '0.5' }, BTC: { principal: '0.01' } },
      prices: { BTC: '60000' },
    });
    expect(v.assets.toFixed()).toBe('3500');
    expect(v.liabilities.toFixed()).toBe('2600.5');
  });

  it('values in another asset when asked', () => {
    const v = accountValuation({ balances: { BTC: '2', ETH: '10' }, prices: { ETH: '0.05' }, valuationAsset: 'BTC' });
    expect(v.assets.toFixed()).toBe('2.5');
    expect(v.liabilities.toFixed()).toBe('0');
  });

  it('feeds riskStatus directly', () => {
    const v = accountValuation({ balances: { BTC: '0.02' }, loans: { USDT: { principal: '1000' } }, prices: { BTC: '60000' } });
    expect(riskStatus(v)).toBe('marginCall'); // 1000 / 1200 = 0.8333
  });

  it('rejects a held asset without a price with UNKNOWN_ASSET', () => {
    expectCode(() => accountValuation({ balances: { DOGE: '1' }, prices: {} }), 'UNKNOWN_ASSET', 'balances.DOGE');
    expectCode(() => accountValuation({ balances: {}, loans: { DOGE: { principal: '1' } }, prices: {} }), 'UNKNOWN_ASSET', 'loans.DOGE');
  });

  it('rejects garbage and negatives with coded errors naming the asset', () => {
    expectCode(() => accountValuation({ balances: { BTC: 'abc' }, prices: { BTC: '1' } }), 'INVALID_DECIMAL', 'balances.BTC');
    expectCode(() => accountValuation({ balances: { BTC: '1' }, prices: { BTC: '-1' } }), 'NEGATIVE_AMOUNT', 'prices.BTC');
    expectCode(() => accountValuation({ balances: {}, loans: { USDT: { principal: '1', interest: '-1' } }, prices: {} }), 'NEGATIVE_AMOUNT', 'loans.USDT.interest');
  });
});
