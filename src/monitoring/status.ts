import { zero, type Decimal } from '../decimal/constructor.js';
import { statusOf, type RiskStatus } from '../risk/riskStatus.js';
import { levelSign, MAX_TERMS } from '../decimal/approximation.js';
import { valueAt, type Chunk } from './accountColumns.js';
import { exactPriceOf, type TickPrices } from './tickPrices.js';
import type { ShadowedMultiple, TrackingRules } from './trackingRules.js';

/** Assets and liabilities at the prices, exactly; without term `skip` when given (the fixed terms of a one-asset solve). */
export function exactValuation(chunk: Chunk, local: number, prices: TickPrices, skip = -1): { assets: Decimal; liabilities: Decimal } {
  let assets = zero();
  let liabilities = zero();
  for (let t = chunk.start[local]!; t < chunk.start[local + 1]!; t++) {
    if (t === skip) continue;
    const price = exactPriceOf(prices, chunk.slots[t]!, chunk.ids[local]!);
    assets = assets.plus(valueAt(chunk, t, 0).times(price));
    liabilities = liabilities.plus(valueAt(chunk, t, 1).times(price));
  }
  return { assets, liabilities };
}

/** The exact status: big.js products and sums, compared by cross-multiplying. */
function exactStatus(chunk: Chunk, local: number, prices: TickPrices, rules: TrackingRules): RiskStatus {
  const { assets, liabilities } = exactValuation(chunk, local, prices);
  return statusOf(assets, liabilities, rules.liquidation, rules.marginCall);
}

/**
 * The status of the account at `local`, decided on the float shadows when they are certain
 * (docs/decisions/0010) and exactly otherwise; always the exact status. A missing price or shadow
 * (NaN) takes the exact path.
 */
export function statusAt(chunk: Chunk, local: number, prices: TickPrices, rules: TrackingRules): RiskStatus {
  if (chunk.debtors[local] === 0) return 'normal';
  const from = chunk.start[local]!;
  const to = chunk.start[local + 1]!;
  if (to - from <= MAX_TERMS) {
    let assets = 0;
    let liabilities = 0;
    const shadows = chunk.shadows;
    const slots = chunk.slots;
    const priceShadows = prices.shadows;
    for (let t = from; t < to; t++) {
      const price = priceShadows[slots[t]!]!;
      assets += shadows[2 * t]! * price;
      liabilities += shadows[2 * t + 1]! * price;
    }
    const liquidation = sideOf(assets, liabilities, rules.liquidation);
    if (liquidation < 0) return 'liquidation';
    if (liquidation > 0) {
      const marginCall = sideOf(assets, liabilities, rules.marginCall);
      if (marginCall < 0) return 'marginCall';
      if (marginCall > 0) return 'normal';
    }
  }
  return exactStatus(chunk, local, prices, rules);
}

/** Certain sign of denominator·assets − numerator·liabilities (≤ 0: at or beyond), or 0 when unsure; the assets' shadows are non-negative. */
function sideOf(assets: number, liabilities: number, k: ShadowedMultiple): number {
  return levelSign(assets, assets, liabilities, k.numeratorShadow, k.denominatorShadow);
}
