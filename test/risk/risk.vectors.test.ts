import { describe, expect, it } from 'vitest';
import { marginLevel, riskRate, riskStatus, type RiskModel, type RiskStatus, type RiskThresholds } from '../../src/index.js';
import { loadVectors } from '../vectors/load.js';

interface RiskVectorInput {
  assets: string;
  liabilities: string;
  model?: RiskModel;
  thresholds?: RiskThresholds;
}

const vectors = loadVectors<RiskVectorInput, { riskRate: string | null; marginLevel?: string; status: RiskStatus }>('risk');

describe('risk vectors', () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const { thresholds: _thresholds, ...rateInput } = v.input;
    const rate = riskRate(rateInput);
    expect(rate === null ? null : rate.toFixed()).toBe(v.expected.riskRate);
    expect(riskStatus(v.input)).toBe(v.expected.status);
    if (v.expected.marginLevel !== undefined) {
      expect(marginLevel({ assets: v.input.assets, liabilities: v.input.liabilities })?.toFixed()).toBe(v.expected.marginLevel);
    }
  });
});
