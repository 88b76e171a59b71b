import fc from 'fast-check';
import { accountValuation, riskStatus, type MonitoredAccount, type RiskModel, type RiskStatus, type RiskThresholds } from '../../src/index.js';
import { TB, decimalFrom } from '../arbitraries.js';

/**
 * The reference the batch paths must agree with: each account valued by `accountValuation` and
 * classified by `riskStatus`, one at a time (no book, no index, no float shadows).
 */
export function oracleStatus(account: MonitoredAccount, prices: Readonly<Record<string, string>>, rules: { model?: RiskModel; thresholds?: RiskThresholds }): RiskStatus {
  const balances: Record<string, string> = {};
  const loans: Record<string, { principal: string }> = {};
  for (const [asset, h] of Object.entries(account.holdings)) {
    balances[asset] = String(h.held ?? '0');
    loans[asset] = { principal: String(h.debt ?? '0') };
  }
  const { assets, liabilities } = accountValuation({ balances, loans, prices });
  return riskStatus({ assets, liabilities, ...rules });
}

export const ASSETS = ['BTC', 'ETH', 'SOL'] as const;

/** A decimal with up to `maxScale` places below `max`, often zero. */
export function quantity(max: bigint, maxScale: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant('0') },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: maxScale }).chain((s) => fc.bigInt({ min: 0n, max: max * 10n ** BigInt(s) }).map((u) => decimalFrom(u, s))) },
  );
}

/** A positive price with up to 4 places. */
export const price: fc.Arbitrary<string> = fc.integer({ min: 0, max: 4 }).chain((s) => fc.bigInt({ min: 1n, max: 100_000n * 10n ** BigInt(s) }).map((u) => decimalFrom(u, s)));

/** Random holdings in some of BTC, ETH, SOL and USDT: isolated pairs and cross accounts. */
export const holdings: fc.Arbitrary<MonitoredAccount['holdings']> = fc
  .subarray([...ASSETS, 'USDT'], { minLength: 1 })
  .chain((assets) => fc.tuple(...assets.map((asset) => fc.record({ held: quantity(asset === 'USDT' ? 100_000n : 50n, 8), debt: quantity(asset === 'USDT' ? 100_000n : 50n, 8) }).map((h) => [asset, h] as const))))
  .map((entries) => Object.fromEntries(entries));

/**
 * A pair account exactly at the threshold k = num/den when BTC is at `tick`: long (USDT owed) or
 * short (BTC owed), the quote side solved from held·tick + quote = k·owed — so float shadows meet
 * a true tie.
 */
export function tiedPair(tick: string, num: string, den: string): fc.Arbitrary<MonitoredAccount['holdings']> {
  return fc.tuple(fc.boolean(), quantity(20n, 8), quantity(100_000n, 6)).map(([long, base, owed]) => {
    const k = new TB(num).div(den);
    if (long) {
      // B·p + Qt = k·Dq → Qt = k·Dq − B·p (raise Dq until Qt ≥ 0 and exact)
      const value = new TB(base).times(tick);
      const debt = new TB(owed).plus(value).times(den);
      return { BTC: { held: base, debt: '0' }, USDT: { held: k.times(debt).minus(value).toFixed(), debt: debt.toFixed() } };
    }
    // Qt = k·Db·p (short: holds quote, owes base)
    const debt = new TB(base).times(den);
    return { BTC: { held: '0', debt: debt.toFixed() }, USDT: { held: k.times(debt).times(tick).toFixed(), debt: '0' } };
  });
}
