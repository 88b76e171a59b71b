import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankruptcyPrice, liquidationDistance, liquidationPrice, maintenanceAmounts, type Contract, type LiquidationPriceInput, type MaintenanceBasis, type Side, type Tier } from '../../src/index.js';
import { TB, decimalFrom, leverage as leverageArb, runs } from '../arbitraries.js';

type Big = InstanceType<typeof TB>;
const TICK = new TB('0.00000001'); // one unit of the default scale

const dec = (max: bigint, scale: number, min = 0n) => fc.bigInt({ min, max: max * 10n ** BigInt(scale) }).map((u) => decimalFrom(u, scale));

interface Position {
  side: Side;
  contract: Contract;
  basis: MaintenanceBasis;
  entryPrice: string;
  quantity: string;
  margin: string;
  maintenanceMarginRate: string;
  maintenanceAmount: string;
  closeFeeRate: string;
  cross?: { otherMaintenanceMargin: string; otherUnrealizedPnl: string };
}

const position: fc.Arbitrary<Position> = fc
  .record({
    side: fc.constantFrom<Side>('long', 'short'),
    contract: fc.constantFrom<Contract>('linear', 'inverse'),
    basis: fc.constantFrom<MaintenanceBasis>('mark', 'entry'),
    entryPrice: dec(100_000n, 2, 1n),
    maintenanceMarginRate: dec(1n, 4).filter((m) => new TB(m).lte('0.1')),
    closeFeeRate: dec(1n, 4).filter((f) => new TB(f).lte('0.001')),
    leverage: fc.integer({ min: 1, max: 125 }),
    extra: fc.integer({ min: 0, max: 100 }),
    crossed: fc.boolean(),
  })
  .chain((p) =>
    fc.record({
      side: fc.constant(p.side),
      contract: fc.constant(p.contract),
      basis: fc.constant(p.basis),
      entryPrice: fc.constant(p.entryPrice),
      maintenanceMarginRate: fc.constant(p.maintenanceMarginRate),
      closeFeeRate: fc.constant(p.closeFeeRate),
      // linear: base units; inverse: whole contracts
      quantity: p.contract === 'linear' ? dec(100n, 4, 1n) : fc.integer({ min: 1, max: 1_000_000 }).map(String),
      // margin in the margin asset, about notional / leverage, given to 8 places
      margin: p.contract === 'linear' ? dec(1_000_000n, 4) : dec(100n, 8),
      maintenanceAmount: p.contract === 'linear' ? dec(10n, 4) : dec(1n, 8).map((c) => new TB(c).div(100).toFixed()),
      cross: p.crossed ? fc.record({ otherMaintenanceMargin: p.contract === 'linear' ? dec(1000n, 2) : dec(1n, 6), otherUnrealizedPnl: p.contract === 'linear' ? dec(1000n, 2).map((x) => new TB(x).minus(500).toFixed()) : dec(1n, 6).map((x) => new TB(x).minus('0.5').toFixed()) }) : fc.constant(undefined),
    }),
  )
  .map((p) => (p.cross === undefined ? (({ cross: _c, ...rest }) => rest)(p) : p) as Position);

function toInput(p: Position): LiquidationPriceInput {
  const { basis, ...rest } = p;
  return { ...rest, maintenanceBasis: basis } as LiquidationPriceInput;
}

/**
 * The test's own liquidation condition, from SPEC §7.2–§7.3 and no library code:
 * equity ≤ maintenance. Inverse values are multiplied through by P·E (> 0) to stay exact.
 */
function liquidatable(p: Position, P: Big): boolean {
  return headroom(p, P).lte(0);
}

/** equity − maintenance at price P (inverse: times P·E > 0): ≤ 0 means liquidatable. */
function headroom(p: Position, P: Big): Big {
  const s = p.side === 'long' ? 1 : -1;
  const [Q, E, c] = [new TB(p.quantity), new TB(p.entryPrice), new TB(p.maintenanceAmount)];
  const r = new TB(p.maintenanceMarginRate).plus(p.closeFeeRate);
  let M = new TB(p.margin);
  if (p.cross) M = M.minus(p.cross.otherMaintenanceMargin).plus(p.cross.otherUnrealizedPnl);
  if (p.contract === 'linear') {
    const equity = M.plus(Q.times(P.minus(E)).times(s));
    const maintenance = (p.basis === 'mark' ? Q.times(P) : Q.times(E)).times(r).minus(c);
    return equity.minus(maintenance);
  }
  const PE = P.times(E);
  const equity = M.times(PE).plus(Q.times(P.minus(E)).times(s)); // (M + s·Q(1/E − 1/P))·P·E
  const maintenance = (p.basis === 'mark' ? Q.times(E) : Q.times(P)).times(r).minus(c.times(PE)); // ((Q/P or Q/E)·r − c)·P·E
  return equity.minus(maintenance);
}

describe('liquidationPrice laws', () => {
  it('sits on the boundary: one tick further is liquidatable, one tick nearer is not', () => {
    fc.assert(
      fc.property(position, (p) => {
        const P = liquidationPrice(toInput(p));
        if (P === null) return;
        const price = new TB(P.toFixed());
        expect(price.gte(0)).toBe(true); // a short's trigger below one tick rounds down to 0
        const [further, nearer] = p.side === 'long' ? [price.minus(TICK), price.plus(TICK)] : [price.plus(TICK), price.minus(TICK)];
        if (further.gt(0)) expect(liquidatable(p, further)).toBe(true);
        if (nearer.gt(0)) expect(liquidatable(p, nearer)).toBe(false);
        // Conservative rounding: the returned price is never strictly inside the liquidatable range
        // (a long's rounds up, a short's down), so at it the equity still covers the maintenance.
        if (price.gt(0)) expect(headroom(p, price).gte(0)).toBe(true);
      }),
      runs,
    );
  });

  it('is null exactly when no positive price is a boundary', () => {
    fc.assert(
      fc.property(position, (p) => {
        const P = liquidationPrice(toInput(p));
        // Liquidatable at one extreme of (0, ∞) and not at the other ⇔ a boundary exists.
        // Generated values keep any boundary within (1e-30, 1e25): these are the extremes of (0, ∞).
        const low = liquidatable(p, new TB('1e-30'));
        const high = liquidatable(p, new TB('1e25'));
        const boundaryExists = p.side === 'long' ? low && !high : !low && high;
        expect(P !== null).toBe(boundaryExists);
      }),
      runs,
    );
  });

  it('mirrors long and short about the entry on the entry basis (linear): long + short = 2 × entry', () => {
    fc.assert(
      fc.property(position, (p) => {
        const linear = { ...p, contract: 'linear' as const, basis: 'entry' as const, quantity: new TB(p.quantity).gt(100) ? '1' : p.quantity };
        const long = liquidationPrice(toInput({ ...linear, side: 'long' }));
        const short = liquidationPrice(toInput({ ...linear, side: 'short' }));
        if (long === null || short === null) return;
        expect(long.plus(short).eq(new TB(p.entryPrice).times(2))).toBe(true);
      }),
      runs,
    );
  });

  it('equals the bankruptcy price on the mark basis with no maintenance', () => {
    fc.assert(
      fc.property(fc.constantFrom<Side>('long', 'short'), fc.constantFrom<Contract>('linear', 'inverse'), dec(100_000n, 2, 1n), leverageArb, dec(100n, 4, 1n), (side, contract, entryPrice, leverage, q) => {
        const quantity = contract === 'linear' ? q : new TB(q).round(0, 3).toFixed();
        const liq = liquidationPrice({ side, contract, entryPrice, leverage, quantity });
        const bankrupt = bankruptcyPrice({ side, contract, entryPrice, leverage });
        expect(liq === null ? null : liq.toFixed()).toBe(bankrupt === null ? null : bankrupt.toFixed());
      }),
      runs,
    );
  });
});

// A random valid bracket table: floors from 0, strictly increasing; rates non-decreasing.
const table: fc.Arbitrary<Tier[]> = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 500 })), { minLength: 1, maxLength: 6 })
  .map((steps) => {
    let floor = 0;
    let rate = 40; // in units of 0.01%
    return steps.map(([gap, bump], i) => {
      if (i > 0) floor += gap;
      rate += i > 0 ? bump : 0;
      return { notionalFloor: String(floor), maintenanceMarginRate: decimalFrom(BigInt(Math.min(rate, 9_000)), 4) };
    });
  });

describe('tier laws', () => {
  it('keeps maintenance continuous across every tier boundary', () => {
    fc.assert(
      fc.property(table, (tiers) => {
        const amounts = maintenanceAmounts(tiers);
        for (let i = 1; i < tiers.length; i++) {
          const floor = new TB(tiers[i]!.notionalFloor as string);
          const below = floor.times(tiers[i - 1]!.maintenanceMarginRate as string).minus(amounts[i - 1]!);
          const above = floor.times(tiers[i]!.maintenanceMarginRate as string).minus(amounts[i]!);
          expect(above.eq(below)).toBe(true);
        }
      }),
      runs,
    );
  });

  it('picks the tier that holds the notional at the liquidation price (linear, mark basis)', () => {
    fc.assert(
      fc.property(table, fc.constantFrom<Side>('long', 'short'), dec(100_000n, 2, 1n), dec(100n, 4, 1n), dec(1_000_000n, 2), (tiers, side, entryPrice, quantity, margin) => {
        const P = liquidationPrice({ side, entryPrice, quantity, margin, tiers });
        if (P === null) return;
        const amounts = maintenanceAmounts(tiers);
        const Q = new TB(quantity);
        // the test's own tier lookup and condition
        const liquidatableAt = (price: Big) => {
          const notional = Q.times(price);
          let i = 0;
          tiers.forEach((t, j) => { if (new TB(t.notionalFloor as string).lte(notional)) i = j; });
          const maintenance = notional.times(tiers[i]!.maintenanceMarginRate as string).minus(amounts[i]!);
          const equity = new TB(margin).plus(Q.times(price.minus(entryPrice)).times(side === 'long' ? 1 : -1));
          return equity.lte(maintenance);
        };
        const price = new TB(P.toFixed());
        const [further, nearer] = side === 'long' ? [price.minus(TICK), price.plus(TICK)] : [price.plus(TICK), price.minus(TICK)];
        if (further.gt(0)) expect(liquidatableAt(further)).toBe(true);
        if (nearer.gt(0)) expect(liquidatableAt(nearer)).toBe(false);
      }),
      runs,
    );
  });

  it('gives liquidationDistance = |liquidationPrice − entry| / entry for both sides and both bases (margin E·Q/L, linear)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Side>('long', 'short'),
        fc.constantFrom<MaintenanceBasis>('mark', 'entry'),
        dec(100_000n, 2, 1n),
        dec(100n, 4, 1n),
        fc.integer({ min: 1, max: 125 }),
        dec(1n, 4).filter((m) => new TB(m).lte('0.1')),
        (side, maintenanceBasis, entryPrice, quantity, leverage, maintenanceMarginRate) => {
          const scale = 20;
          const distance = liquidationDistance({ leverage, maintenanceMarginRate, maintenanceBasis, side, scale });
          const P = liquidationPrice({ side, entryPrice, quantity, leverage, maintenanceMarginRate, maintenanceBasis, scale });
          const E = new TB(entryPrice);
          if (P === null) {
            // no positive price: the long's margin covers its notional (1x), or maintenance eats the margin
            expect(side === 'long' || distance.eq(0)).toBe(true);
            return;
          }
          const moved = new TB(P.toFixed()).minus(E).abs().div(E);
          // 0 when maintenance consumes the margin (the price is then on the wrong side of entry)
          if (distance.eq(0)) return void expect((side === 'long' ? new TB(P.toFixed()).gte(E) : new TB(P.toFixed()).lte(E))).toBe(true);
          // both rounded at 20 places (the price toward safety, the distance down): within 1e-15 of each other
          expect(moved.minus(distance.toFixed()).abs().lte('1e-15')).toBe(true);
        },
      ),
      runs,
    );
  });
});
