import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAccount, execute, type AccountCommand, type AccountState } from '../../src/index.js';
import { amount, decimalFrom, leverage, runs, TB } from '../arbitraries.js';
import { T0 } from './fixtures.js';

/*
 * The borrow limit's leverage room is decided on float shadows where they are certain and exactly
 * otherwise. Against the rule written directly in big.js on the account's own values — a borrow
 * worth more than (A − L)(M − 1) − L is refused as `leverage` — at the room's edge (the amount
 * that fills it to 8 places, one unit of 10^-8 either side) and anywhere else.
 */

const ASSETS = ['USDT', 'BTC', 'ETH'] as const;
const price = fc.bigInt({ min: 1n, max: 10n ** 12n }).map((u) => decimalFrom(u, 4));

/** An account funded in every asset, with a first borrow of USDT that may fit or not (then none). */
const funded = fc
  .record({ maxLeverage: leverage.filter((l) => new TB(l).gt(1)), btc: price, eth: price, usdt: amount({ max: 10n ** 7n }), btcHeld: amount({ max: 1000n }), ethHeld: amount({ max: 1000n }), first: amount({ max: 10n ** 6n }) })
  .map(({ maxLeverage, btc, eth, usdt, btcHeld, ethHeld, first }) => {
    let state = createAccount({ mode: 'cross', assets: ['BTC', 'ETH'], maxLeverage, interest: { USDT: { rate: '0.0002' }, BTC: { rate: '0.0001' }, ETH: { rate: '0.0001' } }, prices: { BTC: btc, ETH: eth }, at: T0 });
    const commands: AccountCommand[] = [
      { type: 'deposit', at: T0, asset: 'USDT', amount: usdt },
      { type: 'deposit', at: T0, asset: 'BTC', amount: btcHeld },
      { type: 'deposit', at: T0, asset: 'ETH', amount: ethHeld },
      { type: 'borrow', at: T0, asset: 'USDT', amount: first },
    ];
    for (const c of commands) {
      const r = new TB(c.type === 'deposit' || c.type === 'borrow' ? c.amount : 1).gt(0) ? execute(state, c) : undefined;
      if (r?.ok) state = r.state;
    }
    return state;
  });

/** The leverage room in the valuation asset, in big.js from the state's values. */
function roomOf(state: AccountState): InstanceType<typeof TB> {
  const priced = (asset: string) => new TB(state.prices[asset]?.toFixed() ?? '1');
  let assets = new TB(0);
  for (const [asset, held] of Object.entries(state.balances)) assets = assets.plus(new TB(held.toFixed()).times(priced(asset)));
  let liabilities = new TB(0);
  for (const [asset, loan] of Object.entries(state.loans)) liabilities = liabilities.plus(new TB(loan.principal.toFixed()).plus(loan.interest.toFixed()).times(priced(asset)));
  return assets.minus(liabilities).times(new TB(state.rules.maxLeverage.toFixed()).minus(1)).minus(liabilities);
}

describe('the leverage room of a borrow (certified on floats, exact at its edge)', () => {
  it('refuses exactly the borrows worth more than the room', () => {
    const edge = fc.constantFrom('floor', 'ceil', 'below', 'above', 'random');
    fc.assert(
      fc.property(funded, fc.constantFrom(...ASSETS), edge, amount({ max: 10n ** 6n }), (state, asset, where, random) => {
        const room = roomOf(state);
        const unitPrice = new TB(state.prices[asset]?.toFixed() ?? '1');
        const filling = room.gt(0) ? room.div(unitPrice) : new TB(0);
        const tick = new TB('0.00000001');
        const candidate =
          where === 'random' ? new TB(random) : where === 'floor' ? filling.round(8, 0) : where === 'ceil' ? filling.round(8, 3) : where === 'below' ? filling.round(8, 0).minus(tick) : filling.round(8, 3).plus(tick);
        if (!candidate.gt(0)) return;
        const r = execute(state, { type: 'borrow', at: T0, asset, amount: candidate.toFixed() });
        const refused = !r.ok && r.rejection.code === 'BORROW_LIMIT' && r.rejection.details['limitedBy'] === 'leverage';
        expect(refused).toBe(candidate.times(unitPrice).gt(room));
        if (refused) expect(r.rejection.details['limit']).toBe(room.toFixed());
      }),
      runs,
    );
  });
});
