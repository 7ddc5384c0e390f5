import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { newDateParts, normalizeDate, parseDateInto } from '../../src/time/dates.js';
import { localDay, zoneOffset } from '../../src/time/timezone.js';
import { civilFromDays, daysFromCivil, isoWeekOfIndex, weekIndexOfIso } from '../../src/time/civil.js';

describe('date forms', () => {
  it('accepts the forms real sources write, normalised', () => {
    expect(normalizeDate('2024-03-01')).to.equal('2024-03-01');
    expect(normalizeDate('2010-04-14T06:37:38-08:00')).to.equal('2010-04-14T06:37:38-08:00');
    expect(normalizeDate('2024-03-31T20:00:00Z')).to.equal('2024-03-31T20:00:00Z');
    expect(normalizeDate('2024-03-01 10:00:00')).to.equal('2024-03-01T10:00:00');
    expect(normalizeDate('2024-03-01T10:00:00.123+0700')).to.equal('2024-03-01T10:00:00.123+0700');
    expect(normalizeDate(' 2024-03-01 ')).to.equal('2024-03-01');
  });

  it('accepts periods only where allowed', () => {
    const all = ['date', 'local', 'instant', 'year', 'quarter', 'month', 'week'] as const;
    expect(normalizeDate('2024', all)).to.equal('2024');
    expect(normalizeDate('2024-q1', all)).to.equal('2024-Q1');
    expect(normalizeDate('2024-03', all)).to.equal('2024-03');
    expect(normalizeDate('2024-W09', all)).to.equal('2024-W09');
    expect(normalizeDate(2024, all)).to.equal('2024');
    expect(normalizeDate('2024-03', ['date', 'local', 'instant'])).to.equal(undefined);
  });

  it('rejects ambiguous, impossible and free-text dates instead of guessing', () => {
    for (const bad of [
      '03/04/2024',
      '1 Maret 2024',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-03-32',
      '2024-03-01T25:00',
      '2024-Q5',
      '2024-W54',
      'Mar 1, 2024',
      '',
      '2024-03-01T10:00:00+7',
      '20240301',
    ])
      expect(
        normalizeDate(bad, ['date', 'local', 'instant', 'year', 'quarter', 'month', 'week']),
        bad,
      ).to.equal(undefined);
    expect(normalizeDate(new Date(NaN))).to.equal(undefined);
  });

  it('reads an offset timestamp as the right instant', () => {
    const p = newDateParts();
    expect(parseDateInto('2010-04-14T06:37:38-08:00', p)).to.equal(true);
    expect(p.kind).to.equal('instant');
    expect(p.ms).to.equal(Date.UTC(2010, 3, 14, 14, 37, 38));
    parseDateInto('2024-03-01T10:00:00.5Z', p);
    expect(p.ms).to.equal(Date.UTC(2024, 2, 1, 10, 0, 0, 500));
  });
});

describe('calendar arithmetic', () => {
  it('round-trips day numbers over four centuries', () => {
    for (let d = daysFromCivil(1900, 1, 1); d < daysFromCivil(2300, 1, 1); d += 17) {
      const [y, m, day] = civilFromDays(d);
      expect(daysFromCivil(y, m, day)).to.equal(d);
      const js = new Date(d * 86400000);
      expect([y, m, day]).to.deep.equal([js.getUTCFullYear(), js.getUTCMonth() + 1, js.getUTCDate()]);
    }
  });

  it('numbers ISO weeks by the Thursday rule', () => {
    // 2021-01-03 (a Sunday) belongs to 2020-W53; 2024-12-30 (a Monday) to 2025-W01.
    expect(isoWeekOfIndex(Math.floor((daysFromCivil(2021, 1, 3) + 3) / 7))).to.deep.equal([2020, 53]);
    expect(isoWeekOfIndex(Math.floor((daysFromCivil(2024, 12, 30) + 3) / 7))).to.deep.equal([2025, 1]);
    expect(Number.isNaN(weekIndexOfIso(2021, 53))).to.equal(true);
    expect(isoWeekOfIndex(weekIndexOfIso(2020, 53))).to.deep.equal([2020, 53]);
  });
});

describe('time zones', () => {
  it('puts a late-evening UTC timestamp on the next day in Jakarta', () => {
    const ms = Date.UTC(2024, 2, 31, 20);
    expect(zoneOffset(ms, 'Asia/Jakarta')).to.equal(7 * 3600000);
    expect(civilFromDays(localDay(ms, 'Asia/Jakarta'))).to.deep.equal([2024, 4, 1]);
    expect(civilFromDays(localDay(ms, 'UTC'))).to.deep.equal([2024, 3, 31]);
    expect(civilFromDays(localDay(ms, 'Asia/Jayapura'))).to.deep.equal([2024, 4, 1]);
  });

  it('follows daylight-saving changes within a day', () => {
    // New York springs forward at 07:00 UTC on 2024-03-10.
    expect(zoneOffset(Date.UTC(2024, 2, 10, 6, 59), 'America/New_York')).to.equal(-5 * 3600000);
    expect(zoneOffset(Date.UTC(2024, 2, 10, 7, 1), 'America/New_York')).to.equal(-4 * 3600000);
  });

  it('property: the calendar day of any instant matches Intl, in zones with and without DST', () => {
    const zones = [
      'Asia/Jakarta',
      'Asia/Jayapura',
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/Sao_Paulo',
      'Africa/Casablanca',
    ];
    const formats = new Map(
      zones.map((z) => [
        z,
        new Intl.DateTimeFormat('en-US', { timeZone: z, year: 'numeric', month: 'numeric', day: 'numeric' }),
      ]),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const parts = formats.get(zone)!.formatToParts(ms);
          const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
          expect(civilFromDays(localDay(ms, zone)), `${new Date(ms).toISOString()} ${zone}`).to.deep.equal([
            get('year'),
            get('month'),
            get('day'),
          ]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('throws for an unknown zone', () => {
    expect(() => zoneOffset(0, 'Mars/Olympus')).to.throw(RangeError);
  });
});
