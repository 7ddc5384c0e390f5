import { expect } from '@open-wc/testing';
import { classify, legendRows } from '../../src/ratings/classify.js';
import {
  DEFAULT_SCHEME,
  SCHEMES,
  schemeForYear,
  zoneOnlyBands,
  type Scheme,
} from '../../src/ratings/schemes.js';

// What every entry of the registry promises, so a new scale is checked by adding it.
const entries = Object.entries(SCHEMES) as [string, Scheme][];
const ranged = (s: Scheme) => s.bands.filter((b) => b.min !== undefined && b.max !== undefined);

describe('the registry of rating schemes', () => {
  it('keys each entry by its own id', () => {
    for (const [key, s] of entries) expect(s.id, key).to.equal(key);
  });

  it('names every scale, band and open zone in Indonesian and English', () => {
    for (const [key, s] of entries) {
      const texts = [s.name, ...(s.open ? [s.open] : []), ...s.bands.map((b) => b.label)];
      for (const t of texts)
        expect(t.id && t.en, `${key}: ${JSON.stringify(t)}`).to.be.a('string').and.not.empty;
    }
  });

  it('gives each band of a scale its own id and pattern, none of the zone-only bands’', () => {
    for (const [key, s] of entries) {
      const all = [...s.bands, ...zoneOnlyBands(s)];
      expect(new Set(all.map((b) => b.id)).size, key).to.equal(all.length);
      expect(new Set(all.map((b) => b.pattern)).size, key).to.equal(all.length);
    }
  });

  it('lists score ranges best first, within 0–100, without overlaps or gaps wider than 0.01', () => {
    for (const [key, s] of entries) {
      const bands = ranged(s);
      bands.forEach((b, i) => {
        expect(b.min! <= b.max! && b.min! >= 0 && b.max! <= 100, `${key} ${b.id}`).to.be.true;
        const next = bands[i + 1];
        if (next) expect(Math.round((b.min! - next.max!) * 100), `${key} ${b.id}`).to.equal(1);
      });
    }
  });

  it('lists the entries in year order', () => {
    const from = entries.map(([, s]) => s.years?.from ?? -Infinity);
    expect(from).to.deep.equal([...from].sort((a, b) => a - b));
  });

  it('ties every year to exactly one scale', () => {
    for (let year = 1990; year <= 2040; year++) {
      const hits = entries.filter(
        ([, s]) => (s.years?.from ?? -Infinity) <= year && year <= (s.years?.to ?? Infinity),
      );
      expect(hits.length, String(year)).to.equal(1);
      expect(schemeForYear(year)).to.equal(hits[0]![0]);
    }
  });

  it('assumes, for data without a year, the latest scale with score ranges', () => {
    const latest = entries
      .filter(([, s]) => ranged(s).length)
      .sort(([, a], [, b]) => (a.years?.from ?? -Infinity) - (b.years?.from ?? -Infinity))
      .at(-1)![0];
    expect(DEFAULT_SCHEME).to.equal(latest);
    expect(schemeForYear(undefined)).to.equal(DEFAULT_SCHEME);
  });

  it('classifies a score on a scale with ranges, and never on a scale of opinions', () => {
    for (const [key, s] of entries) {
      const found = classify({ score: 90 }, s);
      expect(found?.source, key).to.equal(ranged(s).length ? 'score' : undefined);
      expect(legendRows(s, [found]).length, key).to.equal(s.bands.length);
    }
  });
});
