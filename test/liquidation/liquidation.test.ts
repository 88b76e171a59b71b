import { describe, expect, it } from 'vitest';
import { bankruptcyPrice, crossSpotLiquidationPrice, liquidationDistance, liquidationPrice, maintenanceTier, maxLeverageForNotional, spotLiquidationPrice, type LiquidationPriceInput, type MaintenanceBasis, type Tier } from '../../src/index.js';
import { NOT_DECIMALS, expectCode } from '../expectCode.js';

const base: LiquidationPriceInput = { side: 'long', entryPrice: '84000', quantity: '1', margin: '8400', maintenanceMarginRate: '0.004' };
const tiers: Tier[] = [
  { notionalFloor: '0', maintenanceMarginRate: '0.004', maxLeverage: '125' },
  { notionalFloor: '50000', maintenanceMarginRate: '0.005', maxLeverage: '100' },
  { notionalFloor: '250000', maintenanceMarginRate: '0.01', maxLeverage: '50' },
];

describe('liquidationPrice', () => {
  it('folds the close fee into the maintenance rate (OKX, Gate)', () => {
    // (84,000 − 8,400) / (1 − 0.004 − 0.0005) = 75,600 / 0.9955
    expect(liquidationPrice({ ...base, closeFeeRate: '0.0005' })?.toFixed()).toBe('75941.7378202'); // 75,941.737820190… rounded up
  });

  it('subtracts the maintenance amount (Binance cum) from the maintenance margin', () => {
    // (84,000 − 8,400 − 100) / 0.996
    expect(liquidationPrice({ ...base, maintenanceAmount: '100' })?.toFixed()).toBe('75803.21285141'); // 75,803.212851405… rounded up
  });

  it('uses the tier that holds the notional at the liquidation price', () => {
    // 4 BTC at 84,000 (336,000 notional), margin 33,600. Tier 0 would give 75,903.61 × 4 = 303,614 > 50,000: not consistent.
    // Tier 1 (0.5%, cum 50) gives (336,000 − 33,600 − 50) / (4 × 0.995) = 75,967.33668341… → notional 303,869 ∉ [50,000, 250,000).
    // Tier 2 (1%, cum 50 + 250,000 × 0.005 = 1,300): (336,000 − 33,600 − 1,300) / (4 × 0.99) = 76,035.35353535… → 304,141 ∈ [250,000, ∞). 
    expect(liquidationPrice({ side: 'long', entryPrice: '84000', quantity: '4', margin: '33600', tiers })?.toFixed()).toBe('76035.35353536');
  });

  it('rejects bad input with coded errors', () => {
    expectCode(() => liquidationPrice({ ...base, quantity: '0' }), 'INVALID_QUANTITY', 'quantity');
    expectCode(() => liquidationPrice({ ...base, quantity: '-1' }), 'INVALID_QUANTITY', 'quantity');
    expectCode(() => liquidationPrice({ ...base, entryPrice: '0' }), 'INVALID_PRICE', 'entryPrice');
    expectCode(() => liquidationPrice({ ...base, margin: '-1' }), 'NEGATIVE_AMOUNT', 'margin');
    expectCode(() => liquidationPrice({ side: 'long', entryPrice: '1', quantity: '1', leverage: '0.5' }), 'INVALID_LEVERAGE', 'leverage');
    expectCode(() => liquidationPrice({ side: 'long', entryPrice: '1', quantity: '1' }), 'MISSING_INPUT', 'margin');
    expectCode(() => liquidationPrice({ ...base, maintenanceMarginRate: '1' }), 'INVALID_RATE', 'maintenanceMarginRate');
    expectCode(() => liquidationPrice({ ...base, maintenanceMarginRate: '0.6', closeFeeRate: '0.4' }), 'INVALID_RATE', 'maintenanceMarginRate');
    expectCode(() => liquidationPrice({ ...base, maintenanceMarginRate: '-0.1' }), 'INVALID_RATE', 'maintenanceMarginRate');
    expectCode(() => liquidationPrice({ ...base, maintenanceBasis: 'index' as MaintenanceBasis }), 'INVALID_MODEL', 'maintenanceBasis');
    expectCode(() => liquidationPrice({ ...base, tiers }), 'INVALID_TIERS', 'tiers');
    for (const v of NOT_DECIMALS) expectCode(() => liquidationPrice({ ...base, entryPrice: v as string }), 'INVALID_DECIMAL', 'entryPrice');
  });
});

describe('tiers', () => {
  it('rejects unsorted, overlapping, gapped-at-zero or discontinuous tables with INVALID_TIERS', () => {
    expectCode(() => maintenanceTier([], '1'), 'INVALID_TIERS', 'tiers');
    expectCode(() => maintenanceTier([{ notionalFloor: '10', maintenanceMarginRate: '0.01' }], '1'), 'INVALID_TIERS', 'tiers[0].notionalFloor');
    expectCode(() => maintenanceTier([tiers[0]!, tiers[2]!, tiers[1]!], '1'), 'INVALID_TIERS', 'tiers[2].notionalFloor');
    expectCode(() => maintenanceTier([tiers[0]!, tiers[1]!, { ...tiers[1]! }], '1'), 'INVALID_TIERS', 'tiers[2].notionalFloor');
    expectCode(() => maintenanceTier([tiers[0]!, { ...tiers[1]!, maintenanceAmount: '49' }], '1'), 'INVALID_TIERS', 'tiers[1].maintenanceAmount');
    expectCode(() => maintenanceTier([{ ...tiers[0]!, notionalCap: '10' }, tiers[1]!], '1'), 'INVALID_TIERS', 'tiers[0].notionalCap');
    expectCode(() => maintenanceTier([{ ...tiers[0]!, maintenanceMarginRate: '1' }], '1'), 'INVALID_RATE', 'tiers[0].maintenanceMarginRate');
  });

  it('accepts a stated maintenance amount that agrees with continuity', () => {
    expect(maintenanceTier([tiers[0]!, { ...tiers[1]!, maintenanceAmount: '50' }], '60000').maintenanceMargin.toFixed()).toBe('250');
  });

  it('throws NOTIONAL_ABOVE_TIERS above the last tier cap', () => {
    const capped = [tiers[0]!, { ...tiers[1]!, notionalCap: '250000' }];
    expect(maxLeverageForNotional(capped, '250000').toFixed()).toBe('100');
    expectCode(() => maxLeverageForNotional(capped, '250000.01'), 'NOTIONAL_ABOVE_TIERS', 'notional');
  });

  it('throws INVALID_TIERS when the holding tier has no maxLeverage', () => {
    expectCode(() => maxLeverageForNotional([{ notionalFloor: '0', maintenanceMarginRate: '0.01' }], '5'), 'INVALID_TIERS', 'tiers[0].maxLeverage');
  });
});

describe('bankruptcyPrice and liquidationDistance', () => {
  it('has no bankruptcy price for a 1x linear long or a 1x inverse short', () => {
    expect(bankruptcyPrice({ side: 'long', entryPrice: '100', leverage: 1 })).toBeNull();
    expect(bankruptcyPrice({ side: 'short', entryPrice: '100', leverage: 1, contract: 'inverse' })).toBeNull();
  });

  it('is zero distance when maintenance consumes the whole margin', () => {
    expect(liquidationDistance({ leverage: 100, maintenanceMarginRate: '0.02' }).toFixed()).toBe('0');
  });

  it('takes the margin and quantity instead of the leverage, and equals the leverage form at margin E·Q/L', () => {
    // 2 BTC long at 10,000 with 400 USDT of margin is 50x: 9,800
    expect(bankruptcyPrice({ side: 'long', entryPrice: '10000', quantity: '2', margin: '400' })?.toFixed()).toBe('9800');
    expect(bankruptcyPrice({ side: 'short', entryPrice: '10000', quantity: '2', margin: '400' })?.toFixed()).toBe('10200');
    // a fee to close at 0.075% moves a 50x long's bankruptcy up: 9,800 / 0.99925 = 9,807.3555…↑
    expect(bankruptcyPrice({ side: 'long', entryPrice: '10000', leverage: 50, closeFeeRate: '0.00075' })?.toFixed()).toBe('9807.35551664');
  });

  it("cancels a fee to close at the bankruptcy price against a margin from the leverage (Bybit's 19,700 holds with any taker fee)", () => {
    const bybit = { side: 'long', entryPrice: '20000', quantity: 1, leverage: 50, maintenanceMarginRate: '0.005', maintenanceBasis: 'entry' } as const;
    expect(liquidationPrice({ ...bybit, closeFeeRate: '0.00055', closeFeeBasis: 'bankruptcy' })?.toFixed()).toBe('19700');
    // given as a margin of 400, the fee (0.00055 × the bankruptcy price 19,600 / 0.99945 = 19,610.7859…) is kept out of it: 20,000 − (400 − 10.7859… − 100) = 19,710.785932…↑
    expect(liquidationPrice({ ...bybit, leverage: undefined, margin: '400', closeFeeRate: '0.00055', closeFeeBasis: 'bankruptcy' } as never)?.toFixed()).toBe('19710.78593227');
  });

  it('puts prices on a tick: a long up, a short down; a tick and a scale together are refused', () => {
    expect(bankruptcyPrice({ side: 'long', entryPrice: '10000', leverage: 50, closeFeeRate: '0.00075', tickSize: '0.5' })?.toFixed()).toBe('9807.5');
    expect(bankruptcyPrice({ side: 'short', entryPrice: '10000', leverage: 50, closeFeeRate: '0.00075', tickSize: '0.5' })?.toFixed()).toBe('10192'); // 10,200 / 1.00075 = 10,192.355…↓
    expect(liquidationPrice({ side: 'short', entryPrice: '84000', quantity: 1, margin: '8400', maintenanceMarginRate: '0.004', tickSize: '0.1' })?.toFixed()).toBe('92031.8');
    expect(spotLiquidationPrice({ base: { held: '0.05', debt: 0 }, quote: { held: 0, debt: '2000' }, tickSize: '7' })?.toFixed()).toBe('40005');
    expectCode(() => liquidationPrice({ side: 'long', entryPrice: '100', quantity: 1, leverage: 10, scale: 2, tickSize: '0.5' }), 'INVALID_OPTION', 'tickSize');
    expectCode(() => bankruptcyPrice({ side: 'long', entryPrice: '100', leverage: 10, tickSize: '0' }), 'INVALID_PRICE', 'tickSize');
    expectCode(() => spotLiquidationPrice({ base: { held: '1', debt: 0 }, quote: { held: 0, debt: '1' }, tickSize: '-1' }), 'INVALID_PRICE', 'tickSize');
  });

  it('rejects bad input with coded errors', () => {
    expectCode(() => bankruptcyPrice({ side: 'long', entryPrice: '100', leverage: '0' }), 'INVALID_LEVERAGE', 'leverage');
    expectCode(() => bankruptcyPrice({ side: 'long', entryPrice: '100', margin: '10' }), 'MISSING_INPUT', 'quantity');
    expectCode(() => bankruptcyPrice({ side: 'long', entryPrice: '100' }), 'MISSING_INPUT', 'leverage');
    expectCode(() => liquidationPrice({ side: 'long', entryPrice: '100', quantity: 1, leverage: 10, closeFeeBasis: 'entry' as never }), 'INVALID_OPTION', 'closeFeeBasis');
    expectCode(() => liquidationDistance({ leverage: 'abc' }), 'INVALID_DECIMAL', 'leverage');
    expectCode(() => liquidationDistance({ leverage: 10, maintenanceMarginRate: '1.5' }), 'INVALID_RATE', 'maintenanceMarginRate');
  });
});

describe('spot liquidation prices', () => {
  it('solves one asset of a cross account with the others held fixed', () => {
    const input = { asset: 'BTC', balances: { BTC: '0.05', ETH: '1' }, loans: { USDT: { principal: '4000' } }, prices: { BTC: '60000', ETH: '2000' } };
    expect(crossSpotLiquidationPrice(input)?.toFixed()).toBe('40000'); // (4,000 − 2,000) / 0.05
  });

  it('rejects bad input with coded errors', () => {
    expectCode(() => spotLiquidationPrice({ base: { held: '-1', debt: '0' }, quote: { held: '0', debt: '1' } }), 'NEGATIVE_AMOUNT', 'base.held');
    expectCode(() => spotLiquidationPrice({ base: { held: '1', debt: '0' }, quote: { held: '0', debt: 'x' } }), 'INVALID_DECIMAL', 'quote.debt');
    expectCode(() => spotLiquidationPrice({ base: { held: '1', debt: '0' }, quote: { held: '0', debt: '1' }, threshold: '0' }), 'INVALID_THRESHOLD', 'threshold');
    expectCode(() => crossSpotLiquidationPrice({ asset: 'USDT', balances: {}, prices: {} }), 'INVALID_PRICE', 'asset');
    expectCode(() => crossSpotLiquidationPrice({ asset: 'BTC', balances: { DOGE: '1' }, prices: {} }), 'UNKNOWN_ASSET', 'balances.DOGE');
  });
});
