import { zero, type Decimal } from '../decimal/constructor.js';
import { isPositive } from '../decimal/compare.js';
import { divideOnGrid } from '../liquidation/priceGrid.js';
import { tierIndexOf, type ResolvedTier } from '../liquidation/tiers.js';
import { maintenanceOf, pnlAt, unitsOf, valueAt } from './positionMath.js';
import { marketOfKey } from './positionKey.js';
import type { FuturesPosition, FuturesState, ResolvedFuturesMarket } from './state.js';

/** One side of the market in the solve: signed units (long +, short −), entry, and its maintenance terms. */
interface Leg {
  readonly units: Decimal;
  readonly signed: Decimal;
  readonly entry: Decimal;
  readonly position: FuturesPosition;
}

/** A leg's maintenance in a stretch of prices: value × rate − amount, and the tier it came from (tiered mark basis). */
interface Terms {
  readonly rate: Decimal;
  readonly amount: Decimal;
  readonly tier?: number;
}

/** A root of equity − maintenance: the price n/d (d > 0), and whether the account is liquidated below it (`up`) or above. */
interface Root {
  readonly n: Decimal;
  readonly d: Decimal;
  readonly up: boolean;
}

const FLAT: Terms = /* @__PURE__ */ Object.freeze({ rate: zero(), amount: zero() });

/**
 * The mark of `market` at which a cross hedge-mode account holding both its long and its short
 * reaches maintenance (`bankrupt`: zero equity), the two sides moving with the one mark and every
 * other market held at its own — Binance's cross liquidation price sums the symbol's LONG and SHORT
 * terms ("Position1LONG × EP1LONG", "Position1SHORT × EP1SHORT") over one wallet. On each stretch of
 * prices where every side stays in one tier, equity − maintenance (inverse: times the price) is
 * a + b·P, so a root is −a/b, kept when each side's value there lies in the tier assumed (checked
 * by cross-multiplying, exact). A net long (or flat) account reports the price it is liquidated
 * below, a net short the price it is liquidated above (the other when it has only that one), on the
 * market's tick or at 8 places, rounded toward the safe side; `null` when no price is a boundary.
 */
export function hedgedMarketPrice(state: FuturesState, market: string, bankrupt: boolean): Decimal | null {
  const m = state.rules.markets[market]!;
  let wallet = state.wallet;
  const legs: Leg[] = [];
  for (const [key, p] of Object.entries(state.positions)) {
    const other = marketOfKey(key);
    if (other !== market) {
      const om = state.rules.markets[other]!;
      wallet = wallet.plus(pnlAt(om, p, p.quantity, state.marks[other]!));
      if (!bankrupt) wallet = wallet.minus(maintenanceOf(om, p, state.marks[other]!));
      continue;
    }
    const units = unitsOf(m, p.quantity);
    legs.push({ units, signed: p.side === 'long' ? units : units.neg(), entry: p.entryPrice, position: p });
  }
  let up: Root | undefined;
  let down: Root | undefined;
  for (const terms of candidateTerms(m, legs, bankrupt)) {
    const [a, b] = line(m, legs, terms, wallet, bankrupt);
    // a + b·P = 0 at a positive P only when a and b differ in sign
    if (b.eq(0) || a.eq(0) || isPositive(a) === isPositive(b)) continue;
    const root: Root = isPositive(b) ? { n: a.neg(), d: b, up: true } : { n: a, d: b.neg(), up: false };
    if (!legs.every((leg, i) => holds(m, leg, terms[i]!, root))) continue;
    // below the highest up-crossing the account is liquidated; above the lowest down-crossing likewise
    if (root.up && (up === undefined || above(root, up))) up = root;
    if (!root.up && (down === undefined || above(down, root))) down = root;
  }
  const netShort = legs.reduce((sum, leg) => sum.plus(leg.signed), zero()).lt(0);
  const chosen = netShort ? (down ?? up) : (up ?? down);
  return chosen === undefined ? null : divideOnGrid(chosen.n, chosen.d, m.tickSize === undefined ? { scale: 8 } : { tick: m.tickSize }, chosen.up ? 'ceil' : 'floor');
}

/** Whether root x lies above root y (exact: cross-multiplied). */
function above(x: Root, y: Root): boolean {
  return x.n.times(y.d).gt(y.n.times(x.d));
}

/** The terms each leg could have: a flat rate, a fixed tier (entry basis), or every pair of tiers the mark can reach (tiered mark basis: at most MAX_TIERS² small solves). */
function candidateTerms(m: ResolvedFuturesMarket, legs: readonly Leg[], bankrupt: boolean): Terms[][] {
  if (bankrupt) return [legs.map(() => FLAT)];
  if (m.tiers === undefined) return [legs.map(() => ({ rate: m.maintenanceMarginRate ?? zero(), amount: zero() }))];
  const tiers = m.tiers.tiers;
  if (m.maintenanceBasis === 'entry') {
    return [legs.map((leg) => termsOf(tiers, tierIndexOf(tiers, valueAt(m, leg.position.quantity, leg.entry, 'ceil')), false))];
  }
  let combos: Terms[][] = [[]];
  for (let i = 0; i < legs.length; i++) combos = combos.flatMap((combo) => tiers.map((_, t) => [...combo, termsOf(tiers, t, true)]));
  return combos;
}

function termsOf(tiers: readonly ResolvedTier[], index: number, atMark: boolean): Terms {
  const tier = tiers[index]!;
  return { rate: tier.maintenanceMarginRate, amount: tier.maintenanceAmount, ...(atMark && { tier: index }) };
}

/**
 * equity − maintenance as a + b·P. Linear: equity W + Σ s·Q·(P − E); maintenance at mark Σ Q·P·r − c,
 * at entry Σ Q·E·r − c. Inverse, multiplied by P: equity W·P + Σ s·Q·(P/E − 1); maintenance at mark
 * Σ Q·r − c·P, at entry Σ (Q/E·r − c)·P.
 */
function line(m: ResolvedFuturesMarket, legs: readonly Leg[], terms: readonly Terms[], wallet: Decimal, bankrupt: boolean): [Decimal, Decimal] {
  const linear = m.contract === 'linear';
  const atEntry = !bankrupt && m.maintenanceBasis === 'entry';
  let a = linear ? wallet : zero();
  let b = linear ? zero() : wallet;
  legs.forEach((leg, i) => {
    const { rate, amount } = terms[i]!;
    if (linear) {
      a = a.minus(leg.signed.times(leg.entry)).plus(amount);
      b = b.plus(leg.signed);
      if (atEntry) a = a.minus(leg.units.times(leg.entry).times(rate));
      else b = b.minus(leg.units.times(rate));
    } else {
      a = a.minus(leg.signed);
      b = b.plus(leg.signed.div(leg.entry)).plus(amount);
      if (atEntry) b = b.minus(leg.units.div(leg.entry).times(rate));
      else a = a.minus(leg.units.times(rate));
    }
  });
  return [a, b];
}

/** Whether the leg's value at the root lies in the tier its terms came from (always, when they came from none). */
function holds(m: ResolvedFuturesMarket, leg: Leg, terms: Terms, { n, d }: Root): boolean {
  if (terms.tier === undefined) return true;
  const tiers = m.tiers!.tiers;
  const next = tiers[terms.tier + 1];
  // linear value Q·n/d; inverse Q·d/n
  const [top, bottom] = m.contract === 'linear' ? [leg.units.times(n), d] : [leg.units.times(d), n];
  if (tiers[terms.tier]!.notionalFloor.times(bottom).gt(top)) return false;
  return next === undefined || top.lt(next.notionalFloor.times(bottom));
}
