import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  formatCompact,
  formatDate,
  formatNumber,
  formatPercent,
  formatRupiah,
  monthName,
  parseCalendarDate,
} from '../../src/i18n/numbers-and-dates.js';

describe('i18n formatters', () => {
  it('writes numbers the Indonesian way in id and the English way in en', () => {
    expect(formatNumber(1500000.59, 'id')).to.equal('1.500.000,59');
    expect(formatNumber(1500000.59, 'en')).to.equal('1,500,000.59');
    expect(formatNumber(10846, 'id')).to.equal('10.846');
  });

  it('writes percentages from ratios with a decimal comma in id', () => {
    expect(formatPercent(0.2832, 'id')).to.equal('28,3%');
    expect(formatPercent(0.2832, 'en')).to.equal('28.3%');
  });

  it('shortens large numbers in each language', () => {
    expect(formatCompact(1500000, 'id')).to.match(/^1,5\sjt$/);
    expect(formatCompact(1500000, 'en')).to.equal('1.5M');
  });

  it('writes Rupiah without decimals', () => {
    expect(formatRupiah(50000, 'id')).to.equal('Rp 50.000');
    expect(formatRupiah(1250000, 'en')).to.equal('Rp 1,250,000');
    expect(formatRupiah(0, 'id')).to.equal('Rp 0');
  });

  it('names months with Indonesian short forms', () => {
    const id = Array.from({ length: 12 }, (_, i) => monthName(i + 1, 'id'));
    expect(id).to.deep.equal([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'Mei',
      'Jun',
      'Jul',
      'Agu',
      'Sep',
      'Okt',
      'Nov',
      'Des',
    ]);
    expect(monthName(8, 'en')).to.equal('Aug');
    expect(monthName(8, 'id', 'long')).to.equal('Agustus');
  });

  it('reads a date-only value as a calendar date and rejects impossible ones', () => {
    expect(parseCalendarDate('2024-03-01')).to.deep.equal({ year: 2024, month: 3, day: 1 });
    expect(parseCalendarDate('2024-02-30')).to.equal(undefined);
    expect(parseCalendarDate('01/03/2024')).to.equal(undefined);
  });

  it('never shifts a date-only value with the time zone', () => {
    // 1 March at midnight would be 29 February in any zone west of UTC if parsed as a timestamp.
    expect(formatDate('2024-03-01', 'id')).to.equal('1 Maret 2024');
    expect(formatDate('2024-03-01', 'en', 'medium')).to.equal('1 Mar 2024');
    expect(formatDate('2024-01-01', 'id', 'year')).to.equal('2024');
  });

  it('shows a timestamp as its calendar date in Jakarta by default', () => {
    expect(formatDate('2024-03-31T20:00:00Z', 'id')).to.equal('1 April 2024');
    expect(formatDate('2024-03-31T20:00:00Z', 'en', 'long', 'UTC')).to.equal('31 March 2024');
  });

  it('property: a timestamp shows the calendar day Intl gives in its zone, across DST and odd offsets', () => {
    const zones = [
      'Asia/Jakarta',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Pacific/Chatham',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, timeZone) => {
          const parts = new Intl.DateTimeFormat('en-US', {
            timeZone,
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
          }).formatToParts(ms);
          const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
          const want = `${get('day')} ${monthName(get('month'), 'en')} ${get('year')}`;
          expect(formatDate(new Date(ms), 'en', 'medium', timeZone)).to.equal(want);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('returns unreadable dates as given instead of guessing', () => {
    expect(formatDate('someday', 'id')).to.equal('someday');
  });

  it('reads a timestamp without an offset as wall time in the time zone given, wherever the reader is', () => {
    // CKAN writes 2024-12-31T20:00:00: 20:00 in Jakarta is still 31 December, in any browser.
    expect(formatDate('2024-12-31T20:00:00', 'id')).to.equal('31 Desember 2024');
    expect(formatDate('2024-12-31 20:00', 'id', 'long', 'America/Los_Angeles')).to.equal('31 Desember 2024');
    expect(formatDate('2024-12-31T20:00:00Z', 'id')).to.equal('1 Januari 2025');
    expect(formatDate('2024-12-31', 'en', 'long', 'Pacific/Kiritimati')).to.equal('31 December 2024');
    expect(formatDate('12/31/2024 20:00', 'id')).to.equal('12/31/2024 20:00');
  });

  it('names a period as a period', () => {
    expect(formatDate('2024', 'id')).to.equal('2024');
    expect(formatDate('2024-03', 'id')).to.equal('Maret 2024');
    expect(formatDate('2024-Q1', 'id')).to.equal('Triwulan I 2024');
    expect(formatDate('2024-W09', 'id')).to.equal('Minggu ke-9 2024');
    expect(formatDate('2024-Q1', 'en')).to.equal('Q1 2024');
  });
});
