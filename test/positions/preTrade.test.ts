import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEvenPrice, liquidationPrice, marginForLiquidationPrice, maxPositionSize } from '../../src/index.js';
import { TB, decimalFrom, runs } from '../arbitraries.js';
import { expectCode } from '../expectCode.js';

const BINANCE_LIKE = [
  { notionalFloor: '0', maintenanceMarginRate: '0.004', maxLeverage: '125' },
  { notionalFloor: '50000', maintenanceMarginRate: '0.005', maxLeverage: '100' },
  { notionalFloor: '250000', maintenanceMarginRate: '0.01', maxLeverage: '50', notionalCap: '1000000' },
];

describe('pre-trade answers', () => {
  it("puts Bybit's liquidation prices back to their margin: 19,700 long and 20,300 short need 400 (the inverse of Bybit's USDT-contract example)", () => {
    const common = { entryPrice: '20000', quantity: '1', maintenanceMarginRate: '0.005', maintenanceBasis: 'entry' as const };
    expect(marginForLiquidationPrice({ ...common, side: 'long', liquidationPrice: '19700' }).toFixed()).toBe('400');
    expect(marginForLiquidationPrice({ ...common, side: 'short', liquidationPrice: '20300' }).toFixed()).toBe('400');
    // a liquidation price above a long's entry with no margin at all: 0
    expect(marginForLiquidationPrice({ ...common, side: 'long', liquidationPrice: '30000' }).toFixed()).toBe('0');
  });

  it('gives the margin whose liquidation price is at the target or beyond it on the safe side, for any position (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('long' as const, 'short' as const),
        fc.constantFrom('linear' as const, 'inverse' as const),
        fc.constantFrom('mark' as const, 'entry' as const),
        fc.integer({ min: 1000, max: 100_000 }),
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 10_000 }),
        (side, contract, basis, entry, awayBp, mmrBp, qty) => {
          const e = new TB(entry);
          const target = side === 'long' ? e.times(1 - awayBp / 10_000) : e.times(1 + awayBp / 10_000);
          const input = { side, contract, maintenanceBasis: basis, entryPrice: e.toFixed(), quantity: contract === 'linear' ? decimalFrom(BigInt(qty), 3) : String(qty * 10), maintenanceMarginRate: decimalFrom(BigInt(mmrBp), 4) };
          const margin = marginForLiquidationPrice({ ...input, liquidationPrice: target.round(8, 0).toFixed() });
          if (margin.eq(0)) return;
          const lp = liquidationPrice({ ...input, margin });
          if (lp === null) return; // so much margin that no price liquidates
          expect(side === 'long' ? lp.lte(target.round(8, 0)) : lp.gte(target.round(8, 0))).toBe(true);
        },
      ),
      runs,
    );
  });

  it('breaks even after both fees and funding: 20,000 long with 0.055% each way → 20,022.01210666', () => {
    // derived: 20,000 × 1.00055 / 0.99945 = 20,022.0121066586…, up at 8 places
    expect(breakEvenPrice({ side: 'long', entryPrice: '20000', quantity: '1', openFeeRate: '0.00055', closeFeeRate: '0.00055' })!.toFixed()).toBe('20022.01210666');
    // funding paid raises a long's break-even: + 6 USDT on 1 BTC → (20,011 + 6) / 0.99945
    expect(breakEvenPrice({ side: 'long', entryPrice: '20000', quantity: '1', openFeeRate: '0.00055', closeFeeRate: '0.00055', fundingPaid: '6' })!.toFixed()).toBe('20028.01540848'); // 20,028.0154084746…, up
    expect(breakEvenPrice({ side: 'short', entryPrice: '20000', quantity: '1', openFeeRate: '0.00055', closeFeeRate: '0.00055', tickSize: '0.5' })!.toFixed()).toBe('19978');
  });

  it('nets at least zero at the break-even price and less one step below it (property, linear and inverse)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('long' as const, 'short' as const),
        fc.constantFrom('linear' as const, 'inverse' as const),
        fc.integer({ min: 1000, max: 100_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: -50, max: 50 }),
        (side, contract, entry, qty, feeBp, fundingUnits) => {
          const quantity = contract === 'linear' ? decimalFrom(BigInt(qty), 3) : String(qty * 10);
          const f = decimalFrom(BigInt(feeBp), 4);
          const funding = contract === 'linear' ? decimalFrom(BigInt(fundingUnits), 2) : decimalFrom(BigInt(fundingUnits), 8);
          const be = breakEvenPrice({ side, entryPrice: String(entry), quantity, openFeeRate: f, closeFeeRate: f, fundingPaid: funding, contract });
          if (be === null) return;
          // net at exit P: pnl − open fee − close fee − funding (inverse values Q/P). Only its sign is
          // tested, so the inverse net is multiplied through by P·E (> 0): exact, no division — a
          // division rounded at any number of places could decide a break-even that lands exactly on
          // the grid (E = 99,996, fees 0.16%: P = E·1.0016/0.9984 = 100,316.5, net exactly 0)
          const q = new TB(quantity);
          const E = new TB(entry);
          const F = new TB(funding);
          const net = (p: InstanceType<typeof TB>) => {
            if (contract === 'linear') {
              const move = p.minus(E).times(q);
              return (side === 'long' ? move : move.neg()).minus(q.times(E).times(f)).minus(q.times(p).times(f)).minus(F);
            }
            const move = q.times(p).minus(q.times(E)); // (Q/E − Q/P)·P·E
            return (side === 'long' ? move : move.neg()).minus(q.times(p).times(f)).minus(q.times(E).times(f)).minus(F.times(p).times(E));
          };
          const step = new TB('0.00000001');
          const at = new TB(be.toFixed());
          expect(net(at).gte(0)).toBe(true);
          const worse = side === 'long' ? at.minus(step) : at.plus(step);
          if (worse.gt(0)) expect(net(worse).lt(0)).toBe(true);
        },
      ),
      runs,
    );
  });

  it("sizes the largest position a margin opens under a tier table's leverage caps", () => {
    expect(maxPositionSize({ margin: '1000', price: '20000', leverage: '10' }).toFixed()).toBe('0.5');
    // with a 0.05% fee: 1,000 × 10 / 1.005 = 9,950.24875621… of value → 0.49751243 BTC
    expect(maxPositionSize({ margin: '1000', price: '20000', leverage: '10', feeRate: '0.0005' }).toFixed()).toBe('0.49751243');
    // derived from the table: 400 at 125x reaches 50,000, the floor of the 100x tier, so it stays just below it in tier 1
    const at = (margin: string) => maxPositionSize({ margin, price: '50000', leverage: '125', tiers: BINANCE_LIKE }).toFixed();
    expect([at('100'), at('400'), at('500'), at('2600'), at('10000'), at('30000')]).toEqual(['0.25', '0.99999999', '1', '4.99999999', '10', '20']);
    expect(maxPositionSize({ margin: '1', price: '20000', leverage: '10', contract: 'inverse', lotSize: '1' }).toFixed()).toBe('200000');
    expectCode(() => maxPositionSize({ margin: '1', price: '1', leverage: '10', tiers: [{ notionalFloor: '0', maintenanceMarginRate: '0.01' }] }), 'INVALID_TIERS', 'tiers[0].maxLeverage');
  });
});
