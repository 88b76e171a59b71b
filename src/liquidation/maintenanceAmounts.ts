import type { Decimal } from '../decimal/constructor.js';
import { toTiers, type Tier } from './tiers.js';

/**
 * Each tier's maintenance amount ("cum") from the continuity recurrence
 * c_i = c_{i−1} + floor_i × (m_i − m_{i−1}), so that maintenance = notional × m_i − c_i is
 * continuous across tier boundaries. Exact. Formula page: [docs/tiers.md](../../docs/tiers.md).
 *
 * @example
 * // Binance COIN-M BTCUSD: floors 0/10/20/30/50 BTC at 0.4/0.5/1/2.5/5%
 * maintenanceAmounts([{ notionalFloor: 0, maintenanceMarginRate: '0.004' }, …]) // → [0, 0.01, 0.11, 0.56, 1.81]
 */
export function maintenanceAmounts(tiers: readonly Tier[]): readonly Decimal[] {
  return Object.freeze(toTiers(tiers).tiers.map((t) => t.maintenanceAmount));
}
