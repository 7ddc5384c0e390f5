import { expect } from '@open-wc/testing';
import { linearScale } from '../../src/charts/linear.js';

describe('linearScale', () => {
  it('extends the domain to nice bounds and maps it onto the range', () => {
    const y = linearScale([0, 10846], [300, 10], 5);
    expect(y.domain).to.deep.equal([0, 12000]);
    expect(y(0)).to.equal(300);
    expect(y(12000)).to.equal(10);
    expect(y(6000)).to.equal(155);
  });

  it('gives round ticks inside the domain', () => {
    const y = linearScale([0, 0.93], [100, 0], 4);
    expect(y.ticks(4)).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('maps a flat domain to the start of the range instead of NaN', () => {
    const y = linearScale([5, 5], [100, 0]);
    expect(y(5)).to.equal(100);
  });
});
