import { expect } from '@open-wc/testing';
import { trendPlan, validateTrend } from '../../../src/elements/complaint-trend/trend-validate.js';
import { readRecords } from '../../../src/elements/complaint-trend/trend-records.js';
import { DataError } from '../../../src/data/errors.js';

const base = { period: 'month' as const, dateField: 'date', timeZone: 'Asia/Jakarta' };

describe('complaint trend data', () => {
  it('plans a streamed count for a CSV src, by URL or by format', () => {
    expect(trendPlan('/data/laporan.csv', undefined, base)).to.deep.equal({
      period: 'month',
      date: ['date', 'requested_datetime'],
      series: undefined,
      timeZone: 'Asia/Jakarta',
      rowsIfUnfit: true,
    });
    const plan = trendPlan('/api/laporan', 'csv', {
      ...base,
      period: 'day',
      dateField: 'tanggal',
      seriesField: 'kategori',
    });
    expect(plan).to.deep.include({ period: 'day', date: 'tanggal', series: 'kategori' });
  });

  it('reads rows instead when a filter, a summed value, a measure or another format needs them', () => {
    expect(trendPlan('/data/laporan.json', undefined, base)).to.equal(undefined);
    expect(trendPlan('/data/laporan.csv', 'json', base)).to.equal(undefined);
    expect(trendPlan('/data/a.csv', undefined, { ...base, filter: 'k=v' })).to.equal(undefined);
    expect(trendPlan('/data/a.csv', undefined, { ...base, valueField: 'n' })).to.equal(undefined);
    expect(trendPlan('/data/a.csv', undefined, { ...base, measure: 'on-time' })).to.equal(undefined);
  });

  it('accepts any list of rows at load and rejects what is not a list or a table', () => {
    expect(validateTrend([1, { date: 'x' }]).value).to.deep.equal({ kind: 'rows', rows: [1, { date: 'x' }] });
    expect(() => validateTrend({ a: 1 })).to.throw(DataError, /period table/);
    expect(() => validateTrend([])).to.throw(DataError);
  });

  it('reports rows that are not objects with their own row number', () => {
    const r = readRecords([{ date: '2024-01-01' }, 'oops', { date: '2024-01-02' }], { dateField: 'date' });
    expect(r.records).to.have.length(2);
    expect(r.issues.map((i) => [i.row, i.expected])).to.deep.equal([[2, 'an object with named fields']]);
  });
});
