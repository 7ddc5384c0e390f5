import { expect } from '@open-wc/testing';
import { change, summaryFacts } from '../../src/charts/summary.js';

describe('charts/summary', () => {
  it('compares the last two periods with a known total and names the largest series', () => {
    const f = summaryFacts(
      [10, 20, NaN],
      [
        { name: 'a', last: 1 },
        { name: 'b', last: 3 },
      ],
    );
    expect(f).to.deep.equal({ last: 1, prev: 0, kind: 'up', change: 1, top: 'b' });
  });

  it('tells a single period, an equal total, a rise from zero and no data apart', () => {
    expect(summaryFacts([5])?.kind).to.equal('single');
    expect(summaryFacts([5, 5])?.kind).to.equal('same');
    expect(summaryFacts([0, 5])?.kind).to.equal('upFromZero');
    expect(summaryFacts([NaN, NaN])).to.equal(undefined);
  });

  it('names no largest series when there is one series or the largest is zero', () => {
    expect(summaryFacts([1, 2], [{ name: 'a', last: 2 }])?.top).to.equal(undefined);
    const zeros = [
      { name: 'a', last: 0 },
      { name: 'b', last: 0 },
    ];
    expect(summaryFacts([1, 0], zeros)?.top).to.equal(undefined);
  });

  it('has no relative change from zero or into overflow', () => {
    expect(change(0, 5)).to.equal(undefined);
    expect(change(-4, -2)).to.equal(0.5);
    expect(change(1e-308, 1e308)).to.equal(undefined);
  });
});
