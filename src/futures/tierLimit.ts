import type { Decimal } from '../decimal/constructor.js';
import { reject, type Rejection } from '../decider/rejection.js';
import { tierIndexOf } from '../liquidation/tiers.js';
import { valueAt } from './positionMath.js';
import type { ResolvedFuturesMarket } from './state.js';

/**
 * Why a position of `contracts` on `market`, valued at `price`, may not be held at `leverage` under
 * the market's tiers (`LEVERAGE_LIMIT`), or `undefined`: worth more than the table's `notionalCap`,
 * or in a tier whose `maxLeverage` is below the leverage (Binance: "The maximum amount of leverage
 * available depends on the notional value of your position"; Bybit's and Bitget's tiers likewise).
 * A flat rate, or tiers without leverage caps, limit nothing. `withCap: false` (a leverage change,
 * which never grows the position) checks the tier's leverage only.
 */
export function tierLimitOf(market: ResolvedFuturesMarket, name: string, contracts: Decimal, price: Decimal, leverage: Decimal, withCap = true): Rejection | undefined {
  const table = market.tiers;
  if (table === undefined) return undefined;
  const value = valueAt(market, contracts, price, 'ceil');
  if (withCap && table.notionalCap !== undefined && value.gt(table.notionalCap)) {
    return reject('LEVERAGE_LIMIT', `a ${name} position worth ${value.toFixed()} is above the largest its tiers hold (${table.notionalCap.toFixed()})`, { market: name, value: value.toFixed(), limit: table.notionalCap.toFixed() });
  }
  const cap = table.tiers[tierIndexOf(table.tiers, value)]!.maxLeverage;
  if (cap !== undefined && leverage.gt(cap)) {
    return reject('LEVERAGE_LIMIT', `a ${name} position worth ${value.toFixed()} allows at most ${cap.toFixed()}x, not ${leverage.toFixed()}x: lower the leverage or the size`, { market: name, leverage: leverage.toFixed(), limit: cap.toFixed() });
  }
  return undefined;
}
