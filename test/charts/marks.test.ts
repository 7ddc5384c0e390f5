import { expect } from '@open-wc/testing';
import { markOf, type MarkInput } from '../../src/charts/marks/index.js';

const values = [
  [1, 2, NaN],
  [3, 4, 5],
];
const input = (visible = [true, true]): MarkInput => ({
  values,
  visible,
  count: 3,
  left: 0,
  step: 100,
  bottom: 100,
  y: (v) => 100 - v * 10,
});

describe('charts/marks', () => {
  it('says which modes stack', () => {
    expect(['line', 'area', 'bars', 'grouped'].map((m) => markOf(m).stacked)).to.deep.equal([
      false,
      true,
      true,
      false,
    ]);
  });

  it('puts a stacked point on top of the series below it, and none where its value is missing', () => {
    for (const mode of ['area', 'bars']) {
      const [a, b] = markOf(mode).draw(input());
      expect([a.y(0), a.y(1)]).to.deep.equal([90, 80]);
      expect([b.y(0), b.y(2)]).to.deep.equal([60, 50]);
      expect(a.y(2)).to.be.NaN;
    }
  });

  it('puts an unstacked point at its own value', () => {
    for (const mode of ['line', 'grouped']) {
      const [, b] = markOf(mode).draw(input());
      expect(b.y(0)).to.equal(70);
    }
  });

  it('draws only the visible series, each once, in order', () => {
    for (const mode of ['line', 'area', 'bars', 'grouped']) {
      expect(
        markOf(mode)
          .draw(input([false, true]))
          .map((d) => d.series),
      ).to.deep.equal([1]);
      for (const d of markOf(mode).draw(input())) expect(d.d).to.match(/^M/);
    }
  });

  it('paints lines with a dash and markers per series, and the other modes as fills', () => {
    const [a, b] = markOf('line').draw(input());
    expect(a.dash).to.equal('');
    expect(b.dash).not.to.equal('');
    expect(b.marks).to.match(/^M/);
    expect(['area', 'bars', 'grouped'].map((m) => markOf(m).paint)).to.deep.equal(['fill', 'fill', 'fill']);
  });

  it('draws lines for an unknown mode, the default', () => {
    expect(markOf('pie')).to.equal(markOf('line'));
    expect(markOf('toString')).to.equal(markOf('line'));
  });
});
