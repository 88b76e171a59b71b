import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountFromJSON,
  accountToJSON,
  bankruptcyPrice,
  createFuturesAccount,
  eventFromJSON,
  eventToJSON,
  execute,
  futuresAccountView,
  liquidationPrice,
  maxOpenQuantity,
  planFuturesLiquidation,
  pnl,
  positionView,
  replay,
  type FuturesCommand,
  type FuturesConfig,
  type FuturesEvent,
  type FuturesJSON,
  type FuturesState,
} from '../../src/index.js';
import { TB, numRuns } from '../arbitraries.js';
import { deepFrozen } from '../frozen.js';

type Big = InstanceType<typeof TB>;
const AT = Date.UTC(2024, 0, 1);
const H = 3_600_000;
const big = (x: { toFixed(): string } | string | number) => new TB(typeof x === 'object' ? x.toFixed() : String(x));
/** Toward +∞ at 8 places (big.js's mode 3 rounds away from zero: for a negative value the ceiling is toward zero). */
const ceil8 = (x: Big) => x.round(8, x.gte(0) ? 3 : 0);
/** a / b at 8 places, rounded up (3) or down (0) exactly: the 8-place floor found from big.js's quotient, then corrected by multiplication. */
const div8 = (a: Big, b: Big, mode: 0 | 3) => {
  const [n, d] = b.lt(0) ? [a.times(-1e8), b.neg()] : [a.times(1e8), b];
  let q = n.div(d).round(0, 0);
  while (q.times(d).gt(n)) q = q.minus(1);
  while (q.plus(1).times(d).lte(n)) q = q.plus(1);
  if (mode === 3 && !q.times(d).eq(n)) q = q.plus(1);
  return q.div(1e8);
};

/**
 * An independent ledger of one futures account, written from the rules in docs/futures.md, not
 * from the library's code: a one-way position per market (`one`), or in hedge mode a `long` and a
 * `short` that never flip, isolated margin posted at ⌈value /
 * leverage⌉, released ⌊margin × closed / quantity⌋, an average entry at 8 places against the trader,
 * PnL linear exact / inverse ⌊·⌋, fees ⌈value × rate⌉, funding ⌈side × value at mark × rate⌉.
 */
class Ledger {
  wallet = new TB(0);
  deposits = new TB(0);
  withdrawals = new TB(0);
  fees = new TB(0);
  realised = new TB(0);
  funding = new TB(0);
  /** What liquidations took from the trader: the margin (isolated) or the wallet (cross). */
  lost = new TB(0);
  /** What the insurance fund received (negative: paid) over the liquidations. */
  fund = new TB(0);
  positions: Partial<Record<Slot, LedgerPosition>> = {};
  constructor(
    readonly inverse: boolean,
    readonly isolated: boolean,
    public leverage: Big,
  ) {}

  value(qty: Big, price: Big, mode: 0 | 3): Big {
    return this.inverse ? div8(qty, price, mode) : qty.times(price);
  }

  pnl(side: 'long' | 'short', entry: Big, qty: Big, exit: Big): Big {
    const move = exit.minus(entry).times(qty).times(side === 'long' ? 1 : -1);
    return this.inverse ? div8(move, entry.times(exit), 0) : move;
  }

  fill(slot: Slot, side: 'buy' | 'sell', qty: Big, price: Big, fee: Big): void {
    const direction = side === 'buy' ? 'long' : 'short';
    const post = (q: Big) => (this.isolated ? div8(this.value(q, price, 3), this.leverage, 3) : new TB(0));
    this.wallet = this.wallet.minus(fee);
    this.fees = this.fees.plus(fee);
    const p = this.positions[slot];
    if (p === undefined || p.side === direction) {
      if (slot !== 'one') expect(direction).toBe(slot); // hedge mode: a side's position opens only its own way
      const posted = post(qty);
      this.wallet = this.wallet.minus(posted);
      if (p === undefined) this.positions[slot] = { side: direction, qty, entry: price, margin: posted, realised: new TB(0), funding: new TB(0) };
      else {
        const total = p.qty.plus(qty);
        const mode = p.side === 'long' ? 3 : 0;
        const entry = this.inverse ? div8(total.times(p.entry).times(price), p.qty.times(price).plus(qty.times(p.entry)), mode) : div8(p.qty.times(p.entry).plus(qty.times(price)), total, mode);
        this.positions[slot] = { ...p, qty: total, entry, margin: p.margin.plus(posted) };
      }
      return;
    }
    const closed = qty.lt(p.qty) ? qty : p.qty;
    const realised = this.pnl(p.side, p.entry, closed, price);
    const whole = closed.eq(p.qty);
    const released = whole ? p.margin : div8(p.margin.times(closed), p.qty, 0);
    this.wallet = this.wallet.plus(released).plus(realised);
    this.realised = this.realised.plus(realised);
    const left = qty.minus(closed);
    if (left.gt(0)) {
      expect(slot).toBe('one'); // hedge mode never flips
      const posted = post(left);
      this.wallet = this.wallet.minus(posted);
      this.positions[slot] = { side: direction, qty: left, entry: price, margin: posted, realised: new TB(0), funding: new TB(0) };
    } else if (whole) delete this.positions[slot];
    else this.positions[slot] = { ...p, qty: p.qty.minus(closed), margin: p.margin.minus(released), realised: p.realised.plus(realised) };
  }

  /** A takeover of `slots` at `exit`: the trader loses their margins (isolated) or the wallet (cross); the fund gets the equity at the exit. */
  liquidate(slots: readonly Slot[], exit: Big): Big {
    let lost = this.isolated ? new TB(0) : this.wallet;
    let delta = lost;
    for (const slot of slots) {
      const p = this.positions[slot]!;
      if (this.isolated) lost = lost.plus(p.margin);
      delta = delta.plus(this.isolated ? p.margin : 0).plus(this.pnl(p.side, p.entry, p.qty, exit));
      delete this.positions[slot];
    }
    this.lost = this.lost.plus(lost);
    this.fund = this.fund.plus(delta);
    if (!this.isolated) this.wallet = new TB(0);
    return delta;
  }

  settle(slot: Slot, rate: Big, mark: Big): Big {
    const p = this.positions[slot]!;
    const signed = rate.times(p.side === 'long' ? 1 : -1);
    const payment = this.inverse ? div8(p.qty.times(signed), mark, 3) : ceil8(p.qty.times(mark).times(signed));
    this.positions[slot] = { ...p, funding: p.funding.plus(payment), margin: this.isolated ? p.margin.minus(payment) : p.margin };
    if (!this.isolated) this.wallet = this.wallet.minus(payment);
    this.funding = this.funding.plus(payment);
    return payment;
  }
}

/** Where the ledger keeps a position: `one` (one-way mode), or its side (hedge mode). */
type Slot = 'one' | 'long' | 'short';
interface LedgerPosition {
  side: 'long' | 'short';
  qty: Big;
  entry: Big;
  margin: Big;
  realised: Big;
  funding: Big;
}

interface Scenario {
  readonly inverse: boolean;
  readonly isolated: boolean;
  readonly hedge: boolean;
  readonly steps: readonly Step[];
}

type Step =
  | { kind: 'deposit'; amount: number }
  | { kind: 'withdraw'; amount: number }
  | { kind: 'leverage'; leverage: number }
  | { kind: 'trade'; buy: boolean; lots: number; move: number; reduceOnly: boolean; maker: boolean; long: boolean }
  | { kind: 'addMargin'; amount: number; long: boolean }
  | { kind: 'removeMargin'; amount: number; long: boolean }
  | { kind: 'mark'; move: number }
  | { kind: 'toLiquidation'; ticks: number }
  | { kind: 'funding'; rate: number }
  | { kind: 'adl'; lots: number; move: number; long: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deposit' as const), amount: fc.integer({ min: 1, max: 50_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), amount: fc.integer({ min: 1, max: 20_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('leverage' as const), leverage: fc.integer({ min: 1, max: 60 }) }) },
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('trade' as const), buy: fc.boolean(), lots: fc.integer({ min: 1, max: 500 }), move: fc.integer({ min: -400, max: 400 }), reduceOnly: fc.integer({ min: 0, max: 4 }).map((n) => n === 0), maker: fc.boolean(), long: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addMargin' as const), amount: fc.integer({ min: 1, max: 2000 }), long: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeMargin' as const), amount: fc.integer({ min: 1, max: 2000 }), long: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('mark' as const), move: fc.integer({ min: -6000, max: 6000 }) }) },
  // small moves too: an account then sits between two-thirds of maintenance and maintenance, where slices reduce
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('mark' as const), move: fc.integer({ min: -60, max: 60 }) }) },
  // the mark a few ticks either side of a position's liquidation price: equity then sits near maintenance, where every style acts
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('toLiquidation' as const), ticks: fc.integer({ min: -4, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('funding' as const), rate: fc.integer({ min: -300, max: 300 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('adl' as const), lots: fc.integer({ min: 1, max: 300 }), move: fc.integer({ min: -400, max: 400 }), long: fc.boolean() }) },
);

// every account starts funded: most sequences then trade
const scenarios: fc.Arbitrary<Scenario> = fc.record({ inverse: fc.boolean(), isolated: fc.boolean(), hedge: fc.boolean(), steps: fc.array(step, { minLength: 1, maxLength: 40 }).map((steps): Step[] => [{ kind: 'deposit', amount: 20_000 }, ...steps]) });

const MARKET = 'BTCPERP';

function configOf(s: Scenario): FuturesConfig {
  return {
    marginMode: s.isolated ? 'isolated' : 'cross',
    positionMode: s.hedge ? 'hedge' : 'oneWay',
    settlementAsset: s.inverse ? 'BTC' : 'USDT',
    markets: { [MARKET]: { contract: s.inverse ? 'inverse' : 'linear', maxLeverage: 50, leverage: 10, maintenanceMarginRate: '0.005', makerFeeRate: '0.0002', takerFeeRate: '0.00055', tickSize: '0.5', lotSize: s.inverse ? '1' : '0.001' } },
    marks: { [MARKET]: '20000' },
    at: AT,
  };
}

/** The command a step makes, scaled to the contract (inverse: contracts of 1 USD, amounts in BTC). */
function commandOf(s: Scenario, st: Step, state: FuturesState, at: number): FuturesCommand {
  const asset = s.inverse ? 'BTC' : 'USDT';
  const money = (n: number) => (s.inverse ? big(n).div(20000).round(8, 0).toFixed() : String(n));
  const mark = big(state.marks[MARKET]!);
  const side = (long: boolean) => (s.hedge ? { positionSide: long ? ('long' as const) : ('short' as const) } : {});
  switch (st.kind) {
    case 'deposit':
      return { type: 'deposit', at, asset, amount: money(st.amount) };
    case 'withdraw':
      return { type: 'withdraw', at, asset, amount: money(st.amount) };
    case 'leverage':
      return { type: 'setLeverage', at, market: MARKET, leverage: String(st.leverage) };
    case 'trade': {
      const price = mark.plus(st.move * 0.5).gt(1000) ? mark.plus(st.move * 0.5) : mark;
      return { type: 'trade', at, market: MARKET, side: st.buy ? 'buy' : 'sell', quantity: s.inverse ? String(st.lots * 10) : big(st.lots).div(1000).toFixed(), price: price.toFixed(), role: st.maker ? 'maker' : 'taker', reduceOnly: st.reduceOnly, ...side(st.long) };
    }
    case 'addMargin':
      return { type: 'addMargin', at, market: MARKET, amount: money(st.amount), ...side(st.long) };
    case 'removeMargin':
      return { type: 'removeMargin', at, market: MARKET, amount: money(st.amount), ...side(st.long) };
    case 'mark': {
      const next = mark.plus(st.move * 0.5);
      return { type: 'updateMarks', at, marks: { [MARKET]: (next.gt(1000) ? next : mark).toFixed() } };
    }
    case 'toLiquidation': {
      const key = Object.keys(state.positions)[0];
      const lp = key === undefined ? null : positionView(state, MARKET, key === MARKET ? undefined : (key.slice(MARKET.length + 1) as 'long' | 'short'))!.liquidationPrice;
      const next = lp === null ? mark : big(lp).plus(st.ticks * 0.5);
      return { type: 'updateMarks', at, marks: { [MARKET]: (next.gt(1000) ? next : mark).toFixed() } };
    }
    case 'funding':
      return { type: 'settleFunding', at, market: MARKET, rate: big(st.rate).div(1_000_000).toFixed() };
    case 'adl': {
      const price = mark.plus(st.move * 0.5).gt(1000) ? mark.plus(st.move * 0.5) : mark;
      return { type: 'deleverage', at, market: MARKET, quantity: s.inverse ? String(st.lots * 10) : big(st.lots).div(1000).toFixed(), price: price.toFixed(), ...side(st.long) };
    }
  }
}

/** Applies an accepted command's events to the ledger (only what the command did: the ledger decides the numbers). */
function follow(ledger: Ledger, events: readonly FuturesEvent[], command: FuturesCommand, state: FuturesState): void {
  const slotOf = (e: { positionSide?: 'long' | 'short' }): Slot => e.positionSide ?? 'one';
  // a liquidation names the position's side: in hedge mode that is its slot
  const sideSlot = (side: 'long' | 'short'): Slot => (ledger.positions.one !== undefined ? 'one' : side);
  for (const e of events) {
    if (e.type === 'Deposited') {
      ledger.wallet = ledger.wallet.plus(big(e.amount));
      ledger.deposits = ledger.deposits.plus(big(e.amount));
    } else if (e.type === 'Withdrawn') {
      ledger.wallet = ledger.wallet.minus(big(e.amount));
      ledger.withdrawals = ledger.withdrawals.plus(big(e.amount));
    } else if (e.type === 'LeverageSet') ledger.leverage = big(e.leverage);
    else if (e.type === 'PositionChanged') {
      // the ledger prices the fee itself: ⌈value at the fill price × the role's rate⌉
      const rate = command.type === 'trade' && command.role === 'maker' ? '0.0002' : '0.00055';
      const fee = ceil8(ledger.value(big(e.quantity), big(e.price), 3).times(rate));
      expect(big(e.fee).eq(fee)).toBe(true);
      ledger.fill(slotOf(e), e.side, big(e.quantity), big(e.price), fee);
    } else if (e.type === 'MarginAdded') {
      const p = ledger.positions[slotOf(e)]!;
      ledger.wallet = ledger.wallet.minus(big(e.amount));
      ledger.positions[slotOf(e)] = { ...p, margin: p.margin.plus(big(e.amount)) };
    } else if (e.type === 'MarginRemoved') {
      const p = ledger.positions[slotOf(e)]!;
      ledger.wallet = ledger.wallet.plus(big(e.amount));
      ledger.positions[slotOf(e)] = { ...p, margin: p.margin.minus(big(e.amount)) };
    } else if (e.type === 'FundingSettled') {
      const payment = ledger.settle(slotOf(e), big(e.rate), big(state.marks[MARKET]!));
      expect(big(e.payment).eq(payment)).toBe(true);
    } else if (e.type === 'Deleveraged') {
      const before = ledger.realised;
      ledger.fill(slotOf(e), ledger.positions[slotOf(e)]!.side === 'long' ? 'sell' : 'buy', big(e.quantity), big(e.price), new TB(0));
      expect(big(e.realisedPnl).eq(ledger.realised.minus(before))).toBe(true);
    } else if (e.type === 'Liquidated') {
      for (const r of e.reductions) {
        const before = ledger.realised;
        ledger.fill(sideSlot(r.side), r.side === 'long' ? 'sell' : 'buy', big(r.quantity), big(r.exitPrice), new TB(0));
        expect(big(r.realisedPnl).eq(ledger.realised.minus(before))).toBe(true);
      }
      if (e.closes.length > 0) expect(big(e.fundDelta).eq(ledger.liquidate(e.closes.map((c) => sideSlot(c.side)), big(e.closes[0]!.exitPrice)))).toBe(true);
      else expect(big(e.fundDelta).eq(0)).toBe(true);
    }
  }
}

/** Every invariant after a command: the ledger's numbers, conservation, views equal to the stateless functions, round trips. */
function check(s: Scenario, ledger: Ledger, state: FuturesState): void {
  expect(big(state.wallet).eq(ledger.wallet)).toBe(true);
  const keyOf = (slot: Slot) => (slot === 'one' ? MARKET : `${MARKET}:${slot}`);
  const slots = (['one', 'long', 'short'] as const).filter((slot) => ledger.positions[slot] !== undefined);
  expect(Object.keys(state.positions).sort()).toEqual(slots.map(keyOf).sort());
  const contract = s.inverse ? 'inverse' : 'linear';
  const mark = state.marks[MARKET]!;
  const hedgedCross = !s.isolated && slots.length === 2;
  let margins = new TB(0);
  for (const slot of slots) {
    const p = state.positions[keyOf(slot)]!;
    const l = ledger.positions[slot]!;
    expect([p.side, big(p.quantity).eq(l.qty), big(p.entryPrice).eq(l.entry), big(p.margin).eq(l.margin), big(p.realisedPnl).eq(l.realised), big(p.fundingPaid).eq(l.funding)]).toEqual([l.side, true, true, true, true, true]);
    margins = margins.plus(l.margin);
    const view = positionView(state, MARKET, slot === 'one' ? undefined : slot)!;
    expect(view.unrealisedPnl.eq(pnl({ side: l.side, entryPrice: l.entry.toFixed(), exitPrice: mark.toFixed(), quantity: l.qty.toFixed(), contract }))).toBe(true);
    if (hedgedCross) {
      hedgedChecks++;
      expect([view.liquidationPrice?.toFixed() ?? null, view.bankruptcyPrice?.toFixed() ?? null]).toEqual([hedgedRoot(s, ledger, '0.005'), hedgedRoot(s, ledger, '0')]);
      continue;
    }
    const margin = s.isolated ? l.margin : ledger.wallet;
    if (margin.gte(0)) {
      const lp = liquidationPrice({ side: l.side, entryPrice: l.entry.toFixed(), quantity: l.qty.toFixed(), margin: margin.toFixed(), maintenanceMarginRate: '0.005', contract, tickSize: '0.5' });
      expect(view.liquidationPrice === null ? null : view.liquidationPrice.toFixed()).toBe(lp === null ? null : lp.toFixed());
      const bp = bankruptcyPrice({ side: l.side, entryPrice: l.entry.toFixed(), quantity: l.qty.toFixed(), margin: margin.toFixed(), contract, tickSize: '0.5' });
      expect(view.bankruptcyPrice === null ? null : view.bankruptcyPrice.toFixed()).toBe(bp === null ? null : bp.toFixed());
    }
  }
  // the account view: available is the wallet (isolated), or wallet + Σ PnL − Σ ⌈value at entry / leverage⌉ at most the wallet (cross)
  let available = ledger.wallet;
  if (!s.isolated) {
    for (const slot of slots) {
      const l = ledger.positions[slot]!;
      available = available.plus(ledger.pnl(l.side, l.entry, l.qty, big(mark))).minus(div8(ledger.value(l.qty, l.entry, 3), ledger.leverage, 3));
    }
    if (available.gt(ledger.wallet)) available = ledger.wallet;
  }
  expect(big(futuresAccountView(state).availableBalance).eq(available.lt(0) ? 0 : available)).toBe(true);
  // now and then: the largest openable quantity is accepted and one lot more is not
  if (++viewChecks % 8 === 0 && state.status !== 'liquidation') {
    const side = viewChecks % 16 === 0 ? 'buy' : 'sell';
    const positionSide = s.hedge ? { positionSide: side === 'buy' ? ('long' as const) : ('short' as const) } : {};
    const q = big(maxOpenQuantity(state, MARKET, { side, ...positionSide }));
    const lot = s.inverse ? 1 : 0.001;
    const opposite = s.hedge ? undefined : ledger.positions.one;
    const closing = opposite !== undefined && opposite.side !== (side === 'buy' ? 'long' : 'short') ? opposite.qty : new TB(0);
    const trade = (quantity: Big): FuturesCommand => ({ type: 'trade', at: state.at, market: MARKET, side, quantity: quantity.toFixed(), price: mark.toFixed(), ...positionSide });
    if (q.gt(0)) expect(execute(state, trade(closing.plus(q))).ok).toBe(true);
    expect(execute(state, trade(closing.plus(q).plus(lot))).ok).toBe(false);
  }
  // value is conserved: what came in, less what went out, fees and funding, plus what was realised, is in the wallet and the margins
  expect(ledger.deposits.minus(ledger.withdrawals).minus(ledger.fees).plus(ledger.realised).minus(ledger.funding).minus(ledger.lost).eq(big(state.wallet).plus(margins))).toBe(true);
  const json = JSON.parse(JSON.stringify(accountToJSON(state))) as FuturesJSON;
  expect(accountToJSON(accountFromJSON(json))).toEqual(json);
}

/**
 * A cross hedge-mode account's one price for both sides, from Binance's cross formulas (USDⓈ-M:
 * "(WB + cumL + cumS − Position1LONG × EP1LONG + Position1SHORT × EP1SHORT) / (Position1LONG × MMRL +
 * Position1SHORT × MMRS − Position1LONG + Position1SHORT)"; COIN-M the same terms over 1/price), at a
 * flat `rate` (0: the bankruptcy price), on the 0.5 tick: up where the account is liquidated below it,
 * down where above; `null` where no positive price is a boundary.
 */
function hedgedRoot(s: Scenario, ledger: Ledger, rate: string): string | null {
  const L = ledger.positions.long!;
  const S = ledger.positions.short!;
  const r = big(rate);
  const gross = L.qty.plus(S.qty);
  const net = L.qty.minus(S.qty);
  // equity − maintenance = a + b·P (inverse: times P)
  const [a, b] = s.inverse
    ? [net.neg().minus(gross.times(r)), ledger.wallet.plus(L.qty.div(L.entry)).minus(S.qty.div(S.entry))]
    : [ledger.wallet.minus(L.qty.times(L.entry)).plus(S.qty.times(S.entry)), net.minus(gross.times(r))];
  if (b.eq(0) || a.eq(0) || a.gt(0) === b.gt(0)) return null;
  // ⌈x / 0.5⌉·0.5 or ⌊·⌋, from an exact comparison
  const halves = (n: Big, d: Big, up: boolean) => {
    let q = n.times(2).div(d).round(0, 0);
    while (q.times(d).gt(n.times(2))) q = q.minus(1);
    while (q.plus(1).times(d).lte(n.times(2))) q = q.plus(1);
    if (up && !q.times(d).eq(n.times(2))) q = q.plus(1);
    return q.div(2).toFixed();
  };
  return b.gt(0) ? halves(a.neg(), b, true) : halves(a, b.neg(), false);
}

/** The number of commands run, reported so a raised PROPERTY_RUNS shows what it covered. */
let commandsRun = 0;
let commandsAccepted = 0;
let fills = 0;
let liquidations = 0;
let reduced = 0;
let hedgedChecks = 0;
let viewChecks = 0;

describe('futures account: model-based', () => {
  it('agrees with an independent ledger over random command sequences, conserving value, and replays to the same state', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const initial = createFuturesAccount(configOf(s));
        let state = initial;
        const ledger = new Ledger(s.inverse, s.isolated, big(10));
        const log: Record<string, unknown>[] = [];
        s.steps.forEach((st, i) => {
          const command = commandOf(s, st, state, AT + i * H);
          const before = JSON.stringify(accountToJSON(state));
          const r = execute(state, command);
          commandsRun++;
          if (!r.ok) {
            expect(JSON.stringify(accountToJSON(state))).toBe(before);
            return;
          }
          commandsAccepted++;
          // the state, its events and the result: frozen all the way down (events are literals frozen as they are emitted)
          expect([deepFrozen(r.state), deepFrozen(r.events), Object.isFrozen(r)]).toEqual([true, true, true]);
          fills += r.events.filter((e) => e.type === 'PositionChanged').length;
          follow(ledger, r.events, command, r.state);
          state = r.state;
          log.push(...r.events.map((e) => eventToJSON(e)));
          check(s, ledger, state);
          if (state.status !== 'liquidation') return;
          // the engine steps in: a full liquidation at an exit a few ticks either side of the mark
          const exit = big(state.marks[MARKET]!).plus((i % 7) - 3);
          // the three styles in turn; slices above a small value so that both a slice and a whole close occur
          const style = (['full', 'slices', 'tierStepDown'] as const)[i % 3]!;
          const plan = planFuturesLiquidation(state, { style, exitPrices: { [MARKET]: exit.toFixed() }, sliceAbove: s.inverse ? '0.25' : '5000' });
          expect(plan.liquidatable).toBe(true);
          expect(deepFrozen(plan)).toBe(true);
          const l = execute(state, { type: 'liquidate', at: AT + i * H, plan });
          if (!l.ok) throw new Error(`liquidate rejected: ${l.rejection.code}`);
          liquidations++;
          if (plan.reductions.length > 0) reduced++;
          follow(ledger, l.events, command, l.state);
          state = l.state;
          log.push(...l.events.map((e) => eventToJSON(e)));
          check(s, ledger, state);
          if (plan.closes.length > 0) expect(state.status).toBe('normal');
        });
        expect(accountToJSON(replay(initial, log.map((e) => eventFromJSON(e))))).toEqual(accountToJSON(state));
      }),
      { numRuns: Math.max(30, Math.round(numRuns / 2)) },
    );
    console.log(`futures model: ${commandsRun} commands, ${commandsAccepted} accepted, ${fills} fills, ${liquidations} liquidations (${reduced} by reductions at market), ${hedgedChecks} views of a cross account holding both sides`);
    expect(fills).toBeGreaterThan(0);
  });

  it('funding is zero-sum across a long and a short holding the same fills: the payer rounds up, at most 1e-8 a settlement', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(fc.integer({ min: -1500, max: 1500 }), fc.integer({ min: -300, max: 300 })), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 3000 }),
        (inverse, settlements, lots) => {
          const s: Scenario = { inverse, isolated: false, hedge: false, steps: [] };
          const open = (side: 'buy' | 'sell') => {
            const r0 = execute(createFuturesAccount(configOf(s)), { type: 'deposit', at: AT, asset: inverse ? 'BTC' : 'USDT', amount: inverse ? '100' : '10000000' });
            if (!r0.ok) throw new Error('deposit');
            const r = execute(r0.state, { type: 'trade', at: AT, market: MARKET, side, quantity: inverse ? String(lots * 10) : big(lots).div(1000).toFixed(), price: '20000' });
            if (!r.ok) throw new Error(r.rejection.code);
            return r.state;
          };
          let long = open('buy');
          let short = open('sell');
          let mark = big(20000);
          settlements.forEach(([move, rate], i) => {
            mark = mark.plus(move * 0.5).gt(1000) ? mark.plus(move * 0.5) : mark;
            const at = AT + (i + 1) * 8 * H;
            const marks: FuturesCommand = { type: 'updateMarks', at, marks: { [MARKET]: mark.toFixed() } };
            const funding: FuturesCommand = { type: 'settleFunding', at, market: MARKET, rate: big(rate).div(1_000_000).toFixed() };
            for (const c of [marks, funding]) {
              const a = execute(long, c);
              const b = execute(short, c);
              if (a.ok) long = a.state;
              if (b.ok) short = b.state;
            }
          });
          const paid = big(long.positions[MARKET]!.fundingPaid).plus(big(short.positions[MARKET]!.fundingPaid));
          expect(paid.gte(0) && paid.lte(big(settlements.length).times('0.00000001'))).toBe(true);
        },
      ),
      { numRuns: Math.max(30, Math.round(numRuns / 2)) },
    );
  });
});

