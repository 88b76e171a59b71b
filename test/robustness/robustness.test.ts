import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { BUDGET_MS, NUM_RUNS, runWorker, type Report } from './runWorker.js';

/**
 * Every exported function, fed valid arguments and fast-check's hostile variants of them (huge and
 * tiny exponents, forged decimals, objects that throw, prototype names, wrong types, unknown and
 * missing fields, whole arguments replaced): each call returns a valid result or throws a
 * `MarginError`, within the per-call budget, leaving its input and the shared prototypes as they
 * were. Runs in worker threads against the built package, so a hang fails instead of stalling.
 */
const FUNCTIONS = Object.entries(lib)
  .filter(([name, value]) => typeof value === 'function' && name !== 'MarginError')
  .map(([name]) => name)
  .sort();

// Two workers, so the two cores share the work.
const GROUPS = [FUNCTIONS.filter((_, i) => i % 2 === 0), FUNCTIONS.filter((_, i) => i % 2 === 1)];

function problems(report: Report): string[] {
  return report.failures.map((f) => `${f.label}: ${f.why} — ${f.input}`);
}

describe('robustness: every export against hostile input', () => {
  const runs = GROUPS.map((names) => runWorker(names));

  it('has a suite for every exported function', async () => {
    const covered = new Set((await Promise.all(runs)).flatMap((r) => r.covered));
    expect(FUNCTIONS.filter((name) => !covered.has(name))).toEqual([]);
  }, 600_000);

  GROUPS.forEach((names, g) => {
    it(`answers with a result or a MarginError, in budget, inputs and prototypes untouched: ${names.join(', ')}`, async () => {
      const { reports } = await runs[g]!;
      expect(reports.map((r) => r.name).sort()).toEqual([...names].sort());
      for (const report of reports) {
        expect(problems(report), report.name).toEqual([]);
        expect(report.calls, report.name).toBeGreaterThanOrEqual(NUM_RUNS);
        expect(report.slowest.ms, `${report.name}: ${report.slowest.label}`).toBeLessThanOrEqual(BUDGET_MS);
      }
      const slowest = [...reports].sort((a, b) => b.slowest.ms - a.slowest.ms)[0];
      console.log(`robustness group ${g + 1}: ${reports.reduce((n, r) => n + r.calls, 0)} calls (${reports.reduce((n, r) => n + r.callerErrors, 0)} passed a hostile proxy's own error through); slowest ${slowest?.name} ${slowest?.slowest.ms.toFixed(1)} ms`);
    }, 600_000);
  });
});
