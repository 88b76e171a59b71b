import { describe, expect, it } from 'vitest';
import * as mm from '../../src/index.js';
import { loadVectors } from '../vectors/load.js';
import { readFileSync } from 'node:fs';

type Fn = 'exposure' | 'pnl' | 'returnOnMargin' | 'fundingPayment' | 'positionSize' | 'liquidationDistance' | 'liquidationPrice' | 'bankruptcyPrice';
type Call = { fn: Fn; args: Record<string, unknown> };

function call({ fn, args }: Call): InstanceType<typeof mm.MarginError> | { toFixed(dp?: number): string } | null {
  return (mm[fn] as (a: unknown) => { toFixed(dp?: number): string } | null)(args);
}

describe.each(['positions', 'liquidation-price'])('%s vectors', (file) => {
  const vectors = loadVectors<Call, string | null>(file) as readonly (ReturnType<typeof loadVectors<Call, string | null>>[number] & { decimals?: number })[];
  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const result = call(v.input) as { toFixed(dp?: number): string } | null;
    if (v.expected === null) expect(result).toBeNull();
    else expect(result?.toFixed(v.decimals)).toBe(v.expected);
  });
});

describe('tier vectors', () => {
  const { table } = JSON.parse(readFileSync(new URL('../vectors/tiers.json', import.meta.url), 'utf8')) as { table: mm.Tier[] };
  const vectors = loadVectors<{ fn: string; notional?: string }, string | string[]>('tiers');
  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    switch (v.input.fn) {
      case 'maintenanceAmounts':
        expect(mm.maintenanceAmounts(table).map((x) => x.toFixed())).toEqual(v.expected);
        break;
      case 'maxLeverageForNotional':
        expect(mm.maxLeverageForNotional(table, v.input.notional as string).toFixed()).toBe(v.expected);
        break;
      case 'maintenanceTier':
        expect(mm.maintenanceTier(table, v.input.notional as string).maintenanceMargin.toFixed()).toBe(v.expected);
        break;
      default:
        throw new Error(`unknown fn ${v.input.fn}`);
    }
  });
});

describe('spot liquidation vectors', () => {
  const vectors = loadVectors<mm.SpotLiquidationPriceInput, string | null>('spot-liquidation');
  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const price = mm.spotLiquidationPrice(v.input);
    expect(price === null ? null : price.toFixed()).toBe(v.expected);
  });
});
