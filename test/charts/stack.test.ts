import { expect } from '@open-wc/testing';
import { stackSeries, totals, valueMax } from '../../src/charts/stack.js';

describe('charts/stack', () => {
  const values = [
    [1, 2, 3],
    [10, NaN, 30],
    [100, 200, 300],
  ];

  it('stacks visible series in order and skips hidden ones', () => {
    const layers = stackSeries(values, [true, false, true], 3);
    expect(layers.map((l) => l.series)).to.deep.equal([0, 2]);
    expect([...layers[1].lower]).to.deep.equal([1, 2, 3]);
    expect([...layers[1].upper]).to.deep.equal([101, 202, 303]);
  });

  it('adds nothing for a missing value', () => {
    const layers = stackSeries(values, [true, true, true], 3);
    expect(layers[1].upper[1]).to.equal(2);
  });

  it('finds the stacked or single maximum and per-period totals', () => {
    expect(valueMax(values, [true, true, true], 3, true)).to.equal(333);
    expect(valueMax(values, [true, true, false], 3, false)).to.equal(30);
    expect(Array.from(totals(values, [false, true, false], 3), String)).to.deep.equal(['10', 'NaN', '30']);
  });
});
