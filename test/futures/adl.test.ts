import { describe, expect, it } from 'vitest';
import { adlAllocation, adlRanking, type AdlPosition } from '../../src/index.js';
import { expectCode } from '../expectCode.js';

/**
 * BitMEX "Auto Deleveraging Examples": six longs with PnL rankings 3, 6, 1, 4, 5, 2 (accounts 1–6,
 * quantities 10, 10, 20, 30, 20, 10). Positions built to score exactly that (derived): entry 100,
 * mark 150 (PnL% 0.5), bankruptcy 150 × (1 − 1/(2k)) so the effective leverage is 2k and the score k.
 */
const bankruptcyFor = (k: number) => String(150 * (1 - 1 / (2 * k)));
const longs: AdlPosition[] = [
  [1, 10, 3],
  [2, 10, 6],
  [3, 20, 1],
  [4, 30, 4],
  [5, 20, 5],
  [6, 10, 2],
].map(([id, quantity, k]) => ({ id: String(id), side: 'long', quantity: String(quantity), entryPrice: '100', markPrice: '150', bankruptcyPrice: bankruptcyFor(k!) }));

describe('auto-deleveraging', () => {
  it("ranks BitMEX's six longs 2, 5, 4, 1, 6, 3 with percentiles 20%, 40%, 60%, 80%, 80%, 100%", () => {
    const ranking = adlRanking(longs);
    expect(ranking.longs.map((e) => [e.id, e.score.toFixed(), e.percentile.toFixed()])).toEqual([
      ['2', '6', '0.2'],
      ['5', '5', '0.4'],
      ['4', '4', '0.6'],
      ['1', '3', '0.8'],
      ['6', '2', '0.8'],
      ['3', '1', '1'],
    ]);
    expect(ranking.shorts).toEqual([]);
  });

  it('assigns a short liquidated with size 20 at a bankruptcy price of 650 to accounts 2 (all 10) and 5 (10 of 20)', () => {
    const { assignments, unfilled } = adlAllocation(adlRanking(longs).longs, '20', '650');
    expect(assignments.map((a) => [a.id, a.quantity.toFixed(), a.price.toFixed()])).toEqual([
      ['2', '10', '650'],
      ['5', '10', '650'],
    ]);
    expect(unfilled.toFixed()).toBe('0');
    // more than the queue holds: everything is assigned and the rest is unfilled
    expect(adlAllocation(adlRanking(longs).longs, '130', '650').unfilled.toFixed()).toBe('30');
  });

  it("scores by BitMEX's formula on either side and contract: PnL% × effective leverage in profit, PnL% / it at a loss", () => {
    // linear short in profit: PnL% (100 − 80)/100 = 0.2, leverage 80/(90 − 80) = 8 → 1.6
    // linear long at a loss: PnL% (90 − 100)/100 = −0.1, leverage 90/(90 − 60) = 3 → −0.03333333
    // inverse long in profit: PnL% (125 − 100)/125 = 0.2, leverage b/(m − b) = 100/25 = 4 → 0.8
    const r = adlRanking([
      { id: 's', side: 'short', quantity: '1', entryPrice: '100', markPrice: '80', bankruptcyPrice: '90' },
      { id: 'l', side: 'long', quantity: '1', entryPrice: '100', markPrice: '90', bankruptcyPrice: '60' },
      { id: 'i', side: 'long', quantity: '100', entryPrice: '100', markPrice: '125', bankruptcyPrice: '100', contract: 'inverse' },
    ]);
    expect([r.shorts.map((e) => e.score.toFixed()), r.longs.map((e) => [e.id, e.score.toFixed()])]).toEqual([['1.6'], [['i', '0.8'], ['l', '-0.03333333']]]);
  });

  it('names the field of bad input', () => {
    expectCode(() => adlRanking([{ ...longs[0]!, bankruptcyPrice: '150' }]), 'INVALID_PRICE', 'positions[0].bankruptcyPrice');
    expectCode(() => adlRanking([longs[0]!, longs[0]!]), 'INVALID_OPTION', 'positions[1].id');
    expectCode(() => adlRanking([{ ...longs[0]!, quantity: '0' }]), 'INVALID_QUANTITY', 'positions[0].quantity');
    expectCode(() => adlAllocation([{ id: '', quantity: '1' }], '1', '650'), 'INVALID_OPTION', 'queue[0].id');
    expectCode(() => adlAllocation([], '0', '650'), 'INVALID_QUANTITY', 'quantity');
  });
});
