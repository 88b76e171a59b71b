// Named scenarios of the robustness suite: one per class of defect found by trying the library as
// an attacker would (issue 13, classes 1–8; class 10 since; the CLI's class 9 runs the built command in
// test/robustness/classes.test.ts), and the largest valid inputs the input contract allows, timed.
import Big from 'big.js';
import { changingAfterFirstRead, HostileError } from './hostile.mjs';
import { at, clone, suites, wrappablesOf } from './suites.mjs';

const T0 = Date.UTC(2024, 2, 1, 9, 0);
const H = 3_600_000;
const MAX_INSTANT = 253_402_300_799_999;

/** Runs a call through the probe and records whether it ended the way the scenario says it must. */
function expectOutcome(probe, report, label, call, inputs, expected) {
  const outcome = probe(label, call, inputs);
  const got = 'error' in outcome ? (outcome.error instanceof Error && 'code' in outcome.error ? `throws ${outcome.error.code}` : `throws ${String(outcome.error)}`) : describe(outcome.result);
  const ok = typeof expected === 'function' ? expected(outcome) : got === expected;
  report.expectations.push({ label, ok, got, expected: typeof expected === 'function' ? expected.toString() : expected });
}

function describe(result) {
  if (result && typeof result === 'object' && result.ok === false && result.rejection) return `rejects ${result.rejection.code}`;
  if (result && typeof result === 'object' && result.ok === true) return 'accepts';
  return 'returns';
}

const throws = (code) => `throws ${code}`;

/** A result as text to compare two calls by (decimals as big.js writes them, maps as their entries). */
function textOf(value) {
  return JSON.stringify(value, (_, v) => (v instanceof Map ? [...v] : typeof v === 'bigint' ? `${v}n` : v));
}

/** What every read of a field answers after its first in class 10: valid-looking values of every kind, and absence. */
const LATER_ANSWERS = ['5', '0.5', 2, 'ETH', undefined, true];

export const SCENARIOS = {
  /** Class 1: decimals without bounds — exponents of 10^9, 10^-50000 — are refused at once. */
  'class 1: unbounded decimals'(lib, probe, report, { isolated, liquidatable }) {
    const e = (label, call, inputs, code = 'INVALID_DECIMAL') => expectOutcome(probe, report, label, call, inputs, throws(code));
    e('deposit 1e999999999', () => lib.execute(isolated, { type: 'deposit', at: isolated.at, asset: 'USDT', amount: '1e999999999' }), {});
    e('maxLeverage 1e999999999', () => lib.maxBorrowable({ margin: '1000', maxLeverage: '1e999999999' }), {});
    e('lotSizes 1e999999999', () => lib.planLiquidation(liquidatable, { lotSizes: { BTC: '1e999999999' } }), {});
    e('riskRate of 1e-50000', () => lib.riskRate({ assets: '1e-50000', liabilities: '1' }), {});
    e('a Big of 1e-99999', () => lib.riskRate({ assets: new Big('1e-99999'), liabilities: '1' }), {});
    e('createAccount maxLeverage 1e999999999', () => lib.createAccount({ mode: 'cross', maxLeverage: '1e999999999', prices: {}, at: T0 }), {});
    e('a 5,000-digit amount', () => lib.exposure({ margin: '9'.repeat(5000), leverage: '2' }), {});
  },

  /** Class 2: work proportional to a time span — charges are counted in closed form, instants end at the year 9999. */
  'class 2: spans'(lib, probe, report, { isolated }) {
    const e = (label, call, expected) => expectOutcome(probe, report, label, call, {}, expected);
    e('chargeInstants to 9e15', () => lib.chargeInstants({ from: 0, to: 9e15, clock: { kind: 'clockHours' } }), throws('INVALID_TIME'));
    e('chargeInstants over 8,000 years', () => lib.chargeInstants({ from: 0, to: MAX_INSTANT, clock: { kind: 'clockHours' } }), throws('INVALID_TIME_RANGE'));
    e('accruedInterest over 8,000 years, hourly, with a discount', () => lib.accruedInterest({ principal: '1000', rate: '0.0002', from: 0, to: MAX_INSTANT, clock: { kind: 'clockHours' }, discounts: [{ rateMultiplier: '0.5', from: H, to: 1e14 }] }), 'returns');
    e('accruedInterest compounding over 8,000 years', () => lib.accruedInterest({ principal: '1000', rate: '0.0002', from: 0, to: MAX_INSTANT, clock: { kind: 'snapshots' }, compounding: true }), throws('INVALID_TIME_RANGE'));
    e('accrue a loan to the year 9999', () => lib.execute(isolated, { type: 'accrue', at: MAX_INSTANT }), 'accepts');
    e('epoch 2^53 − 1 as a creation time', () => lib.createAccount({ mode: 'cross', prices: {}, at: 2 ** 53 - 1 }), throws('INVALID_TIME'));
  },

  /** Class 3: plans are compared field by field; nothing of a plan is parsed as a decimal unless it is one. */
  'class 3: plan comparison'(lib, probe, report, { liquidatable }) {
    const plan = JSON.parse(JSON.stringify(lib.planLiquidation(liquidatable)));
    const command = (p) => ({ type: 'liquidate', at: liquidatable.at, plan: p });
    const e = (label, p, expected) => expectOutcome(probe, report, label, () => lib.decide(liquidatable, command(p)), p, expected);
    e('the plan as JSON', plan, 'accepts');
    e('requestedMode 1e999999999', { ...plan, requestedMode: '1e999999999' }, 'rejects STALE_PLAN');
    e('a step asset named 1e999999999', { ...plan, steps: plan.steps.map((s) => ({ ...s, asset: '1e999999999' })) }, 'rejects STALE_PLAN');
    e('an option price for an asset named 1e999999999', { ...plan, options: { ...plan.options, prices: { ...plan.options.prices, '1e999999999': '1' } } }, throws('UNKNOWN_ASSET'));
    const native = JSON.parse(JSON.stringify(lib.planLiquidation(liquidatable, { feeRate: '0.00000001' })));
    e('decimals in any notation are the same decimals (JSON.stringify writes 1e-8)', native, 'accepts');
    e('a decimal field holding a name', { ...plan, feeTotal: 'BTC' }, 'rejects STALE_PLAN');
    e('a mode of 1e2 for full', { ...plan, mode: '1e2' }, 'rejects STALE_PLAN');
  },

  /** Class 4: names from input are never looked up through a prototype. */
  'class 4: inherited names'(lib, probe, report, { isolated, initial }) {
    const e = (label, call, expected) => expectOutcome(probe, report, label, call, {}, expected);
    e("command type 'hasOwnProperty'", () => lib.decide(isolated, { type: 'hasOwnProperty', at: isolated.at }), throws('INVALID_COMMAND'));
    e("command type 'constructor'", () => lib.decide(isolated, { type: 'constructor', at: isolated.at }), throws('INVALID_COMMAND'));
    e("event type 'valueOf'", () => lib.evolve(isolated, { type: 'valueOf', at: isolated.at }), throws('INVALID_EVENT'));
    e("event type '__proto__'", () => lib.evolve(initial, JSON.parse(`{"type": "__proto__", "at": ${initial.at}}`)), throws('INVALID_EVENT'));
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      e(`asset '${name}' in a cross account`, () => lib.createAccount({ mode: 'cross', assets: [name], prices: { [name]: '1' }, at: T0 }), throws('INVALID_ASSET'));
      e(`deposit of asset '${name}'`, () => lib.execute(isolated, { type: 'deposit', at: isolated.at, asset: name, amount: '1' }), 'rejects UNSUPPORTED_ASSET');
      e(`a balance of '${name}' to value`, () => lib.accountValuation({ balances: { [name]: '1' }, prices: {} }), throws('INVALID_ASSET'));
    }
    e("prices with an own '__proto__'", () => lib.createAccount({ mode: 'isolated', pair: { base: 'BTC', quote: 'USDT' }, prices: JSON.parse('{"BTC": "1", "__proto__": "2"}'), at: T0 }), throws('INVALID_ASSET'));
  },

  /** Class 5: events and snapshots are read as strictly as commands; an impossible one is refused, never applied. */
  'class 5: impossible events and states'(lib, probe, report, { isolated, initial }) {
    const at = isolated.at;
    const bad = [
      ['a negative Withdrawn', { type: 'Withdrawn', at, asset: 'USDT', amount: '-5' }],
      ['a negative InterestCharged', { type: 'InterestCharged', at, asset: 'USDT', amount: '-1' }],
      ['a negative price', { type: 'PricesUpdated', at, prices: { BTC: '-1' } }],
      ['a price for the valuation asset', { type: 'PricesUpdated', at, prices: { USDT: '2' } }],
      ['a status that does not exist', { type: 'StatusChanged', at, from: isolated.status, to: 'bankrupt', riskRate: null }],
      ['a fill that is neither buy nor sell', { type: 'TradeFilled', at, side: 'hold', base: 'BTC', quote: 'USDT', quantity: '1', price: '1', fee: '0', feeAsset: 'USDT' }],
      ['a fill whose fee is paid in neither of its assets', { type: 'TradeFilled', at, side: 'buy', base: 'BTC', quote: 'USDT', quantity: '0.001', price: '1', fee: '0', feeAsset: 'ETH' }],
      ['a fill that does not say where its fee went', { type: 'TradeFilled', at, side: 'buy', base: 'BTC', quote: 'USDT', quantity: '0.001', price: '1', fee: '0' }],
      ['a null amount', { type: 'Deposited', at, asset: 'USDT', amount: null }],
      ['an event with a field too many', { type: 'Deposited', at, asset: 'USDT', amount: '1', extra: 1 }],
      ['an event before the state', { type: 'Deposited', at: at - 1, asset: 'USDT', amount: '1' }],
    ];
    for (const [label, json] of bad) {
      expectOutcome(probe, report, `evolve: ${label}`, () => lib.evolve(isolated, json), json, (o) => 'error' in o && ['INVALID_EVENT', 'INVALID_DECIMAL'].includes(o.error.code));
      expectOutcome(probe, report, `eventFromJSON + replay: ${label}`, () => lib.replay(isolated, [lib.eventFromJSON(json)]), json, (o) => 'error' in o && ['INVALID_EVENT', 'INVALID_DECIMAL'].includes(o.error.code));
    }
    const json = JSON.parse(JSON.stringify(lib.accountToJSON(isolated)));
    const loan = json.loans.USDT;
    const tampered = [
      ['a negative balance', { ...json, balances: { ...json.balances, BTC: '-1' } }],
      ['tranches that do not sum to the principal', { ...json, loans: { USDT: { ...loan, principal: `${loan.principal}1` } } }],
      ['an unknown status', { ...json, status: 'bankrupt' }],
      ['a status the numbers do not give', { ...json, status: 'liquidation' }],
      ['a time of Infinity', { ...json, at: Infinity }],
      ['a balance of an asset the account does not have', { ...json, balances: { ...json.balances, ETH: '1' } }],
      ['a time before creation', { ...json, at: json.config.at - 1 }],
      ['a tranche borrowed in the future', { ...json, loans: { USDT: { ...loan, tranches: loan.tranches.map((t) => ({ ...t, borrowedAt: json.at + 1 })) } } }],
      ['a missing price', { ...json, prices: {} }],
      ['an unknown field', { ...json, extra: true }],
    ];
    for (const [label, state] of tampered) {
      expectOutcome(probe, report, `accountFromJSON: ${label}`, () => lib.accountFromJSON(state), state, (o) => 'error' in o && o.error instanceof lib.MarginError);
    }
    expectOutcome(probe, report, 'accountFromJSON: the state as written', () => lib.accountFromJSON(json), json, 'returns');
    expectOutcome(probe, report, 'decide on a state that is a plain copy', () => lib.decide({ ...isolated }, { type: 'accrue', at: isolated.at }), {}, throws('INVALID_STATE'));
    expectOutcome(probe, report, 'replay onto a state that is a plain copy', () => lib.replay({ ...initial }, []), {}, throws('INVALID_STATE'));
  },

  /** Class 6: missing or null containers and hostile decimal-like objects are MarginErrors, never TypeErrors. */
  'class 6: no TypeErrors'(lib, probe, report, { isolated }) {
    const forged = Object.assign(Object.create(Big.prototype), { c: [1], e: 1e9, s: 1 });
    const throwing = { c: [1], e: 0, s: 1, toString() { throw new Error('hostile'); } };
    const cases = [
      ['riskRate()', () => lib.riskRate(), 'MISSING_INPUT'],
      ['model: null', () => lib.riskRate({ assets: '1', liabilities: '1', model: null }), 'INVALID_MODEL'],
      ['thresholds: null', () => lib.riskStatus({ assets: '1', liabilities: '1', thresholds: null }), 'INVALID_THRESHOLD'],
      ['discounts: {}', () => lib.accruedInterest({ principal: '1', rate: '0.1', from: 0, to: H, clock: { kind: 'clockHours' }, discounts: {} }), 'INVALID_OPTION'],
      ['planLiquidation(null)', () => lib.planLiquidation(null), 'INVALID_STATE'],
      ['replay(s, null)', () => lib.replay(isolated, null), 'INVALID_EVENT'],
      ['interest: { USDT: null }', () => lib.createAccount({ mode: 'cross', interest: { USDT: null }, prices: {}, at: T0 }), 'INVALID_CONFIG'],
      ['classifyBook(undefined, …)', () => lib.classifyBook(undefined, {}), 'INVALID_OPTION'],
      ['crossedBy(null, …)', () => lib.crossedBy(null, 'BTC', '1'), 'INVALID_OPTION'],
      ['accountToJSON(undefined)', () => lib.accountToJSON(undefined), 'INVALID_STATE'],
      ['a decimal whose toString throws', () => lib.exposure({ margin: throwing, leverage: '2' }), 'INVALID_DECIMAL'],
      ['a value forged with big.js prototype', () => lib.exposure({ margin: forged, leverage: '2' }), 'INVALID_DECIMAL'],
      ['a symbol as the side', () => lib.pnl({ side: Symbol('long'), entryPrice: '1', exitPrice: '2', quantity: '1' }), 'INVALID_SIDE'],
      ['an object as the clock kind', () => lib.chargeInstants({ from: 0, to: H, clock: { kind: { toString() { throw new Error('x'); } } } }), 'INVALID_CLOCK'],
      ['spotLiquidationPrice without a base', () => lib.spotLiquidationPrice({ quote: { held: '0', debt: '1' } }), 'MISSING_INPUT'],
      ['liquidationPrice with cross: null', () => lib.liquidationPrice({ side: 'long', entryPrice: '1', quantity: '1', leverage: '2', cross: null }), 'MISSING_INPUT'],
      ['applyToFund(null, [])', () => lib.applyToFund(null, []), 'INVALID_OPTION'],
      ['createLiquidationIndex([], null)', () => lib.createLiquidationIndex([], null), 'MISSING_INPUT'],
    ];
    for (const [label, call, code] of cases) expectOutcome(probe, report, label, call, {}, throws(code));
  },

  /** Class 7: a valid dust sale is a business rejection, with or without a quote balance — never a throw. */
  'class 7: dust fills'(lib, probe, report, { isolatedConfig }) {
    const base = lib.execute(lib.createAccount({ ...isolatedConfig, prices: { BTC: '0.0001' } }), { type: 'deposit', at: T0, asset: 'BTC', amount: '1' });
    const withQuote = lib.execute(base.state, { type: 'deposit', at: T0, asset: 'USDT', amount: '5' });
    const sell = { type: 'trade', at: T0, side: 'sell', quantity: '0.00000001', price: '0.0001' };
    expectOutcome(probe, report, 'a dust sale with no quote held', () => lib.execute(base.state, sell), sell, 'rejects DUST_FILL');
    expectOutcome(probe, report, 'a dust sale with a quote balance', () => lib.execute(withQuote.state, sell), sell, 'rejects DUST_FILL');
    expectOutcome(probe, report, 'a dust buy', () => lib.execute(withQuote.state, { ...sell, side: 'buy' }), sell, 'rejects DUST_FILL');
    expectOutcome(probe, report, 'the smallest sale that nets something', () => lib.execute(base.state, { ...sell, quantity: '0.2' }), sell, 'accepts');
  },

  /** Class 8: garbage is never accepted silently — strict booleans and enums, unknown names refused, every price checked. */
  'class 8: no garbage accepted'(lib, probe, report, { isolated, isolatedConfig }) {
    const e = (label, call, code) => expectOutcome(probe, report, label, call, {}, throws(code));
    const cross = { asset: 'BTC', balances: { BTC: '1' }, loans: { USDT: { principal: '100' } }, prices: { BTC: NaN } };
    e('a NaN price for the asset being solved', () => lib.crossSpotLiquidationPrice(cross), 'INVALID_DECIMAL');
    e('a NaN price for an asset not held', () => lib.crossSpotLiquidationPrice({ ...cross, prices: { BTC: '1', ETH: NaN } }), 'INVALID_DECIMAL');
    const trade = { type: 'trade', at: isolated.at, side: 'buy', quantity: '0.001', price: '52000' };
    e("autoBorrow: 'true'", () => lib.decide(isolated, { ...trade, autoBorrow: 'true' }), 'INVALID_COMMAND');
    e('autoRepay: 1', () => lib.decide(isolated, { ...trade, autoRepay: 1 }), 'INVALID_COMMAND');
    e("compounding: 'true'", () => lib.accruedInterest({ principal: '1', rate: '0.1', from: 0, to: H, clock: { kind: 'snapshots' }, compounding: 'true' }), 'INVALID_OPTION');
    e('openingCharge: {}', () => lib.accruedInterest({ principal: '1', rate: '0.1', from: 0, to: H, clock: { kind: 'elapsedPeriods', openingCharge: {} } }), 'INVALID_CLOCK');
    e('compounding inside the clock', () => lib.accruedInterest({ principal: '1', rate: '0.1', from: 0, to: H, clock: { kind: 'snapshots', compounding: true } }), 'INVALID_CLOCK');
    e('a misspelt coinLimit', () => lib.maxBorrowable({ margin: '1', maxLeverage: '3', coinLimt: '1' }), 'INVALID_OPTION');
    e('a misspelt command field', () => lib.decide(isolated, { type: 'deposit', at: isolated.at, asset: 'USDT', amout: '1' }), 'INVALID_COMMAND');
    e('a venue that is no preset', () => lib.createAccount({ ...isolatedConfig, venue: {} }), 'INVALID_CONFIG');
    e('a preset with a cap that is no decimal', () => lib.createAccount({ ...isolatedConfig, venue: { ...lib.venuePresets.bitget, maxLeverage: { isolated: 'ten' } } }), 'INVALID_DECIMAL');
    e('a trade side in capitals', () => lib.decide(isolated, { ...trade, side: 'BUY' }), 'INVALID_COMMAND');
  },

  /**
   * The largest valid inputs the contract allows, each timed against the per-call budget: an account
   * of 200 assets holding stored-budget values with 500 open borrows, compounding's 50,000 charges,
   * 16 stacked discounts, 100 tiers, a 100,000-instant list.
   */
  'largest valid inputs'(lib, rawProbe, report) {
    // A service runs these paths all day: each call is made twice before it is timed, so the time
    // measured is the call's own, not the first compilation of a path the other suites never took.
    const probe = (label, call, inputs) => {
      for (let i = 0; i < 2; i++) {
        try {
          call();
        } catch {
          // timed below
        }
      }
      return rawProbe(label, call, inputs);
    };
    const P = `1${'3'.repeat(23)}.${'7'.repeat(24)}`;
    const assets = Array.from({ length: 199 }, (_, i) => `A${i}`);
    const account = lib.createAccount({
      mode: 'cross',
      assets,
      interest: Object.fromEntries(['USDT', ...assets].map((a) => [a, { rate: `0.${'9'.repeat(24)}` }])),
      prices: Object.fromEntries(assets.map((a) => [a, P])),
      at: 0,
    });
    const json = JSON.parse(JSON.stringify(lib.accountToJSON(account)));
    const big = `1${'2'.repeat(89)}.${'3'.repeat(90)}`;
    const tranche = `1${'2'.repeat(84)}.${'3'.repeat(90)}`;
    const TB = Big();
    const principal = [...Array(5)].reduce((s) => s.plus(tranche), new TB(0)).toFixed();
    const loans = Object.fromEntries(['USDT', ...assets].slice(0, 100).map((a) => [a, { principal, interest: `0.${'0'.repeat(89)}1`, tranches: Array.from({ length: 5 }, () => ({ principal: tranche, borrowedAt: 0, accruedTo: 0 })) }]));
    const stored = { ...json, balances: Object.fromEntries(['USDT', ...assets].map((a) => [a, big])), loans, status: 'normal', at: 1 };
    let state;
    expectOutcome(probe, report, 'accountFromJSON: 200 assets, 500 borrows, 180-digit values', () => (state = lib.accountFromJSON(stored)), {}, 'returns');
    expectOutcome(probe, report, 'deposit on it, charging 100 loans', () => lib.execute(state, { type: 'deposit', at: 2 * H, asset: 'USDT', amount: '1' }), {}, 'accepts');
    expectOutcome(probe, report, 'borrow on it: the 501st borrow is refused', () => lib.execute(state, { type: 'borrow', at: 2 * H, asset: 'A150', amount: '1' }), {}, 'rejects BORROW_LIMIT');
    expectOutcome(probe, report, 'plan its liquidation', () => lib.planLiquidation(state, { mode: 'full', feeRate: '0.01' }), {}, 'returns');
    expectOutcome(probe, report, 'serialise it', () => lib.accountToJSON(state), {}, 'returns');
    const p24 = `${'9'.repeat(24)}.${'9'.repeat(24)}`;
    const discounts = Array.from({ length: 16 }, (_, i) => ({ rateMultiplier: `0.${'9'.repeat(24)}`, from: i * 1000 * H }));
    expectOutcome(probe, report, 'compounding 50,000 charges of a 48-digit principal under 16 discounts', () => lib.accruedInterest({ principal: p24, rate: '0.000000000000000000000001', from: 0, to: 49_999 * H, clock: { kind: 'clockHours' }, compounding: true, scale: 24, discounts }), {}, 'returns');
    expectOutcome(probe, report, 'simple interest over the whole instant range under 16 discounts', () => lib.accruedInterest({ principal: p24, rate: p24, from: 0, to: MAX_INSTANT, clock: { kind: 'elapsedPeriods', periodHours: 0.001, openingCharge: true }, scale: 24, discounts: discounts.map((d, i) => ({ ...d, to: MAX_INSTANT - i })) }), {}, 'returns');
    expectOutcome(probe, report, '100,000 charge instants', () => lib.chargeInstants({ from: 0, to: 99_999 * H, clock: { kind: 'clockHours' } }), {}, 'returns');
    const tiers = Array.from({ length: 100 }, (_, i) => ({ notionalFloor: i === 0 ? '0' : `${i}${'0'.repeat(20)}.${'1'.repeat(24)}`, maintenanceMarginRate: `0.${String(i + 1).padStart(3, '0')}${'7'.repeat(21)}` }));
    expectOutcome(probe, report, 'a liquidation price through 100 tiers of 48-digit values', () => lib.liquidationPrice({ side: 'long', entryPrice: P, quantity: p24, leverage: '20', tiers, scale: 24 }), {}, (o) => !('error' in o) || o.error instanceof lib.MarginError);
  },

  /**
   * Class 10: an input read twice can be checked on one read and used from another — a getter or
   * a proxy answering differently the second time slipped an unchecked asset name into a result
   * (ADL ids), crashed a command with a TypeError (a market checked, then read again as another),
   * and copied a configuration's million-digit "second answer" into the kept config until the heap
   * ran out. So every input is read once: for every suite's valid arguments and every object or
   * array in them answering each later read with another value, the call gives what it gives on
   * the plain arguments, or a MarginError — never a third thing.
   */
  'class 10: read once'(lib, probe, report, ctx) {
    for (const suite of suites(lib, ctx)) {
      for (const base of suite.bases) {
        let plain;
        try {
          plain = textOf(suite.call(clone(base)));
        } catch {
          continue; // the suites' error cases: what a later read answers cannot matter to a call that throws on the first
        }
        for (const path of wrappablesOf(base)) {
          for (const later of LATER_ANSWERS) {
            const args = clone(base);
            const parent = at(args, path.slice(0, -1));
            const key = path[path.length - 1];
            parent[key] = changingAfterFirstRead(parent[key], later);
            const label = `${suite.name}: ${path.join('.')} answering ${textOf(later) ?? 'undefined'} after its first read`;
            expectOutcome(probe, report, label, () => suite.call(args), args, (o) => ('error' in o ? o.error instanceof lib.MarginError || o.error instanceof HostileError : textOf(o.result) === plain));
          }
        }
      }
    }
  },

  /** Batches cost at most linearly in what they are given: ten times the events or accounts, about ten times the time. */
  'batches are linear'(lib, probe, report, { isolated, events, initial }) {
    const deposits = (n) => Array.from({ length: n }, (_, i) => ({ type: 'Deposited', at: isolated.at + i, asset: 'USDT', amount: '1.5' }));
    const accounts = (n) => Array.from({ length: n }, (_, i) => ({ id: `a${i}`, holdings: { BTC: { held: '0.05' }, USDT: { debt: String(1000 + i) } } }));
    const time = (f) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        f();
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    const ratio = (name, small, large) => {
      const a = time(small);
      const b = time(large);
      report.expectations.push({ label: `${name}: ×10 input costs ×${(b / a).toFixed(1)} (${a.toFixed(1)} → ${b.toFixed(1)} ms)`, ok: b / a < 30, got: (b / a).toFixed(1), expected: '< 30 (linear, or n log n where it sorts, with noise)' });
    };
    ratio('replay', () => lib.replay(isolated, deposits(1_000)), () => lib.replay(isolated, deposits(10_000)));
    ratio('createAccountBook', () => lib.createAccountBook(accounts(2_000)), () => lib.createAccountBook(accounts(20_000)));
    const small = lib.createAccountBook(accounts(2_000));
    const large = lib.createAccountBook(accounts(20_000));
    ratio('classifyBook', () => lib.classifyBook(small, { BTC: '41000' }), () => lib.classifyBook(large, { BTC: '41000' }));
    ratio('createLiquidationIndex', () => lib.createLiquidationIndex(accounts(2_000), { prices: { BTC: '60000' } }), () => lib.createLiquidationIndex(accounts(20_000), { prices: { BTC: '60000' } }));
    expectOutcome(probe, report, 'replay of the fixture history', () => lib.replay(initial, events), {}, 'returns');
  },
};
