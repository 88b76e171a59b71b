import { describe, expect, it } from 'vitest';
import { accruedInterest, chargeInstants, type AccruedInterestInput, type InterestClock, type RateDiscount } from '../../src/index.js';
import { loadVectors, ms } from '../vectors/load.js';

interface InterestVectorInput {
  principal: string;
  rate: string;
  ratePeriodHours?: number;
  from: string;
  to: string;
  clock: InterestClock;
  compounding?: boolean;
  scale?: number;
  discounts?: { rateMultiplier: string; from?: string; to?: string }[];
}

const vectors = loadVectors<InterestVectorInput, { interest?: string; interestAt5Decimals?: string; charges: number }>('interest');

/** The vector with its ISO instants turned into epoch ms. */
function toInput(v: InterestVectorInput): AccruedInterestInput {
  const { discounts, ...rest } = v;
  const input: AccruedInterestInput = { ...rest, from: ms(v.from), to: ms(v.to) };
  if (discounts === undefined) return input;
  return {
    ...input,
    discounts: discounts.map((d): RateDiscount => ({
      rateMultiplier: d.rateMultiplier,
      ...(d.from !== undefined && { from: ms(d.from) }),
      ...(d.to !== undefined && { to: ms(d.to) }),
    })),
  };
}

describe('accruedInterest vectors', () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const input = toInput(v.input);
    const interest = accruedInterest(input);
    if (v.expected.interest !== undefined) expect(interest.toFixed()).toBe(v.expected.interest);
    if (v.expected.interestAt5Decimals !== undefined) expect(interest.toFixed(5)).toBe(v.expected.interestAt5Decimals);
    expect(chargeInstants({ from: input.from, to: input.to, clock: input.clock })).toHaveLength(v.expected.charges);
  });

  it('checks at least one expectation in every vector', () => {
    for (const v of vectors) expect(v.expected.interest ?? v.expected.interestAt5Decimals).toBeDefined();
  });
});
