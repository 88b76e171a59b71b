import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAccount, execute, type AccountState, type FeeAsset } from '../../src/index.js';
import { TB, decimalFrom, runs } from '../arbitraries.js';
import { T0 } from './fixtures.js';

type Big = InstanceType<typeof TB>;

const ZERO = new TB(0);
const UNIT = new TB('0.00000001');
const ceil8 = (x: Big) => x.round(8, TB.roundUp);

/** A fill's inputs: quantity 1e-8…10 BTC, price 0.01…100,000, fee rate 0…1%. */
const fill = fc.record({
  convention: fc.constantFrom<FeeAsset>('received', 'quote'),
  side: fc.constantFrom<'buy' | 'sell'>('buy', 'sell'),
  quantity: fc.bigInt({ min: 1n, max: 10n * 10n ** 8n }).map((u) => decimalFrom(u, 8)),
  price: fc.bigInt({ min: 1n, max: 10_000_000n }).map((u) => decimalFrom(u, 2)),
  rate: fc.bigInt({ min: 0n, max: 1_000_000n }).map((u) => decimalFrom(u, 8)),
});

/** Isolated BTC/USDT holding enough of both to fill anything `fill` makes. */
function funded(convention: FeeAsset, rate: string, price: string): AccountState {
  let state = createAccount({ mode: 'isolated', pair: { base: 'BTC', quote: 'USDT' }, feeAsset: convention, tradingFeeRate: rate, interest: { BTC: { rate: '0' }, USDT: { rate: '0' } }, prices: { BTC: price }, at: T0 });
  for (const [asset, amount] of [['BTC', '100'], ['USDT', '10000000']] as const) {
    const r = execute(state, { type: 'deposit', at: T0, asset, amount });
    if (!r.ok) throw new Error(r.rejection.message);
    state = r.state;
  }
  return state;
}

const held = (s: AccountState, asset: string): Big => new TB((s.balances[asset] ?? ZERO).toFixed());

describe('trading fees in the asset received or in quote (Binance FAQ: "always charged in the asset you receive")', () => {
  it('conserves every asset: each balance moves by the fill, less the fee in the one asset that pays it', () => {
    fc.assert(
      fc.property(fill, ({ convention, side, quantity, price, rate }) => {
        const before = funded(convention, rate, price);
        const r = execute(before, { type: 'trade', at: T0, side, quantity, price });
        const q = new TB(quantity);
        const value = q.times(price);
        // the fee is charged on what the fill brings in under `received`, on the quote value under `quote`
        const inBase = convention === 'received' && side === 'buy';
        const fee = ceil8((inBase ? q : value).times(rate));
        if (!r.ok) {
          // only a fill whose fee is not below what it is charged on is refused
          expect(r.rejection.code).toBe('DUST_FILL');
          expect(fee.gte(inBase ? q : value) && fee.gt(0)).toBe(true);
          return;
        }
        const event = r.events.find((e) => e.type === 'TradeFilled');
        expect(event?.type === 'TradeFilled' && [event.feeAsset, event.fee.toFixed()]).toEqual([inBase ? 'BTC' : 'USDT', fee.toFixed()]);
        const sign = side === 'buy' ? 1 : -1;
        const flow = { BTC: q.times(sign), USDT: value.times(-sign) };
        for (const asset of ['BTC', 'USDT'] as const) {
          const paid = (inBase ? asset === 'BTC' : asset === 'USDT') ? fee : ZERO;
          expect(held(r.state, asset).minus(held(before, asset)).plus(paid).toFixed(), asset).toBe(flow[asset].toFixed());
        }
        // the fee is worth the rate on the fill's value, rounded up by less than one unit of the asset that pays it
        const worth = inBase ? fee.times(price) : fee;
        expect(worth.gte(value.times(rate))).toBe(true);
        expect(worth.lt(value.times(rate).plus(inBase ? UNIT.times(price) : UNIT))).toBe(true);
      }),
      runs,
    );
  });

  it('repays a base debt with what a buy brings in after its fee (autoRepay)', () => {
    fc.assert(
      fc.property(fill, ({ convention, quantity, price, rate }) => {
        // owe 200 BTC so that any buy's net quantity is repaid whole
        let state = funded(convention, rate, price);
        const borrowed = execute(state, { type: 'borrow', at: T0, asset: 'BTC', amount: '200' });
        fc.pre(borrowed.ok);
        if (!borrowed.ok) return;
        state = borrowed.state;
        const r = execute(state, { type: 'trade', at: T0, side: 'buy', quantity, price, autoRepay: true });
        fc.pre(r.ok);
        if (!r.ok) return;
        const fill = r.events.find((e) => e.type === 'TradeFilled');
        const repaid = r.events.find((e) => e.type === 'Repaid');
        if (fill?.type !== 'TradeFilled' || repaid?.type !== 'Repaid') throw new Error('expected a fill and a repayment');
        const net = fill.feeAsset === 'BTC' ? new TB(quantity).minus(fill.fee.toFixed()) : new TB(quantity);
        expect(repaid.interest.plus(repaid.principal).toFixed()).toBe(net.toFixed());
        expect(held(r.state, 'BTC').toFixed()).toBe(held(state, 'BTC').toFixed());
      }),
      runs,
    );
  });

  it('closes a base debt with repayAll by buying the least quantity whose net covers it', () => {
    fc.assert(
      fc.property(fill, ({ convention, quantity, price, rate }) => {
        // owe `quantity` BTC and hold no BTC of one's own: repayAll must buy it all
        let state = createAccount({ mode: 'isolated', pair: { base: 'BTC', quote: 'USDT' }, feeAsset: convention, tradingFeeRate: rate, interest: { BTC: { rate: '0' }, USDT: { rate: '0' } }, prices: { BTC: price }, at: T0 });
        for (const c of [
          { type: 'deposit', at: T0, asset: 'USDT', amount: '10000000' },
          { type: 'borrow', at: T0, asset: 'BTC', amount: quantity },
          { type: 'trade', at: T0, side: 'sell', quantity, price },
        ] as const) {
          const r = execute(state, c);
          fc.pre(r.ok);
          if (!r.ok) return;
          state = r.state;
        }
        const r = execute(state, { type: 'repayAll', at: T0 });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(Object.keys(r.state.loans)).toEqual([]);
        const buy = r.events.find((e) => e.type === 'TradeFilled');
        if (buy?.type !== 'TradeFilled') throw new Error('expected a buy');
        const q = new TB(buy.quantity.toFixed());
        const owed = new TB(quantity);
        const net = (x: Big) => (convention === 'received' ? x.minus(ceil8(x.times(rate))) : x);
        expect(net(q).gte(owed)).toBe(true);
        // one unit less would not have covered it: nothing is bought beyond the debt but the fee
        expect(net(q.minus(UNIT)).lt(owed)).toBe(true);
        expect(held(r.state, 'BTC').toFixed()).toBe(net(q).minus(owed).toFixed());
      }),
      runs,
    );
  });
});
