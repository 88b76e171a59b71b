import type { DecimalInput } from '../decimal/toDecimal.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import { contentsOf, type AccountBook } from './accountBook.js';
import type { LiquidationIndex } from './liquidationIndex.js';
import { statusAt } from './status.js';
import { toTickPrices } from './tickPrices.js';

/**
 * Every account's status at these prices, in `book.ids` order — what `riskStatus` gives for each
 * account's valuation, exactly, without dividing. Each comparison is first made on float shadows
 * and trusted only when the float error bound cannot change it; the rest (ties, near-ties, values
 * without a shadow) are decided in big.js ([docs/decisions/0010-performance.md](../../docs/decisions/0010-performance.md)). A price missing for
 * an asset an account holds or owes is `UNKNOWN_ASSET`. An index from `createLiquidationIndex` is
 * classified the same way, in `index.ids` order: it holds its accounts in the book's columns, so a
 * service that needs both keeps one copy. Docs: [docs/performance.md](../../docs/performance.md).
 *
 * @example
 * const book = createAccountBook([{ id: 'a1', holdings: { BTC: { held: '0.05' }, USDT: { debt: '2000' } } }]);
 * classifyBook(book, { BTC: '60000' }) // → ['normal'] (risk 2000 / 3000)
 * classifyBook(book, { BTC: '40000' }) // → ['liquidation'] (2000 / 2000 = 1)
 */
export function classifyBook(book: AccountBook | LiquidationIndex, prices: Readonly<Record<string, DecimalInput>>): readonly RiskStatus[] {
  const { columns, universe, rules } = contentsOf(book);
  const tick = toTickPrices(prices, rules.valuationAsset, universe);
  const statuses = new Array<RiskStatus>(columns.count);
  let i = 0;
  for (const chunk of columns.chunks) for (let local = 0; local < chunk.ids.length; local++) statuses[i++] = statusAt(chunk, local, tick, rules);
  return Object.freeze(statuses);
}
