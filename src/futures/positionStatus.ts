import type { Decimal } from '../decimal/constructor.js';
import { compareUnits, divideUnits, timesUnits, unitsOf } from '../decimal/safeUnits.js';
import { exponentOf } from '../decimal/scaledInteger.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import { linearEquityExponent, linearEquityUnits } from './linearPnl.js';
import type { FuturesPosition, ResolvedFuturesMarket } from './state.js';

/**
 * The status of one isolated linear position without tiers — what `statusOfBalance` gives for its
 * balance (equity = margin + side × (mark − entry) × units, maintenance = ⌈value × rate⌉ at
 * `scale` places) — on exact float64 integers ([docs/decisions/0021-planner-on-safe-integers.md](../../docs/decisions/0021-planner-on-safe-integers.md)),
 * or `undefined` when a value is too long for them, the contract is inverse or the market has
 * tiers: the caller then values the position in big.js. Equality included: the comparison is exact.
 */
export function positionStatusOf(m: ResolvedFuturesMarket, p: FuturesPosition, mark: Decimal, callRatio: Decimal | undefined, scale: number): RiskStatus | undefined {
  if (m.contract !== 'linear' || m.tiers !== undefined) return undefined;
  const units = timesUnits(unitsOf(p.quantity), unitsOf(m.contractSize));
  const unitsExponent = exponentOf(p.quantity) + exponentOf(m.contractSize);
  // equity = margin + pnl at the mark, in units of 10^equityExponent
  const equity = linearEquityUnits(m, p, mark);
  const equityExponent = linearEquityExponent(m, p, mark);
  const basis = m.maintenanceBasis === 'entry' ? p.entryPrice : mark;
  const rate = m.maintenanceMarginRate;
  const value = timesUnits(units, unitsOf(basis));
  const maintenance = rate === undefined ? 0 : divideUnits(timesUnits(value, unitsOf(rate)), unitsExponent + exponentOf(basis) + exponentOf(rate), 1, 0, -scale, 'ceil');
  if (Number.isNaN(equity) || Number.isNaN(maintenance)) return undefined;
  if (!(maintenance > 0)) return equity >= 0 ? 'normal' : 'liquidation';
  const covered = compareUnits(equity, equityExponent, maintenance, -scale);
  if (Number.isNaN(covered)) return undefined;
  if (covered <= 0) return 'liquidation';
  if (callRatio === undefined) return 'normal';
  // a call at maintenance ≥ ratio × equity
  const called = compareUnits(maintenance, -scale, timesUnits(unitsOf(callRatio), equity), exponentOf(callRatio) + equityExponent);
  return Number.isNaN(called) ? undefined : called >= 0 ? 'marginCall' : 'normal';
}
