import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyBook, createAccountBook, createLiquidationIndex, crossedBy, repriceIndex, updateIndex, type MonitoredAccount, type RiskModel } from '../../src/index.js';
import { runs } from '../arbitraries.js';
import { ASSETS, holdings, oracleStatus, price, tiedPair } from './oracle.js';

// Rules whose coverage multiples are 1.25 / 1 (debt ratio 0.8 / 1), 1.1 / 1.05 (margin level),
// and 1.125 / 1.1 (maintenance 10% at 0.8 / 1).
const RULES: ReadonlyArray<{ model: RiskModel; thresholds?: { marginCall: string; liquidation: string } }> = [
  { model: { kind: 'debtRatio' } },
  { model: { kind: 'marginLevel' }, thresholds: { marginCall: '1.1', liquidation: '1.05' } },
  { model: { kind: 'maintenance', maintenanceMarginRate: '0.1' } },
];
// The multiple each tie is built on: liquidation or margin call of the rules above.
const TIES: ReadonlyArray<[number, string, string]> = [
  [0, '1', '1'],
  [0, '5', '4'],
  [1, '105', '100'],
  [1, '11', '10'],
  [2, '11', '10'],
  [2, '9', '8'],
];

const prices = fc.record({ BTC: price, ETH: price, SOL: price });

/** Accounts with ids: random ones mixed with pairs tied at `tick` for the rule set's multiples. */
function accountsFor(ruleIndex: number, tick: string): fc.Arbitrary<MonitoredAccount[]> {
  const tied = TIES.filter(([r]) => r === ruleIndex).map(([, n, d]) => tiedPair(tick, n, d));
  return fc.array(fc.oneof(holdings, ...tied), { minLength: 1, maxLength: 25 }).map((list) => list.map((h, i) => ({ id: `a${i}`, holdings: h })));
}

const scenario = fc.record({ rule: fc.integer({ min: 0, max: RULES.length - 1 }), reference: prices, tick: price, asset: fc.constantFrom(...ASSETS) }).chain((s) =>
  accountsFor(s.rule, s.tick).map((accounts) => ({ ...s, accounts })),
);

describe('classifyBook', () => {
  it('gives every account the status riskStatus gives its valuation, ties included', () => {
    fc.assert(
      fc.property(scenario, ({ rule, reference, tick, accounts }) => {
        const rules = RULES[rule]!;
        const at = { ...reference, BTC: tick };
        const book = createAccountBook(accounts, rules);
        expect(classifyBook(book, at)).toEqual(accounts.map((a) => oracleStatus(a, at, rules)));
      }),
      runs,
    );
  });
});

describe('crossedBy', () => {
  it('returns exactly the accounts whose status full classification changes, with both statuses', () => {
    fc.assert(
      fc.property(scenario, ({ rule, reference, tick, asset, accounts }) => {
        const rules = RULES[rule]!;
        const index = createLiquidationIndex(accounts, { ...rules, prices: reference });
        const after = { ...reference, [asset]: tick };
        const expected = accounts
          .map((a) => ({ id: a.id, from: oracleStatus(a, reference, rules), to: oracleStatus(a, after, rules) }))
          .filter((c) => c.from !== c.to);
        expect(crossedBy(index, asset, tick)).toEqual(expected);
      }),
      runs,
    );
  });

  it('stays exact through updates and repricing (a service’s day: ticks, trades, new accounts)', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), asset: fc.constantFrom(...ASSETS), price }),
      fc.record({ kind: fc.constant('update' as const), id: fc.integer({ min: 0, max: 30 }), holdings }),
    );
    fc.assert(
      fc.property(scenario, fc.array(step, { maxLength: 14 }), ({ rule, reference, accounts }, steps) => {
        const rules = RULES[rule]!;
        let index = createLiquidationIndex(accounts, { ...rules, prices: reference });
        const current = new Map(accounts.map((a) => [a.id, a]));
        let at: Record<string, string> = { ...reference };
        for (const s of steps) {
          if (s.kind === 'update') {
            const account = { id: `a${s.id}`, holdings: s.holdings };
            current.set(account.id, account);
            index = updateIndex(index, account);
            continue;
          }
          const after = { ...at, [s.asset]: s.price };
          const expected = [...current.values()]
            .map((a) => ({ id: a.id, from: oracleStatus(a, at, rules), to: oracleStatus(a, after, rules) }))
            .filter((c) => c.from !== c.to);
          const order = new Map(index.ids.map((id, i) => [id, i]));
          expected.sort((x, y) => order.get(x.id)! - order.get(y.id)!);
          expect(crossedBy(index, s.asset, s.price)).toEqual(expected);
          index = repriceIndex(index, { [s.asset]: s.price });
          at = after;
        }
      }),
      runs,
    );
  });
});
