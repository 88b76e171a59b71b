import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountFromJSON,
  accountToJSON,
  accountValuation,
  createAccount,
  eventFromJSON,
  eventToJSON,
  execute,
  isMarginError,
  planLiquidation,
  replay,
  riskStatus,
  type AccountCommand,
  type AccountConfig,
  type AccountEvent,
  type AccountState,
} from '../../src/index.js';
import { TB, decimalFrom } from '../arbitraries.js';

type Big = InstanceType<typeof TB>;

/**
 * A model-based soak of random command sequences, valid and hostile mixed, against a model of our
 * own: a ledger that computes from each accepted command what it must have done — interest on the
 * clockHours rule per open borrow (the borrow-time charge, then every UTC hour boundary, times the
 * coupons in force, rounded up per borrow at 8 places), repayments interest first and oldest borrow
 * first, fills with the fee rounded up, auto-borrow of the shortfall and auto-repay of what a fill
 * brings. (repayAll and liquidate, whose sales the planner decides, are booked from their events.)
 * After every command: the state equals the model, a rejected or malformed command left it exactly
 * as it was, and its JSON round-trips. After every sequence: the events replay to the state, and a
 * tampered event or state JSON is refused or yields a state that keeps every invariant — never a
 * corrupt one. `npm test` runs a modest size; PROPERTY_RUNS raises it (at least 10,000 sequences: ≥ 100,000 commands).
 */
const SEQUENCES = process.env['PROPERTY_RUNS'] ? Math.max(10_000, Number(process.env['PROPERTY_RUNS'])) : 60;
const H = 3_600_000;
const T0 = Date.UTC(2024, 2, 1, 9, 17);
const RATES: Readonly<Record<string, string>> = { USDT: '0.0002', BTC: '0.0001', ETH: '0.00015' };
const FEE_RATE = '0.001';

const CONFIGS: readonly AccountConfig[] = [
  { mode: 'isolated', pair: { base: 'BTC', quote: 'USDT' }, interest: { USDT: { rate: RATES['USDT']! }, BTC: { rate: RATES['BTC']! } }, tradingFeeRate: FEE_RATE, prices: { BTC: '60000' }, at: T0 },
  {
    mode: 'cross',
    assets: ['BTC', 'ETH'],
    interest: { USDT: { rate: RATES['USDT']! }, BTC: { rate: RATES['BTC']! }, ETH: { rate: RATES['ETH']! } },
    tradingFeeRate: FEE_RATE,
    maxLeverage: '5',
    prices: { BTC: '60000', ETH: '3000' },
    at: T0,
  },
  // fees in the asset received (Binance's convention): a buy pays its fee in base
  { mode: 'isolated', pair: { base: 'BTC', quote: 'USDT' }, interest: { USDT: { rate: RATES['USDT']! }, BTC: { rate: RATES['BTC']! } }, tradingFeeRate: FEE_RATE, feeAsset: 'received', prices: { BTC: '60000' }, at: T0 },
];

interface Tranche {
  principal: Big;
  borrowedAt: number;
  accruedTo: number | null;
}
interface Model {
  balances: Map<string, Big>;
  loans: Map<string, { interest: Big; tranches: Tranche[] }>;
  coupons: { asset: string; multiplier: Big; from: number; to: number }[];
}

const zero = () => new TB(0);
const ceil8 = (x: Big) => x.round(8, 3);
const balance = (m: Model, a: string) => m.balances.get(a) ?? zero();
const move = (m: Model, a: string, delta: Big) => m.balances.set(a, balance(m, a).plus(delta));
const principalOf = (m: Model, a: string) => (m.loans.get(a)?.tranches ?? []).reduce((s, t) => s.plus(t.principal), zero());

/** The model's interest for every loan up to `at`: each borrow's charges not yet posted. */
function accrue(m: Model, at: number): void {
  for (const [asset, loan] of m.loans) {
    let amount = zero();
    let charged = false;
    for (const t of loan.tranches) {
      // clockHours: at the borrow, then at each UTC hour boundary b with borrowedAt < b < at
      const instants = [t.borrowedAt];
      for (let b = Math.floor(t.borrowedAt / H) * H + H; b < at; b += H) instants.push(b);
      const due = instants.filter((i) => (t.accruedTo === null ? true : i !== t.borrowedAt && i >= t.accruedTo));
      if (due.length === 0) continue;
      charged = true;
      let weight = zero();
      for (const i of due) weight = weight.plus(m.coupons.filter((c) => c.asset === asset && c.from <= i && i < c.to).reduce((x, c) => x.times(c.multiplier), new TB(1)));
      amount = amount.plus(ceil8(t.principal.times(RATES[asset]!).times(weight).div(24)));
    }
    if (charged) {
      loan.interest = loan.interest.plus(amount);
      for (const t of loan.tranches) t.accruedTo = at;
    }
  }
}

function borrow(m: Model, asset: string, amount: Big, at: number): void {
  move(m, asset, amount);
  const loan = m.loans.get(asset) ?? { interest: zero(), tranches: [] };
  loan.tranches.push({ principal: amount, borrowedAt: at, accruedTo: null });
  m.loans.set(asset, loan);
  accrue(m, at);
}

/** Lowers a loan by `amount`, interest first, then principal from the oldest borrow; what it took. */
function reduceLoan(m: Model, asset: string, amount: Big): Big {
  const loan = m.loans.get(asset);
  if (loan === undefined) return zero();
  const interest = amount.lt(loan.interest) ? amount : loan.interest;
  let principal = amount.minus(interest);
  if (principal.gt(principalOf(m, asset))) principal = principalOf(m, asset);
  loan.interest = loan.interest.minus(interest);
  let left = principal;
  const kept: Tranche[] = [];
  for (const t of loan.tranches) {
    if (left.eq(0)) kept.push(t);
    else if (t.principal.lte(left)) left = left.minus(t.principal);
    else {
      kept.push({ ...t, principal: t.principal.minus(left) });
      left = zero();
    }
  }
  loan.tranches = kept;
  if (loan.interest.eq(0) && kept.length === 0) m.loans.delete(asset);
  return interest.plus(principal);
}

/** Repays from the asset's own balance. */
function repay(m: Model, asset: string, amount: Big): void {
  move(m, asset, reduceLoan(m, asset, amount).times(-1));
}

/** What an accepted command did, by the model (events only for repayAll and liquidate). */
function apply(m: Model, c: AccountCommand, state: AccountState, events: readonly AccountEvent[]): void {
  accrue(m, c.at);
  const d = (v: unknown) => new TB(String(v));
  switch (c.type) {
    case 'deposit':
      return void move(m, c.asset, d(c.amount));
    case 'withdraw':
      return void move(m, c.asset, d(c.amount).times(-1));
    case 'borrow':
      return borrow(m, c.asset, d(c.amount), c.at);
    case 'repay':
      return repay(m, c.asset, c.amount === 'all' ? (m.loans.get(c.asset)?.interest ?? zero()).plus(principalOf(m, c.asset)) : d(c.amount));
    case 'trade': {
      const base = c.base ?? state.rules.base!;
      const quote = c.quote ?? state.rules.quote!;
      const q = d(c.quantity);
      const value = q.times(d(c.price));
      // a buy under the received convention pays its fee in base, on the quantity; else in quote, on the value
      const inBase = c.side === 'buy' && state.config.feeAsset === 'received';
      const fee = ceil8((inBase ? q : value).times(FEE_RATE));
      const [spent, spend, received, receive] =
        c.side === 'sell' ? [base, q, quote, value.minus(fee)] : inBase ? [quote, value, base, q.minus(fee)] : [quote, value.plus(fee), base, q];
      const shortfall = spend.minus(balance(m, spent));
      if (shortfall.gt(0)) borrow(m, spent, shortfall, c.at);
      move(m, spent, spend.times(-1));
      move(m, received, receive);
      if (c.autoRepay === true && receive.gt(0)) repay(m, received, receive);
      return;
    }
    case 'applyCoupon':
      return void m.coupons.push({ asset: c.asset, multiplier: d(c.rateMultiplier), from: c.from ?? -Infinity, to: c.to ?? Infinity });
    case 'repayAll':
    case 'liquidate':
      for (const e of events) bookEvent(m, e);
      return;
    default:
      return;
  }
}

/** repayAll and liquidate: the planner's sales and repayments as their events say (interest is posted by the model first). */
function bookEvent(m: Model, e: AccountEvent): void {
  const d = (v: { toFixed(): string }) => new TB(v.toFixed());
  switch (e.type) {
    case 'TradeFilled': {
      const q = d(e.quantity);
      const value = q.times(d(e.price));
      move(m, e.base, e.side === 'buy' ? q : q.times(-1));
      move(m, e.quote, e.side === 'buy' ? value.times(-1) : value);
      move(m, e.feeAsset, d(e.fee).times(-1));
      return;
    }
    case 'Repaid':
      return repay(m, e.asset, d(e.interest).plus(d(e.principal)));
    case 'Liquidated':
      for (const s of e.steps) {
        if (s.kind === 'sell') {
          move(m, s.asset, d(s.quantity).times(-1));
          move(m, s.for, d(s.proceeds));
        } else repay(m, s.asset, d(s.interest).plus(d(s.principal)));
      }
      return;
    case 'LiquidationFeeCharged':
      return void move(m, e.asset, d(e.amount).times(-1));
    case 'BadDebtCovered':
      // the fund pays interest first, then principal; the account's balances do not move
      return void reduceLoan(m, e.asset, d(e.amount));
    default:
      return;
  }
}

/** The model must say what the state says: balances, principal (and its borrows), interest. */
function agrees(m: Model, s: AccountState): void {
  for (const asset of s.rules.assets) {
    expect(s.balances[asset]?.toFixed() ?? '0', `balance ${asset}`).toBe(balance(m, asset).toFixed());
    const loan = s.loans[asset];
    const mine = m.loans.get(asset);
    expect(loan?.principal.toFixed() ?? '0', `principal ${asset}`).toBe(principalOf(m, asset).toFixed());
    expect(loan?.interest.toFixed() ?? '0', `interest ${asset}`).toBe(mine?.interest.toFixed() ?? '0');
    expect(loan?.tranches.map((t) => [t.principal.toFixed(), t.borrowedAt]) ?? [], `borrows ${asset}`).toEqual(mine?.tranches.map((t) => [t.principal.toFixed(), t.borrowedAt]) ?? []);
  }
  const loans = Object.fromEntries(Object.entries(s.loans).map(([a, l]) => [a, { principal: l.principal, interest: l.interest }]));
  const valuation = accountValuation({ balances: s.balances, loans, prices: s.prices, valuationAsset: s.rules.valuationAsset });
  expect(s.status).toBe(riskStatus(valuation));
}

/** A step: a kind and fractions, turned into a command against the model's current account. */
const step = fc.record({
  kind: fc.constantFrom('deposit', 'withdraw', 'borrow', 'repay', 'repayAll', 'buy', 'sell', 'accrue', 'prices', 'coupon', 'liquidate', 'hostile'),
  asset: fc.nat({ max: 2 }),
  units: fc.bigInt({ min: 1n, max: 5_000_000_000n }),
  fraction: fc.integer({ min: 1, max: 100 }),
  gap: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 * H }), fc.integer({ min: 0, max: 200 }).map((m) => m * 60_000)),
  move: fc.integer({ min: -45, max: 30 }),
  flag: fc.boolean(),
  // values no field of a deposit, a withdrawal or a buy accepts (a name is refused as no asset of the account)
  hostile: fc.constantFrom<unknown>('1e999999999', '-5', 'NaN', null, {}, 'constructor', '__proto__', 'true', Symbol('x'), [], -1, 1.5e300),
  field: fc.constantFrom('amount', 'asset', 'at', 'autoBorrow', 'type', 'price', 'extra', 'prices'),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function commandOf(s: Step, state: AccountState, m: Model, at: number): AccountCommand {
  const assets = state.rules.assets;
  const asset = assets[s.asset % assets.length]!;
  const amount = decimalFrom(s.units, 8);
  const share = (x: Big) => x.times(s.fraction).div(100).round(8, 0);
  const positive = (x: Big, fallback: string) => (x.gt(0) ? x.toFixed() : fallback);
  const pair = state.rules.mode === 'isolated' ? {} : { base: assets.find((a) => a !== 'USDT' && a === asset) ?? 'BTC', quote: 'USDT' };
  const base = state.rules.base ?? (pair as { base: string }).base;
  const last = new TB(state.prices[base]!.toFixed());
  const price = last.times(100 + s.move).div(100).round(2, 0).toFixed();
  const priceOf = (a: string) => (a === 'USDT' ? new TB(1) : new TB(state.prices[a]!.toFixed()));
  // An account being liquidated gets its plan executed now and then, as an engine would.
  if (state.status === 'liquidation' && s.flag && s.kind !== 'hostile') {
    return { type: 'liquidate', at: state.at, plan: JSON.parse(JSON.stringify(planLiquidation(state, { feeRate: '0.01', mode: s.fraction > 50 ? 'full' : 'partial' }))) };
  }
  switch (s.kind) {
    case 'deposit':
      return { type: 'deposit', at, asset, amount: asset === 'USDT' ? amount : decimalFrom(s.units / 10_000n + 1n, 8) };
    case 'withdraw':
      return { type: 'withdraw', at, asset, amount: positive(share(balance(m, asset)), amount) };
    case 'borrow':
      // up to twice the USDT held, in the asset's units: within the limit about half the time
      return { type: 'borrow', at, asset, amount: positive(share(balance(m, 'USDT').times(2).div(priceOf(asset))), '0.0001') };
    case 'repay': {
      // mostly an asset that is owed
      const owing = [...m.loans.keys()];
      const repaid = owing.length > 0 && s.fraction % 4 !== 0 ? owing[s.asset % owing.length]! : asset;
      const owed = (m.loans.get(repaid)?.interest ?? zero()).plus(principalOf(m, repaid));
      return { type: 'repay', at, asset: repaid, amount: s.flag ? 'all' : positive(share(owed), amount) };
    }
    case 'repayAll':
      return { type: 'repayAll', at };
    case 'buy':
      return { type: 'trade', at, side: 'buy', quantity: positive(share(balance(m, 'USDT').times(3).div(price)), '0.0001'), price, autoBorrow: s.flag, autoRepay: s.fraction > 50, ...pair };
    case 'sell':
      return { type: 'trade', at, side: 'sell', quantity: positive(share(balance(m, base).times(2)), '0.001'), price, autoBorrow: s.flag, autoRepay: s.fraction > 50, ...pair };
    case 'prices':
      return { type: 'updatePrices', at, prices: { [base]: price } };
    case 'coupon':
      return { type: 'applyCoupon', at, asset, rateMultiplier: (s.fraction / 100).toString(), from: at + (s.fraction % 3) * H, ...(s.flag && { to: at + 5 * H }) };
    case 'liquidate':
      return { type: 'liquidate', at: state.at, plan: JSON.parse(JSON.stringify(planLiquidation(state, { feeRate: '0.01', mode: s.flag ? 'full' : 'partial' }))) };
    case 'accrue':
    case 'hostile':
      return { type: 'accrue', at };
  }
}

/** A command with one field replaced by a hostile value (or an unknown field added). */
function spoiled(c: AccountCommand, s: Step): unknown {
  const copy: Record<string, unknown> = { ...c };
  copy[s.field === 'extra' ? 'extra' : s.field] = s.hostile;
  return copy;
}

describe('robustness: model-based soak', () => {
  let commands = 0;

  it('keeps the account equal to an independent model through random valid and hostile commands', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONFIGS), fc.array(step, { minLength: 5, maxLength: 40 }), fc.nat(), (config, steps, seed) => {
        const initial = createAccount(config);
        const opened = execute(initial, { type: 'deposit', at: config.at, asset: 'USDT', amount: '10000' });
        if (!opened.ok) throw new Error('the opening deposit was refused');
        let state = opened.state;
        const model: Model = { balances: new Map([['USDT', new TB('10000')]]), loans: new Map(), coupons: [] };
        const log: AccountEvent[] = [...opened.events];
        let at = config.at;
        for (const s of steps) {
          at += s.gap;
          const command = commandOf(s, state, model, at);
          const before = JSON.stringify(accountToJSON(state));
          commands++;
          if (s.kind === 'hostile') {
            let outcome: unknown;
            try {
              outcome = execute(state, spoiled(commandOf({ ...s, kind: (['deposit', 'buy', 'withdraw'] as const)[s.fraction % 3]! }, state, model, at), s) as AccountCommand);
            } catch (error) {
              expect(isMarginError(error), String(error)).toBe(true);
            }
            // a malformed command throws or is refused; either way nothing of it is applied
            if (outcome !== undefined && (outcome as { ok: boolean }).ok) throw new Error('a hostile command was accepted');
            expect(JSON.stringify(accountToJSON(state))).toBe(before);
            continue;
          }
          const r = execute(state, command);
          if (!r.ok) {
            expect(JSON.stringify(accountToJSON(state))).toBe(before);
            continue;
          }
          apply(model, command, state, r.events);
          state = r.state;
          log.push(...r.events);
          agrees(model, state);
          const json = JSON.stringify(accountToJSON(state));
          expect(JSON.stringify(accountToJSON(accountFromJSON(JSON.parse(json))))).toBe(json);
        }
        // the log replays to the state, through JSON too
        const stored = log.map((e) => JSON.parse(JSON.stringify(eventToJSON(e))));
        expect(replay(initial, stored.map(eventFromJSON))).toEqual(state);
        tamperedEventsAreRefused(initial, stored, seed);
        tamperedStatesAreRefused(state, seed);
      }),
      { numRuns: SEQUENCES },
    );
    if (process.env['PROPERTY_RUNS']) expect(commands).toBeGreaterThanOrEqual(100_000);
  }, 0);
});

const TAMPERS: readonly ((json: Record<string, unknown>) => void)[] = [
  (j) => void (j['amount'] = typeof j['amount'] === 'string' ? `-${j['amount']}` : '-1'),
  (j) => void (j['amount'] = '1e999999999'),
  (j) => void (j['asset'] = 'constructor'),
  (j) => void (j['asset'] = 'DOGE'),
  (j) => void (j['type'] = 'hasOwnProperty'),
  (j) => void (j['at'] = 0),
  (j) => void (j['extra'] = 1),
  (j) => void delete j[Object.keys(j).find((k) => k !== 'type' && k !== 'at') ?? 'at'],
  (j) => void (j['prices'] = { USDT: '2' }),
  (j) => void (j['to'] = 'bankrupt'),
];

/** A tampered event in the log is refused: replaying it throws, and nothing of it is applied. */
function tamperedEventsAreRefused(initial: AccountState, stored: readonly Record<string, unknown>[], seed: number): void {
  if (stored.length === 0) return;
  const index = seed % stored.length;
  const json = JSON.parse(JSON.stringify(stored[index]));
  TAMPERS[seed % TAMPERS.length]!(json);
  let error: unknown;
  try {
    replay(initial, [...stored.slice(0, index), json, ...stored.slice(index + 1)].map(eventFromJSON));
  } catch (e) {
    error = e;
  }
  expect(isMarginError(error) && ['INVALID_EVENT', 'INVALID_DECIMAL'].includes(error.code), `${String(error)} for ${JSON.stringify(json)}`).toBe(true);
}

/** A tampered snapshot is refused, or it is a state that keeps every invariant. */
function tamperedStatesAreRefused(state: AccountState, seed: number): void {
  const json = JSON.parse(JSON.stringify(accountToJSON(state)));
  const tampers: ((j: Record<string, any>) => void)[] = [
    (j) => void (j.balances.USDT = '-1'),
    (j) => void (j.status = j.status === 'normal' ? 'liquidation' : 'normal'),
    (j) => void (j.at = -1),
    (j) => void (j.version = 1.5),
    (j) => void (j.prices = {}),
    (j) => void Object.values(j.loans).forEach((l: any) => (l.principal = `${l.principal}1`)),
    (j) => void (j.balances.BTC = '1e999999999'),
    (j) => void (j.coupons = [{ asset: 'toString', rateMultiplier: '1', from: null, to: null }]),
  ];
  tampers[seed % tampers.length]!(json);
  let restored: AccountState;
  try {
    restored = accountFromJSON(json);
  } catch (error) {
    expect(isMarginError(error), String(error)).toBe(true);
    return;
  }
  keepsInvariants(restored);
}

function keepsInvariants(state: AccountState): void {
  for (const [asset, b] of Object.entries(state.balances)) expect(b.gte(0), `balance ${asset}`).toBe(true);
  for (const [asset, loan] of Object.entries(state.loans)) {
    expect(loan.tranches.reduce((s, t) => s.plus(t.principal), new TB(0)).eq(loan.principal), `tranches of ${asset}`).toBe(true);
    expect(loan.interest.gte(0)).toBe(true);
  }
  const loans = Object.fromEntries(Object.entries(state.loans).map(([a, l]) => [a, { principal: l.principal, interest: l.interest }]));
  const v = accountValuation({ balances: state.balances, loans, prices: state.prices, valuationAsset: state.rules.valuationAsset });
  expect(state.status).toBe(riskStatus({ ...v, model: state.config.riskModel ?? { kind: 'debtRatio' } }));
  const json = JSON.stringify(accountToJSON(state));
  expect(JSON.stringify(accountToJSON(accountFromJSON(JSON.parse(json))))).toBe(json);
}
