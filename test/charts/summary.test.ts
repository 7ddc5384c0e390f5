import { expect } from '@open-wc/testing';
import { change } from '../../src/charts/summary.js';

describe('charts/summary', () => {
  it('has no relative change from zero or into overflow', () => {
    expect(change(0, 5)).to.equal(undefined);
    expect(change(-4, -2)).to.equal(0.5);
    expect(change(1e-308, 1e308)).to.equal(undefined);
  });
});
