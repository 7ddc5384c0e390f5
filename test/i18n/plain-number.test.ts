import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatCompact, formatNumber, formatPercent, INTL_LOCALE } from '../../src/i18n/numbers-and-dates.js';
import { plainCompact, plainNumber, plainPercent } from '../../src/i18n/plain-number.js';

describe('i18n/plain-number', () => {
  // Whole numbers, decimals with few digits, round axis values and the edges where rounding carries.
  const values = fc.oneof(
    fc.nat({ max: 2_000_000 }),
    fc.integer({ min: 0, max: 99_999 }).map((n) => n / 1000),
    fc.double({ min: 0, max: 1e16, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.constantFrom(0, 1.005, 0.0285, 999.95, 999_950, 999_999.99, 1e12 - 1, 1e15, 12_500, 150_000, 2.5e9),
    fc.constantFrom(-1, -0.001, NaN, Infinity, 1e21, 1e-7),
  );
  for (const lang of ['id', 'en'] as const) {
    const intl = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(INTL_LOCALE[lang], options);
    it(`writes Intl's text in ${lang}, or leaves the value to Intl`, () => {
      fc.assert(
        fc.property(values, fc.integer({ min: 0, max: 3 }), (v, digits) => {
          const number = intl({ maximumFractionDigits: digits }).format(v);
          const percent = intl({ style: 'percent', maximumFractionDigits: digits }).format(v);
          const compact = intl({ notation: 'compact', maximumFractionDigits: 1 }).format(v);
          expect(plainNumber(v, lang, digits) ?? number).to.equal(number);
          expect(plainPercent(v, lang, digits) ?? percent).to.equal(percent);
          expect(plainCompact(v, lang) ?? compact).to.equal(compact);
          expect(formatNumber(v, lang, digits)).to.equal(number);
          expect(formatPercent(v, lang, digits)).to.equal(percent);
          expect(formatCompact(v, lang)).to.equal(compact);
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('writes the common values itself, rounding half away from zero as ICU does', () => {
    expect(plainNumber(1.005, 'en', 2)).to.equal('1.01');
    expect(plainPercent(0.0285, 'id', 1)).to.equal('2,9%');
    expect(plainCompact(999_960, 'id')).to.equal('1\u00a0jt');
    expect(plainNumber(1234567.891, 'id', 2)).to.equal('1.234.567,89');
    expect(plainNumber(-1, 'id', 2)).to.equal(undefined);
  });
});
