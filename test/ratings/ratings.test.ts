import { expect } from '@open-wc/testing';
import { bandForScore, classify, legendRows } from '../../src/ratings/classify.js';
import { parseCategory, parseOpinion, parseZone, roundScore } from '../../src/ratings/rating-text.js';
import { SCHEMES, schemeForYear, zoneOnlyBands } from '../../src/ratings/schemes.js';
import { chooseScale } from '../../src/ratings/scale.js';

const s2021 = SCHEMES['ombudsman-2021'];
const s2022 = SCHEMES['ombudsman-2022'];
const s2025 = SCHEMES['ombudsman-2025'];

describe('ratings as the Ombudsman and the press write them', () => {
  it('reads zones with their prefix, in any case and in both languages', () => {
    const zones = ['Zona Hijau', 'ZONA KUNING', 'zona merah', 'Zonasi Hijau', 'hijau', 'Green zone', 'RED'];
    expect(zones.map(parseZone)).to.deep.equal([
      'hijau',
      'kuning',
      'merah',
      'hijau',
      'hijau',
      'hijau',
      'merah',
    ]);
    // Up to 2021 a zone was named by its compliance level.
    expect(
      ['Kepatuhan Tinggi', 'kepatuhan sedang', 'KEPATUHAN RENDAH', 'high compliance'].map(parseZone),
    ).to.deep.equal(['hijau', 'kuning', 'merah', 'hijau']);
  });

  it('reads categories as letters, "Kategori A" and the category phrases A–E', () => {
    expect(['Kategori A', 'b', 'Nilai C', 'kategori d', 'E'].map(parseCategory)).to.deep.equal([
      'A',
      'B',
      'C',
      'D',
      'E',
    ]);
    const phrases = [
      'Kualitas Tertinggi',
      'kualitas tinggi',
      'KUALITAS SEDANG',
      'Kualitas Rendah',
      'kualitas terendah',
    ];
    expect(phrases.map(parseCategory)).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
    expect(['highest quality', 'low quality'].map(parseCategory)).to.deep.equal(['A', 'D']);
  });

  it('never half-reads a text it does not fully understand, nor one that contradicts itself', () => {
    for (const v of [
      'Zona Biru',
      'F',
      'Kategori B kualitas sedang',
      'Zona Hijau Kualitas Rendah',
      'tinggi sekali',
      '',
      42,
    ])
      expect([parseZone(v), parseCategory(v)], String(v)).to.deep.equal([undefined, undefined]);
    // A 2025 opinion is not a 2022–2024 category.
    expect(parseCategory('Kualitas Tertinggi Tanpa Maladministrasi')).to.equal(undefined);
  });

  it('keeps an opinion as published, tidied, when a scale can read it', () => {
    expect(parseOpinion('  Opini Kualitas Tertinggi   Tanpa Maladministrasi ')).to.equal(
      'Opini Kualitas Tertinggi Tanpa Maladministrasi',
    );
    expect(parseOpinion('Wajar Tanpa Pengecualian')).to.equal(undefined);
  });
});

describe('classifying published ratings', () => {
  it('reads the zone an opinion names on the zone scale (up to 2021)', () => {
    expect(classify({ opinion: 'Kualitas Tinggi' }, s2021)).to.deep.include({ source: 'opinion' });
    expect(classify({ opinion: 'Kualitas Tinggi' }, s2021)?.band.id).to.equal('hijau');
    expect(classify({ opinion: 'Kepatuhan Rendah' }, s2021)?.band.id).to.equal('merah');
  });

  it('reads the category an opinion names (2022–2024)', () => {
    expect(classify({ opinion: 'Kualitas Tinggi' }, s2022)).to.deep.include({ source: 'opinion' });
    expect(classify({ opinion: 'Kualitas Tinggi' }, s2022)?.band.id).to.equal('B');
  });

  it('settles the category a published zone leaves open by the opinion, the score or the zone, and says which', () => {
    const c = (r: Parameters<typeof classify>[0]) => {
      const x = classify(r, s2022);
      return [x?.band.id, x?.source, x?.settledBy];
    };
    expect(c({ zone: 'kuning', opinion: 'kualitas sedang' })).to.deep.equal(['C', 'zone', 'opinion']);
    expect(c({ zone: 'hijau', score: 86.61 })).to.deep.equal(['B', 'zone', 'score']);
    expect(c({ zone: 'merah', score: 51.15 })).to.deep.equal(['D', 'zone', 'score']);
    expect(c({ zone: 'kuning' })).to.deep.equal(['C', 'zone', 'zone']);
    // A score outside the published zone settles nothing: the zone wins, the category stays open.
    expect(c({ zone: 'hijau', score: 60 })).to.deep.equal(['zone-hijau', 'zone', undefined]);
    expect(c({ zone: 'hijau', opinion: 'kualitas sedang', score: 90 })).to.deep.equal(['A', 'zone', 'score']);
    expect(c({ zone: 'hijau' })).to.deep.equal(['zone-hijau', 'zone', undefined]);
  });

  it('colours 2025 opinions by the 2025 scale and never turns a 2025 score into a category', () => {
    expect(classify({ opinion: 'Opini Kualitas Tertinggi Tanpa Maladministrasi' }, s2025)?.band.id).to.equal(
      'tertinggi-tm',
    );
    expect(classify({ opinion: 'Kualitas Sedang' }, s2025)?.band.id).to.equal('sedang');
    expect(classify({ score: 95 }, s2025)).to.equal(undefined);
    expect(classify({ score: 95, zone: 'hijau' }, s2025)?.band.id).to.equal('zone-hijau');
    expect(s2025.bands).to.have.length(10);
    expect(s2025.bands.every((b) => b.min === undefined)).to.equal(true);
    // Every band and zone-only band of a scale is told apart by pattern, not colour alone.
    for (const s of [s2021, s2022, s2025]) {
      const patterns = [...s.bands, ...zoneOnlyBands(s)].map((b) => b.pattern);
      expect(new Set(patterns).size, s.id).to.equal(patterns.length);
    }
    // A scale that cannot tell "tanpa maladministrasi" apart does not read such an opinion.
    expect(classify({ opinion: 'Kualitas Tinggi Tanpa Maladministrasi' }, s2022)).to.equal(undefined);
  });

  it('lists 2025 zone-only bands under the 2025 scale when used', () => {
    const rows = legendRows(s2025, [classify({ zone: 'merah' }, s2025)]);
    expect(rows.at(-1)!.band.label.id).to.equal('Zona merah (tanpa opini)');
  });

  it('rounds a score to two decimals, as shown, before classifying', () => {
    expect([80.995, 87.995, 77.994, 1.005, 53.995, 100].map(roundScore)).to.deep.equal([
      81, 88, 77.99, 1.01, 54, 100,
    ]);
    expect(bandForScore(s2021, 80.995)?.id).to.equal('hijau');
    expect(bandForScore(s2022, 87.995)?.id).to.equal('A');
    expect(bandForScore(s2022, 53.995)?.id).to.equal('C');
    expect(bandForScore(s2022, 77.994)?.id).to.equal('C');
  });
});

describe('which scale applies', () => {
  it('ties each year to one entry of the registry', () => {
    expect([2019, 2021, 2022, 2024, 2025, 2031].map(schemeForYear)).to.deep.equal([
      'ombudsman-2021',
      'ombudsman-2021',
      'ombudsman-2022',
      'ombudsman-2022',
      'ombudsman-2025',
      'ombudsman-2025',
    ]);
  });

  it('ignores a scheme name that is only an object property (constructor, toString)', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const r = chooseScale({ scheme: name as never }, 2023, []);
      expect([r.scheme.id, r.by], name).to.deep.equal(['ombudsman-2022', 'year']);
    }
  });

  it('says when it assumed the 2022–2024 scale for data without a year', () => {
    const r = chooseScale({}, undefined, [{ row: 1, code: '71', score: 90 }]);
    expect([r.scheme.id, r.by]).to.deep.equal(['ombudsman-2022', 'assumed']);
    expect(chooseScale({}, 2023, []).by).to.equal('year');
    expect(chooseScale({ scheme: 'ombudsman-2021' }, undefined, []).by).to.equal('scheme');
  });

  it('takes the 2025 scale for data without a year whose opinions only it can read', () => {
    const rows = [
      { row: 1, code: '15', opinion: 'Opini Kualitas Tertinggi Tanpa Maladministrasi' },
      { row: 2, code: '81', opinion: 'Kualitas Rendah' },
    ];
    const r = chooseScale({}, undefined, rows);
    expect([r.scheme.id, r.by]).to.deep.equal(['ombudsman-2025', 'opinions']);
    expect(chooseScale({}, undefined, [rows[1]!]).by).to.equal('assumed');
  });
});
