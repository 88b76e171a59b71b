import { CONTENTS, type AccountBook } from './accountBook.js';
import type { MonitoredAccount, MonitorRules } from './monitoredAccount.js';
import { trackAll } from './tracked.js';
import { toTrackingRules } from './trackingRules.js';

/**
 * Parses accounts once for a risk service that classifies them on every tick: validation, parsing
 * and the coverage multiples ([docs/risk.md](../../docs/risk.md)) are paid here, not per tick. Ids must be unique.
 * Docs: [docs/performance.md](../../docs/performance.md).
 *
 * @example
 * const book = createAccountBook([{ id: 'a1', holdings: { BTC: { held: '0.05' }, USDT: { debt: '2000' } } }]);
 * classifyBook(book, { BTC: '41000' }) // → ['marginCall']
 */
export function createAccountBook(accounts: readonly MonitoredAccount[], rules?: MonitorRules): AccountBook {
  const trackingRules = toTrackingRules(rules);
  const { columns, universe, ids } = trackAll(accounts, trackingRules.valuationAsset);
  const book = { ids, valuationAsset: trackingRules.valuationAsset, [CONTENTS]: { columns, universe, rules: trackingRules } };
  return Object.freeze(book);
}
