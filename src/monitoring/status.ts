import { zero, type Decimal } from '../decimal/constructor.js';
import { statusOf, type RiskStatus } from '../risk/riskStatus.js';
import { levelSign, MAX_TERMS } from '../decimal/approximation.js';
import { exactPriceOf, type TickPrices } from './tickPrices.js';
import type { TrackedAccount } from './tracked.js';
import type { ShadowedMultiple, TrackingRules } from './trackingRules.js';

/** Assets and liabilities at the prices, exactly; without the holding at `skip` when given (the fixed terms of a one-asset solve). */
export function exactValuation(account: TrackedAccount, prices: TickPrices, skip = -1): { assets: Decimal; liabilities: Decimal } {
  let assets = zero();
  let liabilities = zero();
  for (let j = 0; j < account.assets.length; j++) {
    if (j === skip) continue;
    const price = exactPriceOf(prices, account.assets[j]!, account.id);
    assets = assets.plus(account.held[j]!.times(price));
    liabilities = liabilities.plus(account.debt[j]!.times(price));
  }
  return { assets, liabilities };
}

/** The exact status: big.js products and sums, compared by cross-multiplying. */
function exactStatus(account: TrackedAccount, prices: TickPrices, rules: TrackingRules): RiskStatus {
  const { assets, liabilities } = exactValuation(account, prices);
  return statusOf(assets, liabilities, rules.liquidation, rules.marginCall);
}

/**
 * The status, decided on the float shadows when they are certain (docs/decisions/0010) and
 * exactly otherwise; always the exact status. A missing price or shadow (NaN) takes the exact path.
 */
export function statusAt(account: TrackedAccount, prices: TickPrices, rules: TrackingRules): RiskStatus {
  if (!account.hasDebt) return 'normal';
  const terms = account.assets.length;
  if (terms <= MAX_TERMS) {
    let assets = 0;
    let liabilities = 0;
    const shadows = account.shadows;
    const slots = account.slots;
    const priceShadows = prices.shadows;
    for (let j = 0; j < terms; j++) {
      const price = priceShadows[slots[j]!]!;
      assets += shadows[2 * j]! * price;
      liabilities += shadows[2 * j + 1]! * price;
    }
    const liquidation = sideOf(assets, liabilities, rules.liquidation);
    if (liquidation < 0) return 'liquidation';
    if (liquidation > 0) {
      const marginCall = sideOf(assets, liabilities, rules.marginCall);
      if (marginCall < 0) return 'marginCall';
      if (marginCall > 0) return 'normal';
    }
  }
  return exactStatus(account, prices, rules);
}

/** Certain sign of denominator·assets − numerator·liabilities (≤ 0: at or beyond), or 0 when unsure; the assets' shadows are non-negative. */
function sideOf(assets: number, liabilities: number, k: ShadowedMultiple): number {
  return levelSign(assets, assets, liabilities, k.numeratorShadow, k.denominatorShadow);
}
