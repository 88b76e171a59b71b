import type { Decimal } from '../decimal/constructor.js';
import { approximate, shadowOf } from '../decimal/approximation.js';
import { fitsBudget, MAX_DECIMAL_TEXT, STORED } from '../decimal/bounds.js';
import { PlainScan, scanPlain } from '../decimal/parseDecimal.js';
import { exponentOf } from '../decimal/scaledInteger.js';
import type { DecimalInput } from '../decimal/toDecimal.js';
import { toAmount } from '../decimal/validate.js';
import type { Chunk } from './accountColumns.js';

/** Digits an integer float holds exactly (any 15-digit integer is below 2^53). */
const UNIT_DIGITS = 15;

/**
 * Builds one chunk (`accountColumns.ts`): runs of another chunk's accounts copied column by column,
 * and accounts parsed from input straight into the columns — a plain decimal string of at most 15
 * digits is read into its integer and power of ten without a `Big` (`scanPlain`); anything else
 * goes through `toAmount`. Grows as it is written; `done` trims it.
 */
export class ChunkWriter {
  private readonly ids: string[] = [];
  private start: Int32Array;
  private debtors: Uint8Array;
  private slots: Int32Array;
  private shadows: Float64Array;
  private units: Float64Array;
  private exponents: Int16Array;
  private readonly wide = new Map<number, Decimal>();
  private readonly scan = new PlainScan();
  private accounts = 0;
  private terms = 0;

  constructor(accounts: number, terms: number) {
    ({ start: this.start, debtors: this.debtors, slots: this.slots, shadows: this.shadows, units: this.units, exponents: this.exponents } = columnsFor(accounts, terms));
  }

  /** Copies accounts `from` … `end` − 1 of `chunk`. */
  copy(chunk: Chunk, from: number, end: number): void {
    const first = chunk.start[from]!;
    const last = chunk.start[end]!;
    const shift = this.terms - first;
    this.reserve(end - from, last - first);
    for (let k = from; k < end; k++, this.accounts++) {
      this.start[this.accounts] = chunk.start[k]! + shift;
      this.debtors[this.accounts] = chunk.debtors[k]!;
      this.ids.push(chunk.ids[k]!);
    }
    this.slots.set(chunk.slots.subarray(first, last), this.terms);
    this.shadows.set(chunk.shadows.subarray(2 * first, 2 * last), 2 * this.terms);
    this.units.set(chunk.units.subarray(2 * first, 2 * last), 2 * this.terms);
    this.exponents.set(chunk.exponents.subarray(2 * first, 2 * last), 2 * this.terms);
    if (chunk.wide !== undefined) for (const [v, value] of chunk.wide) if (v >= 2 * first && v < 2 * last) this.wide.set(v + 2 * shift, value);
    this.terms = last + shift;
  }

  /** Starts an account (its terms follow: `term`). */
  open(id: string): void {
    this.reserve(1, 0);
    this.start[this.accounts] = this.terms;
    this.debtors[this.accounts] = 0;
    this.ids.push(id);
  }

  /**
   * Parses the held and debt of `asset` as the open account's next term (`field` names them in
   * errors, `.held` / `.debt` appended) and keeps the term unless both are zero, numbering the
   * asset in `universe` if it is new.
   */
  term(held: DecimalInput | undefined, debt: DecimalInput | undefined, field: string, universe: Map<string, number>, asset: string): void {
    this.reserve(0, 1);
    const v = 2 * this.terms;
    const heldZero = this.value(v, held, field, '.held');
    const debtZero = this.value(v + 1, debt, field, '.debt');
    // Both zero: the term is not kept (and neither value went to `wide`, which holds no zeros).
    if (heldZero && debtZero) return;
    let slot = universe.get(asset);
    if (slot === undefined) universe.set(asset, (slot = universe.size));
    this.slots[this.terms++] = slot;
    if (!debtZero) this.debtors[this.accounts] = 1;
  }

  /** Ends the open account. */
  close(): void {
    this.accounts++;
    this.start[this.accounts] = this.terms;
  }

  /** Drops the open account (its parse threw; it is parsed again, naming its fields). */
  discard(): void {
    this.ids.length = this.accounts;
    for (const v of this.wide.keys()) if (v >= 2 * this.start[this.accounts]!) this.wide.delete(v);
    this.terms = this.start[this.accounts]!;
  }

  done(): Chunk {
    this.start[this.accounts] = this.terms;
    this.resize(this.accounts, this.terms);
    const { ids, start, debtors, slots, shadows, units, exponents, wide } = this;
    return { ids, start, debtors, slots, shadows, units, exponents, wide: wide.size === 0 ? undefined : wide };
  }

  /** Writes one amount at value `v`; whether it is zero. Absent is zero. */
  private value(v: number, input: DecimalInput | undefined, field: string, suffix: string): boolean {
    if (input === undefined) return this.write(v, 0, 0, 0);
    const scan = this.scan;
    if (typeof input === 'string' && input.length <= MAX_DECIMAL_TEXT && scanPlain(input, scan) && scan.sign === 1) {
      if (scan.first === -1) return this.write(v, 0, 0, 0);
      if (scan.digits <= UNIT_DIGITS && fitsBudget(scan.digits, scan.exponent, false, STORED)) {
        let units = 0;
        for (let k = scan.first; k <= scan.last; k++) {
          const code = input.charCodeAt(k);
          if (code !== 46) units = units * 10 + (code - 48);
        }
        return this.write(v, units, scan.exponent - scan.digits + 1, shadowOf(units, scan.digits, scan.exponent, false));
      }
    }
    // Holdings may come from a state (holdingsOf), whose balances can be products of inputs: the stored budget.
    const value = toAmount(input, field === '' ? '' : field + suffix, STORED);
    const digits = value.c;
    if (digits[0] === 0) return this.write(v, 0, 0, 0);
    if (digits.length <= UNIT_DIGITS) {
      // The integer `approximate` would build digit by digit, built once and scaled as it scales it.
      let units = 0;
      for (let i = 0; i < digits.length; i++) units = units * 10 + digits[i]!;
      return this.write(v, units, exponentOf(value), shadowOf(units, digits.length, value.e, false));
    }
    this.wide.set(v, value);
    return this.write(v, NaN, 0, approximate(value));
  }

  private write(v: number, units: number, exponent: number, shadow: number): boolean {
    this.units[v] = units;
    this.exponents[v] = exponent;
    this.shadows[v] = shadow;
    return units === 0;
  }

  /** Room for `accounts` more accounts and `terms` more terms, doubling what is full. */
  private reserve(accounts: number, terms: number): void {
    const room = (used: number, more: number, size: number): number => (used + more > size ? Math.max(2 * size, used + more) : size);
    this.resize(room(this.accounts, accounts, this.debtors.length), room(this.terms, terms, this.slots.length));
  }

  /** The columns moved to a buffer of exactly this room (nothing moves when it is the room already). */
  private resize(accounts: number, terms: number): void {
    if (accounts === this.debtors.length && terms === this.slots.length) return;
    const next = columnsFor(accounts, terms);
    // An open account's start and flag are kept too.
    next.start.set(this.start.subarray(0, Math.min(this.accounts + 1, accounts + 1)));
    next.debtors.set(this.debtors.subarray(0, Math.min(this.accounts + 1, accounts)));
    next.slots.set(this.slots.subarray(0, this.terms));
    next.shadows.set(this.shadows.subarray(0, 2 * this.terms));
    next.units.set(this.units.subarray(0, 2 * this.terms));
    next.exponents.set(this.exponents.subarray(0, 2 * this.terms));
    ({ start: this.start, debtors: this.debtors, slots: this.slots, shadows: this.shadows, units: this.units, exponents: this.exponents } = next);
  }
}

/**
 * A chunk's columns as views of one buffer — one allocation, not six (an off-heap allocation costs
 * more than the copy it holds): the float columns first, so every view is aligned.
 */
function columnsFor(accounts: number, terms: number): Pick<Chunk, 'start' | 'debtors' | 'slots' | 'shadows' | 'units' | 'exponents'> {
  const buffer = new ArrayBuffer(32 * terms + 4 * (accounts + 1 + terms) + 4 * terms + accounts);
  let at = 0;
  const view = <T>(make: new (buffer: ArrayBuffer, offset: number, length: number) => T, bytes: number, length: number): T => {
    const array = new make(buffer, at, length);
    at += bytes * length;
    return array;
  };
  const shadows = view(Float64Array, 8, 2 * terms);
  const units = view(Float64Array, 8, 2 * terms);
  const start = view(Int32Array, 4, accounts + 1);
  const slots = view(Int32Array, 4, terms);
  const exponents = view(Int16Array, 2, 2 * terms);
  const debtors = view(Uint8Array, 1, accounts);
  return { start, debtors, slots, shadows, units, exponents };
}
