import { describe, expect, it } from 'vitest';
import { maxBorrowable, type BorrowLimit, type MaxBorrowableInput } from '../../src/index.js';
import { loadVectors } from '../vectors/load.js';

const vectors = loadVectors<MaxBorrowableInput, { amount: string; limitedBy: BorrowLimit }>('borrowing');

describe('maxBorrowable vectors', () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const result = maxBorrowable(v.input);
    expect(result.amount.toFixed()).toBe(v.expected.amount);
    expect(result.limitedBy).toBe(v.expected.limitedBy);
  });
});
