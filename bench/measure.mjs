/**
 * Times `run()` (which processes `size` items): one warm-up, then `rounds` timed runs; the best is
 * kept (the least disturbed by the machine). Returns items per second and the result of the last run.
 */
export function measure(run, size, rounds) {
  let result = run();
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    result = run();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (ms < best) best = ms;
  }
  return { opsPerSecond: (size / best) * 1000, ms: best, result };
}

/**
 * A collected heap, not the previous implementation's garbage, and a pause for the collector's
 * background threads (with --expose-gc; without it the pause alone): what every timed run starts on.
 */
export async function settle() {
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 150));
  globalThis.gc?.();
}
