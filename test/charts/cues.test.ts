import { expect } from '@open-wc/testing';
import { cueIndex, DASHES, markerKind } from '../../src/charts/cues.js';

describe('charts/marks', () => {
  it('gives the first eight series their own cue, in order', () => {
    expect(Array.from({ length: 8 }, (_, s) => cueIndex(s))).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('never gives two of the first 64 series the same colour and cue', () => {
    const seen = new Set<string>();
    for (let s = 0; s < 64; s++) seen.add(`${s % 8}:${cueIndex(s)}`);
    expect(seen.size).to.equal(64);
  });

  it('draws the ninth series, which repeats the first colour, with another dash and marker', () => {
    expect(DASHES[cueIndex(8)]).to.not.equal(DASHES[cueIndex(0)]);
    expect(markerKind(8)).to.not.equal(markerKind(0));
  });
});
