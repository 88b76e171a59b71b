import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What a worker reports for one suite or scenario. */
export interface Report {
  readonly name: string;
  readonly calls: number;
  readonly results: number;
  readonly marginErrors: number;
  /** Calls that let the caller's own exception (a hostile proxy's) pass through. */
  readonly callerErrors: number;
  readonly slowest: { readonly ms: number; readonly label?: string; readonly input?: string };
  readonly heaviest: { readonly bytes: number; readonly label?: string; readonly input?: string };
  readonly failures: readonly { readonly label: string; readonly why: string; readonly input: string }[];
  readonly expectations?: readonly { readonly label: string; readonly ok: boolean; readonly got: string; readonly expected: string }[];
}

export interface WorkerOutcome {
  readonly reports: readonly Report[];
  readonly exports: readonly string[];
  readonly covered: readonly string[];
}

/** The per-call budget of the input contract: no call on one account, position or loan over 50 ms. */
export const BUDGET_MS = 50;
/** Property runs per suite: modest by default, raised with PROPERTY_RUNS (up to 2,000 per suite: about 100,000 calls). */
export const NUM_RUNS = process.env['PROPERTY_RUNS'] ? Math.min(2_000, Number(process.env['PROPERTY_RUNS'])) : 150;
// No word from the worker for this long means a call hangs: the worker is stopped and the test fails.
const SILENCE_MS = 20_000;

const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

/**
 * Runs suites and scenarios in a worker thread against the built package (`npm test` builds it
 * first), with a heap limit so that a call allocating without bound kills the worker instead of the
 * machine, and a watchdog that stops a worker gone silent and names the call it was in.
 */
export function runWorker(names: readonly string[], scenarios: readonly string[] = []): Promise<WorkerOutcome> {
  if (!existsSync(DIST)) throw new Error('the robustness suite runs against dist/: run `npm run build` first (npm test does)');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: { names, scenarios, numRuns: NUM_RUNS, seed: Number(process.env['ROBUSTNESS_SEED'] ?? 1337), budgetMs: BUDGET_MS },
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    let last = 'starting';
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
        reject(new Error(`no answer for ${SILENCE_MS / 1000} s: the call hangs — ${last}`));
      }, SILENCE_MS);
    };
    arm();
    worker.on('message', (message: { kind: string; label?: string; summary?: string } & WorkerOutcome) => {
      if (message.kind === 'progress') {
        last = `${message.label}(${message.summary})`;
        arm();
      } else if (message.kind === 'done') {
        clearTimeout(timer);
        void worker.terminate();
        resolve(message);
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`the worker died in ${last}: ${error.message}`));
    });
    worker.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0 && code !== 1) reject(new Error(`the worker exited with ${code} in ${last}`));
    });
  });
}
