import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MarginError } from '../../src/errors.js';
import { exactLiquidationPrice, liquidationPrice, quickLinearPrice, type LiquidationPriceInput } from '../../src/liquidation/liquidationPrice.js';
import { accruedInterest, exactInterest, quickInterest, type AccruedInterestInput } from '../../src/interest/accruedInterest.js';
import type { InterestClock } from '../../src/interest/clock.js';
import { exactSpotLiquidationPrice, quickSpotPrice, spotLiquidationPrice, type SpotLiquidationPriceInput } from '../../src/liquidation/spotLiquidationPrice.js';
import { decimalFrom, runs, TB } from '../arbitraries.js';
import { approximate } from '../../src/decimal/approximation.js';
import { isShort } from '../../src/decimal/certified.js';
import { shadowOfInput } from '../../src/decimal/inputShadow.js';
import { PlainScan } from '../../src/decimal/parseDecimal.js';
import { toDecimal, type DecimalInput } from '../../src/decimal/toDecimal.js';

// `liquidationPrice`, `spotLiquidationPrice` and `accruedInterest` first try their common case on
// their inputs' shadows read in place, without making decimals of them; whatever that answers must
// be what reading every input exactly answers, and an input it cannot read must be left to the exact
// path — which then gives the same result or the same error. Inputs here come in every form a caller may pass: plain strings with and without
// leading zeros, points at either end, signs and −0, exponent forms, numbers, big.js values (and
// forged ones with unnormalised digits), too many digits, out of budget, of the wrong sign.

const units = fc.oneof(fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.bigInt({ min: 10n ** 15n, max: 10n ** 18n }));

/** A positive decimal of `units` at `scale` places, written in one of the forms a caller may use. */
const written = fc.record({ units, scale: fc.integer({ min: 0, max: 26 }), form: fc.integer({ min: 0, max: 10 }), negative: fc.boolean(), zeros: fc.integer({ min: 0, max: 30 }) }).map(({ units, scale, form, negative, zeros }) => {
  const plain = decimalFrom(negative && form === 9 ? -units : units, scale);
  switch (form) {
    case 10:
      // a whole number with trailing zeros: short digits, a large exponent (the budget's edge)
      return `${units}${'0'.repeat(zeros)}`;
    case 0:
      return `00${plain}`;
    case 1:
      return plain.startsWith('0.') ? plain.slice(1) : `${plain}.`;
    case 2:
      return new TB(plain).toExponential();
    case 3:
      return Number(plain);
    case 4:
      return new TB(plain);
    case 5: {
      // a forged big.js value with a leading zero digit (toDecimal normalises it)
      const value = new TB(plain);
      return Object.assign(Object.create(Object.getPrototypeOf(value)), { s: 1, e: value.e + 1, c: [0, ...value.c] });
    }
    default:
      return plain;
  }
});

const edge = fc.oneof(
  fc.constantFrom<unknown>('0', '-0', '0.000', '1', '0.99999', '1.0', '-0.5', '', '.', 'abc', ' 1', '1e-3', new TB(0), new TB('-0'), new TB('-2.5'), NaN, null, { c: [1], e: 0, s: 1 }),
  // short negative values, as strings and big.js values: the sign guards
  fc.integer({ min: 1, max: 10 ** 9 }).chain((u) => fc.constantFrom<unknown>(`-${decimalFrom(BigInt(u), 4)}`, new TB(`-${decimalFrom(BigInt(u), 2)}`))),
);
const decimal = fc.oneof({ weight: 4, arbitrary: written }, { weight: 1, arbitrary: edge });

/** Positions a venue would hold: entry 1–100,000, 0.001–100 units, margin of 1–100x leverage, rate up to 5%, in plain strings. */
const positions: fc.Arbitrary<LiquidationPriceInput> = fc
  .record({
    side: fc.constantFrom('long' as const, 'short' as const),
    entry: fc.bigInt({ min: 100n, max: 10_000_000n }),
    quantity: fc.bigInt({ min: 1n, max: 100_000n }),
    leverage: fc.integer({ min: 1, max: 100 }),
    rate: fc.integer({ min: 0, max: 500 }),
    basis: fc.constantFrom(undefined, 'mark' as const, 'entry' as const),
    big: fc.boolean(),
  })
  .map(({ side, entry, quantity, leverage, rate, basis, big }) => {
    const margin = (entry * quantity) / BigInt(leverage);
    const text = { entryPrice: decimalFrom(entry, 2), quantity: decimalFrom(quantity, 3), margin: decimalFrom(margin, 5), maintenanceMarginRate: decimalFrom(BigInt(rate), 4) };
    const values = big ? Object.fromEntries(Object.entries(text).map(([k, v]) => [k, new TB(v)])) : text;
    return { side, ...values, ...(basis && { maintenanceBasis: basis }) } as LiquidationPriceInput;
  });

type Outcome = { readonly code: string } | { readonly value: string | null; readonly fields: string | null };

function outcome(f: () => { s: number; e: number; c: number[]; toFixed(): string } | null): Outcome {
  try {
    const value = f();
    return { value: value === null ? null : value.toFixed(), fields: value === null ? null : JSON.stringify([value.s, value.e, value.c]) };
  } catch (error) {
    if (error instanceof MarginError) return { code: error.code };
    throw error;
  }
}

/** A position with, half the time, one field replaced by a value in any form (or one more option): each guard of the shortcut is reached. */
const inputs: fc.Arbitrary<LiquidationPriceInput> = fc
  .record({
    position: positions,
    field: fc.constantFrom('entryPrice', 'quantity', 'margin', 'maintenanceMarginRate', 'side', 'maintenanceBasis', 'contract', 'scale', 'other'),
    value: decimal,
    choice: fc.constantFrom<unknown>('long', 'short', 'LONG', 'mark', 'entry', 'spot', 'linear', 'inverse', 0, 2, 8, 22, 23, 1.5, '8', undefined),
    other: fc.constantFrom({ leverage: '10' }, { closeFeeRate: '0.0006' }, { maintenanceAmount: '5' }, { tickSize: '0.5' }, { closeFeeBasis: 'liquidation' }),
    replace: fc.boolean(),
  })
  .map(({ position, field, value, choice, other, replace }) => {
    if (!replace) return position;
    if (field === 'other') return { ...position, ...other } as LiquidationPriceInput;
    const decimalField = field === 'entryPrice' || field === 'quantity' || field === 'margin' || field === 'maintenanceMarginRate';
    const result: Record<string, unknown> = { ...position, [field]: decimalField ? value : choice };
    if (result[field] === undefined) delete result[field];
    return result as unknown as LiquidationPriceInput;
  });

type Result = { s: number; e: number; c: number[]; toFixed(): string };

/**
 * Over `inputs`: the shortcut answers only what the exact path answers — a value, or (for the reads
 * it makes as that path's first) the same error — and the function itself answers as the exact path;
 * more than `least` cases take the shortcut (a property that never reaches it tests nothing).
 */
function agreesWithExactPath<I>(inputs: fc.Arbitrary<I>, paths: { exact: (i: I) => Result | null; quick: (i: I) => Result | undefined; whole: (i: I) => Result | null }, least: number): void {
  let quick = 0;
  fc.assert(
    fc.property(inputs, (input) => {
      const exact = outcome(() => paths.exact(input));
      const shortcut = outcome(() => paths.quick(input) ?? null);
      if ('code' in shortcut || shortcut.value !== null) expect(shortcut).toEqual(exact);
      if ('value' in shortcut && shortcut.value !== null) quick++;
      expect(outcome(() => paths.whole(input))).toEqual(exact);
    }),
    { ...runs, numRuns: runs.numRuns * 10 },
  );
  expect(quick).toBeGreaterThan(least);
}

describe('shadowOfInput, and liquidationPrice: inputs read in place', () => {
  it('reads a shadow only of an input toDecimal reads, within the budget, short, with the shadow approximate gives', () => {
    let read = 0;
    fc.assert(
      fc.property(decimal, (input) => {
        const value = shadowOfInput(input, new PlainScan());
        if (Number.isNaN(value)) return;
        read++;
        const exact = toDecimal(input as DecimalInput, 'x');
        expect(isShort(exact)).toBe(true);
        expect(value).toBe(approximate(exact));
        expect(Math.sign(value)).toBe(exact.c[0] === 0 ? 0 : exact.s);
      }),
      { ...runs, numRuns: runs.numRuns * 5 },
    );
    expect(read).toBeGreaterThan(runs.numRuns);
  });

  it('answers exactly as reading every input into a decimal does, or leaves the input to that path', () => {
    agreesWithExactPath(inputs, { exact: exactLiquidationPrice, quick: quickLinearPrice, whole: liquidationPrice }, runs.numRuns * 3);
  });
});

/** Pair accounts long or short the base, 1.5–9.5x, at about 60,000, in strings or big.js values, with the bench's and the default models. */
const pairs: fc.Arbitrary<SpotLiquidationPriceInput> = fc
  .record({
    long: fc.boolean(),
    equity: fc.bigInt({ min: 10_000n, max: 1_000_000n }),
    leverage: fc.integer({ min: 15, max: 95 }),
    cash: fc.bigInt({ min: 0n, max: 5_000_000_000n }),
    model: fc.constantFrom<unknown>(undefined, { kind: 'debtRatio' }, { kind: 'marginLevel' }),
    threshold: fc.constantFrom<unknown>(undefined, '1.05', '0.9', new TB('1.2'), '1'),
    big: fc.boolean(),
  })
  .map(({ long, equity, leverage, cash, model, threshold, big }) => {
    const notional = (equity * BigInt(leverage)) / 10n; // cents
    const base = decimalFrom((notional * 10n ** 6n) / 60_000n, 8);
    const sides = long
      ? { base: { held: base, debt: '0' }, quote: { held: decimalFrom(cash, 8), debt: decimalFrom(notional - equity, 2) } }
      : { base: { held: '0', debt: base }, quote: { held: decimalFrom(notional + equity, 2), debt: '0' } };
    const read = (v: string) => (big ? new TB(v) : v);
    const result: Record<string, unknown> = { base: { held: read(sides.base.held), debt: read(sides.base.debt) }, quote: { held: read(sides.quote.held), debt: read(sides.quote.debt) } };
    if (model !== undefined) result['model'] = model;
    if (threshold !== undefined) result['threshold'] = threshold;
    return result as unknown as SpotLiquidationPriceInput;
  });

/** A pair account with, half the time, one part replaced by a value in any form, a model or shape the shortcut does not take, or a scale. */
const pairInputs: fc.Arbitrary<SpotLiquidationPriceInput> = fc
  .record({
    pair: pairs,
    part: fc.constantFrom('base.held', 'base.debt', 'quote.held', 'quote.debt', 'threshold', 'model', 'scale', 'tickSize', 'extra'),
    value: decimal,
    model: fc.constantFrom<unknown>({ kind: 'maintenance', maintenanceMarginRate: '0.1' }, { kind: 'marginLevel', extra: 1 }, { kind: 'debtratio' }, null, 'debtRatio'),
    scale: fc.constantFrom<unknown>(0, 2, 8, 22, 23, 1.5, '8'),
    replace: fc.boolean(),
  })
  .map(({ pair, part, value, model, scale, replace }) => {
    if (!replace) return pair;
    const result = { ...pair, base: { ...pair.base }, quote: { ...pair.quote } } as Record<string, any>;
    if (part === 'model') result['model'] = model;
    else if (part === 'scale') result['scale'] = scale;
    else if (part === 'tickSize') result['tickSize'] = '0.5';
    else if (part === 'extra') result['base'] = { ...result['base'], price: '1' };
    else if (part === 'threshold') result['threshold'] = value;
    else {
      const [side, field] = part.split('.') as [string, string];
      result[side][field] = value;
    }
    return result as unknown as SpotLiquidationPriceInput;
  });

describe('spotLiquidationPrice: inputs read in place', () => {
  it('answers exactly as reading every input into a decimal does, or leaves the input to that path (the model read as that path reads it first)', () => {
    agreesWithExactPath(pairInputs, { exact: exactSpotLiquidationPrice, quick: quickSpotPrice, whole: spotLiquidationPrice }, runs.numRuns * 3);
  });
});

/** Loans of the bench's kind and the venues': principal up to 100,000 at 8 places, a daily or hourly rate, every clock, up to 60 days. */
const loans: fc.Arbitrary<AccruedInterestInput> = fc
  .record({
    principal: fc.bigInt({ min: 1n, max: 10n ** 13n }),
    rate: fc.integer({ min: 1, max: 100_000 }),
    from: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2025, 0, 1) }),
    length: fc.integer({ min: 0, max: 60 * 24 * 3_600_000 }),
    since: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    clock: fc.constantFrom<InterestClock | undefined>(undefined, { kind: 'clockHours' }, { kind: 'elapsedPeriods', periodHours: 4, openingCharge: true }, { kind: 'snapshots', periodHours: 8 }, { kind: 'continuous' }),
    hours: fc.constantFrom(undefined, 24, 1, 8),
    big: fc.boolean(),
  })
  .map(({ principal, rate, from, length, since, clock, hours, big }) => {
    const read = (v: string) => (big ? new TB(v) : v);
    const result: Record<string, unknown> = { principal: read(decimalFrom(principal, 8)), rate: read(decimalFrom(BigInt(rate), 8)), from, to: from + length };
    if (since !== undefined) result['since'] = from + Math.floor((length * since) / 100);
    if (clock !== undefined) result['clock'] = clock;
    if (hours !== undefined) result['ratePeriodHours'] = hours;
    return result as unknown as AccruedInterestInput;
  });

/** A loan with, half the time, one field replaced: a value in any form, a window out of order, or an option the shortcut does not take. */
const loanInputs: fc.Arbitrary<AccruedInterestInput> = fc
  .record({
    loan: loans,
    field: fc.constantFrom('principal', 'rate', 'to', 'since', 'scale', 'compounding', 'openingRate', 'discounts', 'ratePeriodHours'),
    value: decimal,
    choice: fc.constantFrom<unknown>(0, 2, 8, 22, 23, 1.5, '8', true, false, null, -5, 'x'),
    replace: fc.boolean(),
  })
  .map(({ loan, field, value, choice, replace }) => {
    if (!replace) return loan;
    const result: Record<string, unknown> = { ...loan };
    if (field === 'principal' || field === 'rate' || field === 'openingRate') result[field] = value;
    else if (field === 'to') result['to'] = (loan.from as number) - 1;
    else if (field === 'since') result['since'] = (loan.to as number) + 1;
    else if (field === 'discounts') result['discounts'] = [];
    else result[field] = choice;
    return result as unknown as AccruedInterestInput;
  });

describe('accruedInterest: inputs read in place', () => {
  it('answers exactly as reading every input into a decimal does, or leaves the input to that path (the window read as that path reads it first)', () => {
    agreesWithExactPath(loanInputs, { exact: exactInterest, quick: quickInterest, whole: accruedInterest }, runs.numRuns * 2);
  });
});
