import { expect } from '@open-wc/testing';
import { Derived, sameInputs } from '../../../src/elements/shared/derive.js';

describe('a derived value', () => {
  it('is computed once for the same inputs, again when one of them changes', () => {
    let runs = 0;
    const d = new Derived((a: number, b: object) => (runs++, { a, b }));
    const b = {};
    const first = d.get(1, b);
    expect(d.get(1, b)).to.equal(first);
    expect(runs).to.equal(1);
    expect(d.get(2, b)).to.not.equal(first);
    expect(d.get(2, {})).to.deep.equal({ a: 2, b: {} });
    expect(runs).to.equal(3);
  });

  it('compares inputs rebuilt on every read through its key', () => {
    let runs = 0;
    const d = new Derived(
      (o: { x: number; y: string }) => (runs++, o.x),
      (o) => [o.x, o.y],
    );
    d.get({ x: 1, y: 'a' });
    d.get({ x: 1, y: 'a' });
    expect(runs).to.equal(1);
    d.get({ x: 1, y: 'b' });
    expect(runs).to.equal(2);
  });

  it('computes again after a reset, and after a compute that threw', () => {
    let runs = 0;
    const d = new Derived((fail: boolean) => {
      runs++;
      if (fail) throw new Error('no');
      return runs;
    });
    expect(() => d.get(true)).to.throw('no');
    expect(() => d.get(true)).to.throw('no');
    expect(d.get(false)).to.equal(3);
    expect(d.value).to.equal(3);
    d.reset();
    expect(d.get(false)).to.equal(4);
  });

  it('counts NaN as itself, as Lit compares properties', () => {
    expect(sameInputs([NaN, 'a'], [NaN, 'a'])).to.equal(true);
    expect(sameInputs([1], [1, 2])).to.equal(false);
    expect(sameInputs([{}], [{}])).to.equal(false);
  });
});
