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
 * The test's own liquidation condition, from docs/liquidation-price.md and no library code:
 * equity ≤ maintenance. Inverse values are multiplied through by P·E (> 0) to stay exact.
 */
function liquidatable(p: Position, P: Big): boolean {
  return headroom(p, P).lte(0);
}

/**
 * equity − maintenance at price P (inverse: times P·E > 0): ≤ 0 means liquidatable. With the fee
 * to close at the bankruptcy price (`atBankruptcy`), the rate is the maintenance rate alone and the
 * fee — Q·f·B (inverse Q·f/B) at the price B where equity equals that fee — joins maintenance; the
 * test finds B by its own closed form: linear long (Q·E − M)/(Q(1 − f)), short (Q·E + M)/(Q(1 + f));
 * inverse long Q(1 + f)/(M + Q/E), short Q(1 − f)/(Q/E − M); no fee where B ≤ 0.
 */
function headroom(p: Position, P: Big, atBankruptcy = false): Big {
  const s = p.side === 'long' ? 1 : -1;
  const [Q, E, c, f] = [new TB(p.quantity), new TB(p.entryPrice), new TB(p.maintenanceAmount), new TB(p.closeFeeRate)];
  const r = atBankruptcy ? new TB(p.maintenanceMarginRate) : new TB(p.maintenanceMarginRate).plus(p.closeFeeRate);
  let M = new TB(p.margin);
  if (p.cross) M = M.minus(p.cross.otherMaintenanceMargin).plus(p.cross.otherUnrealizedPnl);
  if (atBankruptcy) M = M.minus(closeFeeAtBankruptcy(p.contract, s, Q, E, M, f));
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

/** The fee to close valued at the bankruptcy price, by the test's own closed forms (above). */
function closeFeeAtBankruptcy(contract: Contract, s: 1 | -1, Q: Big, E: Big, M: Big, f: Big): Big {
  if (f.eq(0)) return new TB(0);
  if (contract === 'linear') {
    const B = Q.times(E).minus(M.times(s)).div(Q.times(new TB(1).minus(f.times(s))));
    return B.gt(0) ? Q.times(f).times(B) : new TB(0);
  }
  // inverse: fee = Q·f / B, B = Q(1 + s·f) / (Q/E + s·M) → fee = f·(Q/E + s·M)/(1 + s·f)
  const bottom = Q.div(E).plus(M.times(s));
  return bottom.gt(0) ? f.times(bottom).div(new TB(1).plus(f.times(s))) : new TB(0);
}

/** A price tick from a hundred-millionth to 5 — Bybit's BTCUSD 0.5 among them. */
const tick = fc.constantFrom('0.00000001', '0.0001', '0.01', '0.1', '0.5', '1', '5');

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

  it('values the fee to close at the bankruptcy price (Bybit): one tick further is liquidatable, one tick nearer is not', () => {
    fc.assert(
      fc.property(position, (p) => {
        const P = liquidationPrice({ ...toInput(p), closeFeeBasis: 'bankruptcy' });
        if (P === null) return;
        const price = new TB(P.toFixed());
        const [further, nearer] = p.side === 'long' ? [price.minus(TICK), price.plus(TICK)] : [price.plus(TICK), price.minus(TICK)];
        if (further.gt(0)) expect(headroom(p, further, true).lte(0)).toBe(true);
        if (nearer.gt(0)) expect(headroom(p, nearer, true).lte(0)).toBe(false);
        if (price.gt(0)) expect(headroom(p, price, true).gte(0)).toBe(true);
      }),
      runs,
    );
  });

  it('puts the price on the tick on the conservative side: at it not liquidatable, one tick further liquidatable', () => {
    fc.assert(
      fc.property(position, tick, fc.boolean(), (p, tickSize, atBankruptcy) => {
        const P = liquidationPrice({ ...toInput(p), tickSize, ...(atBankruptcy && { closeFeeBasis: 'bankruptcy' as const }) });
        const exact = liquidationPrice({ ...toInput(p), scale: 24, ...(atBankruptcy && { closeFeeBasis: 'bankruptcy' as const }) });
        expect(P === null).toBe(exact === null);
        if (P === null) return;
        const price = new TB(P.toFixed());
        expect(price.mod(tickSize).eq(0)).toBe(true); // on the tick
        // a long rounds up, a short down: the first tick on the safe side of the exact boundary
        const further = p.side === 'long' ? price.minus(tickSize) : price.plus(tickSize);
        if (price.gt(0)) expect(headroom(p, price, atBankruptcy).gte(0)).toBe(true);
        if (further.gt(0)) expect(headroom(p, further, atBankruptcy).lte(0)).toBe(true);
        if (further.gt(0)) expect(p.side === 'long' ? further.lt(exact!.toFixed()) : further.gt(exact!.toFixed())).toBe(true);
      }),
      runs,
    );
  });

  it('puts the bankruptcy price on the tick on the same side: equity covers the fee to close at it, not one tick further', () => {
    fc.assert(
      fc.property(position, tick, (p, tickSize) => {
        const input = { side: p.side, contract: p.contract, entryPrice: p.entryPrice, quantity: p.quantity, margin: p.margin, closeFeeRate: p.closeFeeRate };
        const B = bankruptcyPrice({ ...input, tickSize });
        if (B === null) return;
        const price = new TB(B.toFixed());
        expect(price.mod(tickSize).eq(0)).toBe(true);
        const s = p.side === 'long' ? 1 : -1;
        const [Q, E, M, f] = [new TB(p.quantity), new TB(p.entryPrice), new TB(p.margin), new TB(p.closeFeeRate)];
        // equity − fee to close at price X (inverse: times X·E > 0)
        const cover = (X: Big) =>
          p.contract === 'linear' ? M.plus(Q.times(X.minus(E)).times(s)).minus(Q.times(X).times(f)) : M.times(X).times(E).plus(Q.times(X.minus(E)).times(s)).minus(Q.times(f).times(E));
        if (price.gt(0)) expect(cover(price).gte(0)).toBe(true);
        const further = p.side === 'long' ? price.minus(tickSize) : price.plus(tickSize);
        if (further.gt(0)) expect(cover(further).lte(0)).toBe(true);
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
