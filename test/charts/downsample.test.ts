import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { bandPath, barsPath, polyline, valueLine } from '../../src/charts/downsample.js';

const vertices = (d: string) => (d.match(/[ML]/g) ?? []).length;

describe('charts/downsample', () => {
  it('draws one vertex per point when points are pixels apart', () => {
    const ys = [10, 20, 30, 40];
    expect(polyline((i) => ys[i], 0, 4, 0, 10)).to.equal('M5,10L15,20L25,30L35,40');
  });

  it('keeps at most four vertices per pixel column for 100,000 points', () => {
    const n = 100_000;
    const d = polyline((i) => Math.sin(i / 50) * 100 + 200, 0, n, 0, 800 / n);
    expect(vertices(d)).to.be.at.most(4 * 801);
    expect(vertices(d)).to.be.greaterThan(800);
  });

  it('keeps a single-point spike that falls inside a pixel column', () => {
    const n = 10_000;
    const d = polyline((i) => (i === 5003 ? 0 : 100), 0, n, 0, 100 / n);
    expect(d).to.match(/,0(L|$)/);
  });

  it('breaks the line at a missing value instead of drawing it as zero', () => {
    const ys = [10, NaN, 30];
    expect(polyline((i) => ys[i], 0, 3, 0, 10)).to.equal('M5,10M25,30');
  });

  it('draws the same line from raw values as from pixel rows', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(NaN));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (row, width) => {
        const y = (v: number) => 300 - v * 5.5;
        const step = width / Math.max(1, row.length);
        const ys = (i: number) => (row[i] === row[i] ? y(row[i]) : NaN);
        expect(valueLine(row, y, 40, step)).to.equal(polyline(ys, 0, row.length, 40, step));
      }),
      { numRuns: 500 },
    );
  });

  it('closes a band from the top edge back along the bottom edge', () => {
    const d = bandPath(
      () => 10,
      () => 50,
      3,
      0,
      10,
    );
    expect(d).to.equal('M5,10L15,10L25,10L25,50L15,50L5,50Z');
  });

  it('draws wide bars as one rectangle each and merges thin bars per pixel column', () => {
    expect(
      barsPath(
        () => 10,
        () => 50,
        2,
        0,
        20,
        16,
        2,
      ),
    ).to.equal('M2,50V10h16V50ZM22,50V10h16V50Z');
    const thin = barsPath(
      (i) => 100 - (i % 7),
      () => 200,
      100_000,
      0,
      500 / 100_000,
      500 / 100_000,
    );
    expect((thin.match(/M/g) ?? []).length).to.be.at.most(501);
  });
});
