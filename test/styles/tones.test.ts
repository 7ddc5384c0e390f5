import { expect } from '@open-wc/testing';
import { customScheme } from '../../src/ratings/custom.js';
import { SCHEMES, zoneOnlyBands } from '../../src/ratings/schemes.js';
import type { Tone } from '../../src/ratings/bands.js';
import { PALETTE, toneToken } from '../../src/styles/palette.js';

describe('rating tones as colour tokens', () => {
  it('draws zones, categories and custom bands in their tokens', () => {
    expect((['green', 'yellow', 'red', 'a', 'e', 1, 8] as Tone[]).map(toneToken)).to.deep.equal([
      'zone-green',
      'zone-yellow',
      'zone-red',
      'category-a',
      'category-e',
      'series-1',
      'series-8',
    ]);
  });

  it('gives every band of every scale a colour of the palette', () => {
    const custom = customScheme(Array.from({ length: 10 }, (_, i) => ({ min: i * 10, label: `${i}` })));
    for (const s of [...Object.values(SCHEMES), custom])
      for (const b of [...s.bands, ...zoneOnlyBands(s)])
        expect(PALETTE, `${s.id} ${b.id}`).to.have.property(toneToken(b.tone));
  });

  it('colours each opinion of 2025 as the category its quality level names', () => {
    const tokens = SCHEMES['ombudsman-2025'].bands.map((b) => toneToken(b.tone));
    expect(tokens.slice(0, 4)).to.deep.equal(['category-a', 'category-a', 'category-b', 'category-b']);
  });
});
