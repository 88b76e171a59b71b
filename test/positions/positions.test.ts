import { describe, expect, it } from 'vitest';
import { exposure, fundingPayment, pnl, positionSize, returnOnMargin, stopPlacement, type Contract, type Side } from '../../src/index.js';
import { NOT_DECIMALS, expectCode } from '../expectCode.js';

describe('pnl', () => {
  it('rounds an inverse loss down (against the trader)', () => {
    // short 100,000 contracts 10,000 → 10,500: −100,000 × 500 / 105,000,000 = −0.476190476…
    expect(pnl({ side: 'short', entryPrice: 10000, exitPrice: 10500, quantity: 100000, contract: 'inverse' }).toFixed()).toBe('-0.47619048');
  });

  it('rejects bad sides, contracts, prices and quantities with coded errors', () => {
    const ok = { side: 'long' as Side, entryPrice: '1', exitPrice: '2', quantity: '1' };
    expectCode(() => pnl({ ...ok, side: 'up' as Side }), 'INVALID_SIDE', 'side');
    expectCode(() => pnl({ ...ok, contract: 'quanto' as Contract }), 'INVALID_CONTRACT', 'contract');
    expectCode(() => pnl({ ...ok, entryPrice: '0' }), 'INVALID_PRICE', 'entryPrice');
    expectCode(() => pnl({ ...ok, exitPrice: '-5' }), 'INVALID_PRICE', 'exitPrice');
    expectCode(() => pnl({ ...ok, quantity: '0' }), 'INVALID_QUANTITY', 'quantity');
    for (const v of NOT_DECIMALS) expectCode(() => pnl({ ...ok, quantity: v as string }), 'INVALID_DECIMAL', 'quantity');
  });
});

describe('exposure and returnOnMargin', () => {
  it('rejects leverage below 1, negative margin and zero margin with coded errors', () => {
    expectCode(() => exposure({ margin: '100', leverage: '0.5' }), 'INVALID_LEVERAGE', 'leverage');
    expectCode(() => exposure({ margin: '-1', leverage: '2' }), 'NEGATIVE_AMOUNT', 'margin');
    expectCode(() => exposure({ margin: NaN, leverage: '2' }), 'INVALID_DECIMAL', 'margin');
    expectCode(() => returnOnMargin({ pnl: '1', margin: '0' }), 'INVALID_PRICE', 'margin');
    expectCode(() => returnOnMargin({ pnl: 'abc', margin: '1' }), 'INVALID_DECIMAL', 'pnl');
  });

  it('returns a negative return for a loss, rounded down', () => {
    expect(returnOnMargin({ pnl: '-1', margin: '3', scale: 2 }).toFixed()).toBe('-0.34');
  });
});

describe('fundingPayment', () => {
  it('flips with a negative rate: shorts pay longs', () => {
    expect(fundingPayment({ side: 'short', quantity: '2', markPrice: '50000', fundingRate: '-0.0001' }).toFixed()).toBe('10');
  });

  it('rejects bad input with coded errors', () => {
    expectCode(() => fundingPayment({ side: 'long', quantity: '1', markPrice: '0', fundingRate: '0.0001' }), 'INVALID_PRICE', 'markPrice');
    expectCode(() => fundingPayment({ side: 'long', quantity: '1', markPrice: '1', fundingRate: Infinity }), 'INVALID_DECIMAL', 'fundingRate');
  });
});

describe('positionSize', () => {
  it('sizes a short with the stop above entry the same way', () => {
    expect(positionSize({ equity: '10000', riskFraction: '0.02', entryPrice: '2000', stopPrice: '2100' }).toFixed()).toBe('2');
  });

  it('rejects a stop at the entry and bad input with coded errors', () => {
    expectCode(() => positionSize({ equity: '1', riskFraction: '0.01', entryPrice: '5', stopPrice: '5' }), 'INVALID_PRICE', 'stopPrice');
    expectCode(() => positionSize({ equity: '-1', riskFraction: '0.01', entryPrice: '5', stopPrice: '4' }), 'NEGATIVE_AMOUNT', 'equity');
    expectCode(() => positionSize({ equity: '1', riskFraction: '-0.01', entryPrice: '5', stopPrice: '4' }), 'INVALID_RATE', 'riskFraction');
  });
});

describe('stopPlacement', () => {
  it('accepts a long stop between entry and liquidation and reports the room left', () => {
    const r = stopPlacement({ side: 'long', entryPrice: '40000', stopPrice: '38000', liquidationPrice: '36000' });
    expect(r.verdict).toBe('ok');
    expect(r.distanceToLiquidation?.toFixed()).toBe('2000');
  });

  it('flags a stop past the liquidation price: liquidation would fire first', () => {
    expect(stopPlacement({ side: 'long', entryPrice: '40000', stopPrice: '35000', liquidationPrice: '36000' }).verdict).toBe('beyondLiquidation');
    expect(stopPlacement({ side: 'short', entryPrice: '40000', stopPrice: '44000', liquidationPrice: '44000' }).verdict).toBe('beyondLiquidation');
  });

  it('flags a stop on the winning side of entry', () => {
    expect(stopPlacement({ side: 'short', entryPrice: '40000', stopPrice: '39000', liquidationPrice: '44000' }).verdict).toBe('wrongSideOfEntry');
    expect(stopPlacement({ side: 'long', entryPrice: '40000', stopPrice: '40000', liquidationPrice: '36000' }).verdict).toBe('wrongSideOfEntry');
  });

  it('accepts any losing-side stop when the position cannot be liquidated', () => {
    expect(stopPlacement({ side: 'long', entryPrice: '40000', stopPrice: '1', liquidationPrice: null })).toEqual({ verdict: 'ok', distanceToLiquidation: null });
  });
});
