import { expect } from '@open-wc/testing';
import { bandForScore, classify, legendRows } from '../../src/ratings/classify.js';
import { customScheme } from '../../src/ratings/custom.js';
import { parseCategory, parseZone } from '../../src/ratings/rating-text.js';
import { SCHEMES, schemeForYear } from '../../src/ratings/schemes.js';

const s2021 = SCHEMES['ombudsman-2021'];
const s2022 = SCHEMES['ombudsman-2022'];

describe('compliance schemes', () => {
  it('puts 2021 scores into zones at 81 and 51', () => {
    expect(bandForScore(s2021, 81)?.id).to.equal('hijau');
    expect(bandForScore(s2021, 80.99)?.id).to.equal('kuning');
    expect(bandForScore(s2021, 51)?.id).to.equal('kuning');
    expect(bandForScore(s2021, 50.99)?.id).to.equal('merah');
    expect(bandForScore(s2021, 0)?.id).to.equal('merah');
  });

  it('puts 2022 scores into categories A–E at 88, 78, 54 and 32', () => {
    const at = (n: number) => bandForScore(s2022, n)?.id;
    expect([100, 88, 87.99, 78, 77.99, 54, 53.99, 32, 31.99, 0].map(at)).to.deep.equal([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
      'E',
      'E',
    ]);
    expect(s2022.bands.map((b) => b.zone)).to.deep.equal(['hijau', 'hijau', 'kuning', 'merah', 'merah']);
  });

  it('shows a published zone or category over the score (79.85 hijau, 51.15 merah)', () => {
    expect(classify({ score: 51.15, zone: 'merah', category: 'D' }, s2022)).to.include({
      source: 'category',
    });
    expect(classify({ score: 79.85, zone: 'hijau' }, s2021)?.band.id).to.equal('hijau');
    expect(classify({ score: 51.15, zone: 'merah' }, s2021)?.band.id).to.equal('merah');
    expect(classify({ category: 'B' }, s2021)?.band.id).to.equal('hijau');
    expect(classify({ score: 60, zone: 'hijau' }, s2022)?.band.id).to.equal('zone-hijau');
    expect(classify({ score: 79.36 }, s2022)).to.deep.include({ source: 'score' });
    expect(classify({}, s2022)).to.equal(undefined);
  });

  it('counts regions per band and lists zone-only bands only when used', () => {
    const rows = legendRows(s2022, [
      classify({ category: 'A' }, s2022),
      classify({ zone: 'merah' }, s2022),
      undefined,
    ]);
    expect(rows.map((r) => [r.band.id, r.count])).to.deep.equal([
      ['A', 1],
      ['B', 0],
      ['C', 0],
      ['D', 0],
      ['E', 0],
      ['zone-merah', 1],
    ]);
  });

  it('ties a year to its scheme', () => {
    expect(schemeForYear(2019)).to.equal('ombudsman-2021');
    expect(schemeForYear(2021)).to.equal('ombudsman-2021');
    expect(schemeForYear(2023)).to.equal('ombudsman-2022');
  });

  it('builds custom bands from thresholds, best first, with labels and colours', () => {
    const s = customScheme([
      { min: 0, label: 'Low', color: '#c00' },
      { min: 70, label: { id: 'Baik', en: 'Good' } },
    ]);
    expect(s.bands.map((b) => [b.min, b.max, b.label.en])).to.deep.equal([
      [70, 100, 'Good'],
      [0, 69.99, 'Low'],
    ]);
    expect(s.bands[1]!.color).to.equal('#c00');
    expect(classify({ score: 75, category: 'E' }, s)?.band.label.en).to.equal('Good');
  });

  it('reads zones in both languages and categories in any case', () => {
    expect(parseZone('Green')).to.equal('hijau');
    expect(parseZone('MERAH')).to.equal('merah');
    expect(parseZone('blue')).to.equal(undefined);
    expect(parseCategory('c')).to.equal('C');
    expect(parseCategory('F')).to.equal(undefined);
  });
});
