import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDecimal } from '../../src/decimal/parseDecimal.js';
import { TB, runs } from '../arbitraries.js';

// The library's own reader of plain decimal strings must give exactly the fields big.js's parser
// gives (digits, exponent, sign), and must never accept what big.js would refuse.

const plain = fc
  .record({
    sign: fc.constantFrom('', '-'),
    whole: fc.stringMatching(/^[0-9]{0,12}$/),
    point: fc.boolean(),
    fraction: fc.stringMatching(/^[0-9]{0,12}$/),
  })
  .map(({ sign, whole, point, fraction }) => `${sign}${whole}${point ? '.' : ''}${point ? fraction : ''}`);

const fields = (value: { c: number[]; e: number; s: number }) => ({ c: [...value.c], e: value.e, s: value.s });

describe('parseDecimal: a plain decimal string read as big.js reads it', () => {
  it('gives big.js’s digits, exponent and sign for every plain decimal (leading and trailing zeros, a bare point, negative zero)', () => {
    let read = 0;
    fc.assert(
      fc.property(plain, (text) => {
        let expected: { c: number[]; e: number; s: number } | undefined;
        try {
          expected = fields(new TB(text));
        } catch {
          expected = undefined;
        }
        const parsed = parseDecimal(text);
        if (expected === undefined) expect(parsed).toBeUndefined();
        else {
          read++;
          expect(parsed === undefined ? undefined : fields(parsed)).toEqual(expected);
        }
      }),
      runs,
    );
    expect(read).toBeGreaterThan(0);
    for (const text of ['0', '-0', '000.000', '.5', '5.', '-.25', '100', '0.00000001', '12345678901234567890.123']) expect(fields(parseDecimal(text)!)).toEqual(fields(new TB(text)));
  });

  it('leaves everything else to big.js: exponents, spaces, signs, several points, nothing at all', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const parsed = parseDecimal(text);
        if (parsed !== undefined) expect(fields(parsed)).toEqual(fields(new TB(text)));
      }),
      runs,
    );
    for (const text of ['', '-', '.', '1e5', '1E-3', ' 1', '1 ', '+1', '1.2.3', '--1', '0x10', '١']) expect(parseDecimal(text)).toBeUndefined();
  });
});
