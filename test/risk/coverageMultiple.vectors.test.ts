import { describe, expect, it } from 'vitest';
import { coverageMultiple, type RiskModel } from '../../src/index.js';
import { loadVectors } from '../vectors/load.js';

const vectors = loadVectors<{ threshold: string; model?: RiskModel }, { numerator: string; denominator: string }>('coverage');

describe('coverageMultiple vectors', () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const k = coverageMultiple(v.input);
    expect(k.numerator.toFixed()).toBe(v.expected.numerator);
    expect(k.denominator.toFixed()).toBe(v.expected.denominator);
  });
});
