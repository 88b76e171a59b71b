import fc from 'fast-check';
import Big from 'big.js';

/** Runs per property: modest by default, raised with PROPERTY_RUNS for soak runs. */
export const numRuns = Number(process.env['PROPERTY_RUNS'] ?? 200);
export const runs = { numRuns } as const;

/** A test-side big.js constructor, independent of the library's private one. */
export const TB = Big();

/** A decimal string built from an integer of units and a scale: `units × 10^-scale`. Never floats. */
export function decimalFrom(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${whole}` : whole;
}

/** Non-negative decimal strings up to `max` whole units with up to `maxScale` decimals. */
export function amount(options: { max?: bigint; maxScale?: number; min?: bigint } = {}): fc.Arbitrary<string> {
  const maxScale = options.maxScale ?? 8;
  const max = options.max ?? 10_000_000n;
  const min = options.min ?? 0n;
  return fc
    .integer({ min: 0, max: maxScale })
    .chain((scale) => fc.bigInt({ min: min * 10n ** BigInt(scale), max: max * 10n ** BigInt(scale) }).map((u) => decimalFrom(u, scale)));
}

/** Strictly positive decimal strings. */
export function positiveAmount(options: { max?: bigint; maxScale?: number } = {}): fc.Arbitrary<string> {
  return amount(options).filter((s) => new TB(s).gt(0));
}

/** A daily-style rate: 0 to 1% with up to 8 decimals. */
export const rate: fc.Arbitrary<string> = fc.bigInt({ min: 0n, max: 1_000_000n }).map((u) => decimalFrom(u, 8));

/** Leverage from 1 to 125 with up to 2 decimals. */
export const leverage: fc.Arbitrary<string> = fc.bigInt({ min: 100n, max: 12_500n }).map((u) => decimalFrom(u, 2));

const H = 3_600_000;

/**
 * An epoch-ms instant in 2020–2030. A third fall exactly on a UTC hour and a third on a whole
 * minute, so boundary rules (a charge at `to` is not made) are exercised, not left to chance.
 */
export const instant: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
  fc.integer({ min: Date.UTC(2020, 0, 1) / H, max: Date.UTC(2030, 0, 1) / H }).map((h) => h * H),
  fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }).map((m) => m * 60_000),
);

/** A duration up to `hours` hours, in ms; a third are whole hours, a third whole minutes. */
export function duration(hours = 200): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: 0, max: hours * H }),
    fc.integer({ min: 0, max: hours }).map((h) => h * H),
    fc.integer({ min: 0, max: hours * 60 }).map((m) => m * 60_000),
  );
}
