import { expect } from '@open-wc/testing';
import { tickIndices, tickStride, valueTicks, wholeValued } from '../../src/charts/ticks.js';
import { trendLayout } from '../../src/charts/trend-layout.js';
import { periodLabel, tickLabel } from '../../src/charts/period-label.js';

const months = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const m = from + i;
    return `${2020 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });

describe('charts/ticks and period labels', () => {
  it('labels every period when there is room', () => {
    expect(tickStride(12, 1200, 30, 'month')).to.equal(1);
  });

  it('thins month ticks to a natural stride on a phone', () => {
    const s = tickStride(48, 300, 30, 'month');
    expect([6, 12]).to.include(s);
  });

  it('starts thinned month ticks on a calendar boundary', () => {
    const keys = months(1, 24); // Feb 2020 ...
    const idx = tickIndices(keys, 'month', 3);
    expect(keys[idx[0]]).to.equal('2020-04');
    expect(idx[1] - idx[0]).to.equal(3);
  });

  it('keeps multiples of the largest stride for very long axes', () => {
    expect(tickStride(100_000, 300, 40, 'day') % 28).to.equal(0);
  });

  it('abbreviates months in the reader language and shows the year only where it changes', () => {
    expect(tickLabel('2024-08', undefined, 'month', 'id')).to.deep.equal(['Agu', '2024']);
    expect(tickLabel('2024-10', '2024-08', 'month', 'en')).to.deep.equal(['Oct', '']);
    expect(tickLabel('2025-01', '2024-10', 'month', 'en')).to.deep.equal(['Jan', '2025']);
  });

  it('writes each period kind in both languages', () => {
    expect(periodLabel('2024', 'year', 'id')).to.equal('2024');
    expect(periodLabel('2024-Q1', 'quarter', 'id')).to.equal('Triwulan I 2024');
    expect(periodLabel('2024-Q4', 'quarter', 'id', 'short')).to.equal('Tw IV 2024');
    expect(periodLabel('2024-W09', 'week', 'id')).to.equal('Minggu ke-9 2024');
    expect(periodLabel('2024-W09', 'week', 'id', 'short')).to.equal('Mg 9 2024');
    expect(periodLabel('2024-Q1', 'quarter', 'en')).to.equal('Q1 2024');
    expect(periodLabel('2024-03', 'month', 'id')).to.equal('Maret 2024');
    expect(periodLabel('2024-W09', 'week', 'en')).to.equal('Week 9, 2024');
    expect(periodLabel('2024-03-01', 'day', 'id', 'short')).to.equal('1 Mar 2024');
  });

  it('puts only whole ticks on an axis of counts: never 0,2 complaints', () => {
    const table = {
      period: 'month' as const,
      periods: ['2024-01', '2024-02', '2024-03'],
      series: ['a'],
      values: [[0, 1, 1]],
      total: 2,
    };
    const l = trendLayout(table, { mode: 'line', visible: [true], width: 360, height: 288, lang: 'id' });
    expect(l.yTicks.map((t) => t.label)).to.deep.equal(['0', '1']);
    expect(valueTicks([0, 0.5, 1, 1.5, 2], true)).to.deep.equal([0, 1, 2]);
  });

  it('keeps fractional ticks for values that are not counts', () => {
    expect(wholeValued([[0.5, 1]])).to.equal(false);
    expect(wholeValued([[0, NaN, 3]])).to.equal(true);
    const table = {
      period: 'year' as const,
      periods: ['2023', '2024'],
      series: ['a'],
      values: [[0.2, 0.9]],
      total: 1.1,
    };
    const l = trendLayout(table, { mode: 'line', visible: [true], width: 360, height: 288, lang: 'id' });
    expect(l.yTicks.length).to.be.greaterThan(2);
  });
});
