import { expect } from '@open-wc/testing';
import { derive } from '../../../src/elements/shared/derive.js';

describe('derive', () => {
  it('is computed once for the same inputs, again when one of them changes', () => {
    let runs = 0;
    const d = derive((a: number, b: object) => (runs++, { a, b }));
    const b = {};
    const first = d(1, b);
    expect(d(1, b)).to.equal(first);
    expect(runs).to.equal(1);
    expect(d(2, b)).to.not.equal(first);
    expect(d(2, {})).to.deep.equal({ a: 2, b: {} });
    expect(runs).to.equal(3);
  });

  it('compares inputs rebuilt on every read through its key', () => {
    let runs = 0;
    const d = derive(
      (o: { x: number; y: string }) => (runs++, o.x),
      (o) => [o.x, o.y],
    );
    d({ x: 1, y: 'a' });
    d({ x: 1, y: 'a' });
    expect(runs).to.equal(1);
    d({ x: 1, y: 'b' });
    expect(runs).to.equal(2);
  });

  it('computes again after a compute that threw', () => {
    let runs = 0;
    const d = derive((fail: boolean) => {
      runs++;
      if (fail) throw new Error('no');
      return runs;
    });
    expect(() => d(true)).to.throw('no');
    expect(() => d(true)).to.throw('no');
    expect(d(false)).to.equal(3);
    expect(d(false)).to.equal(3);
  });

  it('tells inputs of different lengths apart', () => {
    let runs = 0;
    const d = derive((..._xs: (number | undefined)[]) => ++runs);
    d(1, 2);
    d(1);
    d(1, undefined);
    expect(runs).to.equal(3);
  });
});
