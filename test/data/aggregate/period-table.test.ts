import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  aggregateByPeriod,
  periodKey,
  periodSequence,
  resolutionStats,
  type Period,
} from '../../../src/data/aggregate/period-table.js';
import { indexOfKey } from '../../../src/time/periods.js';

const PERIODS: Period[] = ['day', 'week', 'month', 'quarter', 'year'];

describe('period keys', () => {
  it('names each kind of period', () => {
    const d = { year: 2024, month: 3, day: 1 };
    expect(PERIODS.map((p) => periodKey(d, p))).to.deep.equal([
      '2024-03-01',
      '2024-W09',
      '2024-03',
      '2024-Q1',
      '2024',
    ]);
    expect(periodKey({ year: 2021, month: 1, day: 3 }, 'week')).to.equal('2020-W53');
  });

  it('lists contiguous periods, inclusive, across year ends', () => {
    expect(periodSequence('2023-11', '2024-02', 'month')).to.deep.equal([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
    expect(periodSequence('2020-W52', '2021-W01', 'week')).to.deep.equal([
      '2020-W52',
      '2020-W53',
      '2021-W01',
    ]);
    expect(periodSequence('2023-Q4', '2024-Q1', 'quarter')).to.deep.equal(['2023-Q4', '2024-Q1']);
    expect(periodSequence('2024-02-28', '2024-03-01', 'day')).to.deep.equal([
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(() => periodSequence('2024-03', '2024-04', 'day')).to.throw(RangeError);
  });
});

describe('aggregateByPeriod', () => {
  it('counts on the Jakarta calendar by default, zero-filling gaps', () => {
    const rows = [
      { d: '2024-03-31T20:00:00Z', s: 'jalan' }, // 1 April in Jakarta
      { d: '2024-01-15', s: 'air' },
      { d: '2024-01-20 08:00:00', s: 'jalan' },
    ];
    const t = aggregateByPeriod(rows, { period: 'month', date: (r) => r.d, series: (r) => r.s });
    expect(t.periods).to.deep.equal(['2024-01', '2024-02', '2024-03', '2024-04']);
    expect(t.series).to.deep.equal(['jalan', 'air']);
    expect(t.values).to.deep.equal([
      [1, 0, 0, 1],
      [1, 0, 0, 0],
    ]);
    expect(t.total).to.equal(3);
    const utc = aggregateByPeriod(rows, { period: 'month', date: (r) => r.d, timeZone: 'UTC' });
    expect(utc.periods).to.deep.equal(['2024-01', '2024-02', '2024-03']);
  });

  it('sums values, and counts unreadable records as skipped rather than guessing', () => {
    const rows = [
      { year: 2023, count: '8452' },
      { year: '2024', count: 10846 },
      { year: '03/04/2024', count: 5 },
      { year: '2024', count: 'banyak' },
    ];
    const t = aggregateByPeriod(rows, { period: 'year', date: (r) => r.year, value: (r) => r.count });
    expect(t.periods).to.deep.equal(['2023', '2024']);
    expect(t.values).to.deep.equal([[8452, 10846]]);
    expect(t.skipped).to.equal(2);
  });

  it('does not count a month-level value in a daily table', () => {
    const t = aggregateByPeriod([{ d: '2024-03' }, { d: '2024-03-02' }], { period: 'day', date: (r) => r.d });
    expect(t.total).to.equal(1);
    expect(t.skipped).to.equal(1);
  });

  const record = fc.record({
    date: fc.oneof(
      fc
        .date({
          min: new Date('2019-01-01T00:00:00Z'),
          max: new Date('2026-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10)),
      fc
        .date({
          min: new Date('2019-01-01T00:00:00Z'),
          max: new Date('2026-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString()),
      fc.constantFrom('bukan tanggal', '31/12/2024'),
    ),
    series: fc.constantFrom('jalan', 'air', 'sampah', ''),
    value: fc.integer({ min: 0, max: 1000 }),
  });

  it('property: groups sum to the total, no record is counted twice, periods are contiguous', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 60 }),
        fc.constantFrom(...PERIODS),
        fc.constantFrom('Asia/Jakarta', 'UTC', 'America/New_York'),
        (rows, period, timeZone) => {
          const t = aggregateByPeriod(rows, {
            period,
            timeZone,
            date: (r) => r.date,
            series: (r) => r.series,
            value: (r) => r.value,
          });
          const counted = aggregateByPeriod(rows, {
            period,
            timeZone,
            date: (r) => r.date,
            series: (r) => r.series,
          });
          const cells = t.values.flat().reduce((a, b) => a + b, 0);
          expect(cells).to.equal(t.total);
          // Every record is counted once or skipped once, never both, never twice.
          expect(counted.total + (counted.skipped ?? 0)).to.equal(rows.length);
          const perPeriod = t.periods.map((_, p) => t.values.reduce((a, row) => a + row[p]!, 0));
          const perSeries = t.values.map((row) => row.reduce((a, b) => a + b, 0));
          expect(perPeriod.reduce((a, b) => a + b, 0)).to.equal(t.total);
          expect(perSeries.reduce((a, b) => a + b, 0)).to.equal(t.total);
          const idx = t.periods.map((k) => indexOfKey(k, period));
          idx.forEach((v, i) => i > 0 && expect(v - idx[i - 1]!).to.equal(1));
          if (t.periods.length)
            expect(t.periods).to.deep.equal(periodSequence(t.periods[0]!, t.periods.at(-1)!, period));
          expect(new Set(t.series).size).to.equal(t.series.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('property: a coarser period sums the finer ones', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), (rows) => {
        const by = (period: Period) =>
          aggregateByPeriod(rows, { period, date: (r) => r.date, value: (r) => r.value });
        const months = by('month');
        const years = by('year');
        for (const [p, key] of years.periods.entries()) {
          const inYear = months.periods.map((m, i) => (m.startsWith(key) ? i : -1)).filter((i) => i >= 0);
          const sum = inYear.reduce((a, i) => a + (months.values[0]?.[i] ?? 0), 0);
          expect(sum).to.equal(years.values[0]![p]);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('resolutionStats', () => {
  const rows = [
    {
      opened: '2024-03-01T08:00:00+07:00',
      closed: '2024-03-02T08:00:00+07:00',
      expected: '2024-03-03T08:00:00+07:00',
    },
    {
      opened: '2024-03-01T08:00:00+07:00',
      closed: '2024-03-05T08:00:00+07:00',
      expected: '2024-03-03T08:00:00+07:00',
    },
    { opened: '2024-03-01', closed: '2024-03-04', expected: '' },
    { opened: '2024-03-01', closed: '' },
    { opened: 'kemarin', closed: '2024-03-04' },
    { opened: '2024-03-05', closed: '2024-03-01' },
  ];

  it('measures median and p90 days, counting open and unreadable records apart', () => {
    const s = resolutionStats(rows, { opened: 'opened', closed: 'closed', expected: 'expected' });
    expect(s.count).to.equal(3);
    expect(s.medianDays).to.equal(3);
    expect(s.p90Days).to.be.closeTo(3.8, 1e-9);
    expect(s.open).to.equal(1);
    expect(s.skipped).to.equal(2);
  });

  it('judges on time against the promised date, else the time limit', () => {
    const promised = resolutionStats(rows, { opened: 'opened', closed: 'closed', expected: 'expected' });
    expect([promised.onTimeCount, promised.judged]).to.deep.equal([1, 2]);
    expect(promised.onTimeRate).to.equal(0.5);
    const limited = resolutionStats(rows, {
      opened: (r) => r.opened,
      closed: (r) => r.closed,
      expected: 'expected',
      limitDays: 3,
    });
    expect([limited.onTimeCount, limited.judged]).to.deep.equal([2, 3]);
    const none = resolutionStats(rows, { opened: 'opened', closed: 'closed' });
    expect(none.onTimeRate).to.equal(undefined);
  });

  it('has no median when nothing was resolved', () => {
    const s = resolutionStats([{ a: '2024-01-01', b: '' }], { opened: 'a', closed: 'b' });
    expect(s.medianDays).to.equal(undefined);
    expect(s.count).to.equal(0);
  });
});
