import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUDGET_MS, runWorker, type Report } from './runWorker.js';

/**
 * The classes of defect found by trying the library as an attacker would (issue 13), one named test
 * each: every call must end the way the scenario says (test/robustness/scenarios.mjs), within the
 * per-call budget, without a failure of the probe (a TypeError, a mutated input, a touched prototype).
 */
const CLASSES = [
  'class 1: unbounded decimals',
  'class 2: spans',
  'class 3: plan comparison',
  'class 4: inherited names',
  'class 5: impossible events and states',
  'class 6: no TypeErrors',
  'class 7: dust fills',
  'class 8: no garbage accepted',
  'class 10: read once',
];
const MEASURED = ['largest valid inputs', 'batches are linear'];

const outcome = runWorker([], [...CLASSES, ...MEASURED]);

function check(report: Report, budget: number | undefined): void {
  const wrong = (report.expectations ?? []).filter((e) => !e.ok).map((e) => `${e.label}: got ${e.got}, expected ${e.expected}`);
  expect(wrong, report.name).toEqual([]);
  const failures = report.failures.filter((f) => budget !== undefined || !f.why.startsWith('took')).map((f) => `${f.label}: ${f.why}`);
  expect(failures, report.name).toEqual([]);
  if (budget !== undefined) expect(report.slowest.ms, `${report.name}: ${report.slowest.label}`).toBeLessThanOrEqual(budget);
}

describe('robustness: the classes of hostile input', () => {
  for (const name of CLASSES) {
    it(name, async () => {
      const report = (await outcome).reports.find((r) => r.name === name);
      expect(report).toBeDefined();
      check(report!, BUDGET_MS);
    }, 600_000);
  }

  it('keeps the largest valid inputs within the per-call budget (worst case reported)', async () => {
    const report = (await outcome).reports.find((r) => r.name === 'largest valid inputs')!;
    check(report, BUDGET_MS);
    console.log(`largest valid inputs: slowest ${report.slowest.label} ${report.slowest.ms.toFixed(1)} ms; largest heap growth ${(report.heaviest.bytes / 1048576).toFixed(1)} MB (${report.heaviest.label})`);
  }, 600_000);

  it('keeps batch calls linear in their input', async () => {
    const report = (await outcome).reports.find((r) => r.name === 'batches are linear')!;
    check(report, undefined);
    for (const e of report.expectations ?? []) console.log(`batches: ${e.label}`);
  }, 600_000);
});

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Runs the built command with a time limit: a hang or a V8 crash fails instead of stalling. */
function cli(args: readonly string[]): { status: number | null; stdout: string; stderr: string; ms: number } {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--max-old-space-size=256', CLI, ...args], { encoding: 'utf8', timeout: 15_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - start };
}

describe('robustness: class 9, the command line (exit 2, one line, no stack)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'margin-math-cli-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const cases: [string, string[]][] = [
    ['a 1e999999999 amount', ['borrowable', '--margin', '1e999999999', '--maxLeverage', '3']],
    ['an empty leverage', ['simulate', '--leverage', '']],
    ['an Infinity leverage', ['simulate', '--leverage', 'Infinity']],
    ['a statement with balances: null', ['plan', '--account', file('null-balances.json', '{"prices": {}, "balances": null}')]],
    ['a state with config: null', ['plan', '--account', file('null-config.json', '{"config": null}')]],
    ['a path time of 2^53', ['simulate', '--path', file('far.csv', 'time,price\n9007199254740992,100\n9007199254740993,101\n')]],
    ['a path time past the year 9999', ['simulate', '--path', file('farther.csv', 'time,price\n+275760-09-13T00:00:00Z,100\n+275760-09-13T01:00:00Z,101\n')]],
    ['a prototype asset name', ['simulate', '--base', 'constructor']],
    ['another prototype asset name', ['simulate', '--base', '__proto__']],
    ["a --from of ' 1'", ['interest', '--principal', '1', '--rate', '0.1', '--from', ' 1', '--to', '2024-01-01']],
    ['no arguments', []],
    ['an unknown command with a newline', ['fr\nob']],
  ];
  for (const [label, args] of cases) {
    it(`exits 2 with one line on stderr: ${label}`, () => {
      const r = cli(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^margin-math: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }, 30_000);
  }
});
