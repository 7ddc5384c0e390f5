import { expect } from '@open-wc/testing';
import { DEFAULT_MAX_SERIES, groupSmallest } from '../../src/charts/top-series.js';
import type { PeriodTable } from '../../src/data/aggregate/period-table.js';

const table = (n: number): PeriodTable => ({
  period: 'year',
  periods: ['2023', '2024'],
  series: Array.from({ length: n }, (_, s) => `s${s}`),
  // Series s has s + 1 complaints a year, except s2, the largest, with 100.
  values: Array.from({ length: n }, (_, s) => (s === 2 ? [100, 100] : [s + 1, s + 1])),
  total: 0,
});

describe('charts/top-series: the smallest series become "Lainnya"', () => {
  it('keeps the largest limit − 1 series in their order and sums the rest per period', () => {
    const g = groupSmallest(table(13), 8, 'Lainnya');
    expect(g.series).to.deep.equal(['s2', 's7', 's8', 's9', 's10', 's11', 's12', 'Lainnya']);
    // s0, s1, s3 … s6: 1 + 2 + 4 + 5 + 6 + 7.
    expect(g.values.at(-1)).to.deep.equal([25, 25]);
    expect(g.grouped).to.deep.equal(['s0', 's1', 's3', 's4', 's5', 's6']);
    expect(g.series).to.have.length(DEFAULT_MAX_SERIES);
  });

  it('groups nothing up to the limit, or with a limit of 0', () => {
    expect(groupSmallest(table(8), 8, 'Other').series).to.have.length(8);
    expect(groupSmallest(table(13), 0, 'Other').series).to.have.length(13);
    expect(groupSmallest(table(13), 0, 'Other').grouped).to.deep.equal([]);
  });

  it('keeps a period missing when every grouped series is missing there, and folds in a series already named Lainnya', () => {
    const t: PeriodTable = {
      period: 'year',
      periods: ['2023', '2024'],
      series: ['a', 'Lainnya', 'b', 'c'],
      values: [
        [50, 50],
        [9, 9],
        [1, NaN],
        [2, NaN],
      ],
      total: 0,
    };
    const g = groupSmallest(t, 3, 'Lainnya');
    expect(g.series).to.deep.equal(['a', 'c', 'Lainnya']);
    expect(g.values[2]![0]).to.equal(10);
    expect(g.values[2]![1]).to.equal(9);
    const h = groupSmallest(
      {
        ...t,
        series: ['a', 'x', 'b', 'c'],
        values: [
          [50, 50],
          [9, 9],
          [1, NaN],
          [2, NaN],
        ],
      },
      3,
      'L',
    );
    expect(h.values[2]![1]).to.be.NaN;
  });
});
