import { expect } from '@open-wc/testing';
import { validateCompliance } from '../../../src/data/validate/schemas/compliance.js';
import { expectedIn } from '../../../src/i18n/data-text.js';
import { fixtureCsv } from '../../geo/fixtures.js';

describe('validateCompliance: ratings as published', () => {
  it('reads zones, categories and opinions of a 2022 table as the press writes them', async () => {
    const rows = await fixtureCsv('real-id/ratings-2022-published.csv');
    const { value, issues } = validateCompliance(rows);
    expect(issues).to.deep.equal([]);
    expect(value).to.have.length(10);
    expect(value.map((r) => r.zone)).to.deep.equal([
      'hijau',
      'hijau',
      'hijau',
      'hijau',
      'hijau',
      'kuning',
      'kuning',
      'hijau',
      'merah',
      'merah',
    ]);
    expect(value.map((r) => r.category ?? '')).to.deep.equal(['A', 'A', 'A', 'A', '', 'C', '', '', '', 'D']);
    expect(value[1]).to.include({ name: 'Bali', code: '51', year: 2022, opinion: 'KUALITAS TERTINGGI' });
  });

  it('reads the opinion column under its common names, headers in any case', () => {
    const read = (row: Record<string, unknown>) =>
      validateCompliance([{ kode: '63', ...row }]).value[0]!.opinion;
    expect(read({ Opini: 'Kualitas Tinggi' })).to.equal('Kualitas Tinggi');
    expect(read({ opinion: 'high quality' })).to.equal('high quality');
    expect(read({ PREDIKAT: 'Kepatuhan Tinggi' })).to.equal('Kepatuhan Tinggi');
    expect(read({ 'Opini Ombudsman': 'Kualitas Sedang' })).to.equal('Kualitas Sedang');
    const named = validateCompliance([{ kode: '63', nilai: 90, pendapat: 'x' }], { opinion: 'pendapat' });
    expect(named.value[0]!.unread![0]).to.include({ field: 'pendapat', value: 'x' });
  });

  it('keeps a row whose zone, category or opinion is readable when its score is not, and says which value it ignored', () => {
    const { value, issues, rowCount } = validateCompliance([
      { kode: '63', nilai: '68,5,2', zona: 'Zona Kuning' },
      { kode: '64', nilai: 'n/a', opini: 'Kualitas Tinggi' },
      { kode: '65', nilai: 'tinggi' },
    ]);
    expect(rowCount).to.equal(3);
    expect(value.map((r) => r.code)).to.deep.equal(['63', '64']);
    expect(value[0]).to.include({ zone: 'kuning' });
    expect(value[0]!.score).to.equal(undefined);
    expect(value[0]!.unread!.map((i) => [i.row, i.field, i.value])).to.deep.equal([[1, 'nilai', '68,5,2']]);
    // A row with nothing readable to show is still left out, as before.
    expect(issues.map((i) => [i.row, i.field])).to.deep.equal([[3, 'nilai']]);
  });

  it('reports the field under the name the source wrote', () => {
    const { value } = validateCompliance([{ Kode: '63', 'Nilai Kepatuhan': 'x', Zonasi: 'Hijau' }]);
    expect(value[0]!.unread![0]).to.include({ field: 'Nilai Kepatuhan', value: 'x' });
    expect(value[0]).to.include({ zone: 'hijau' });
  });

  it('reads a zone or category column holding another rating ("Kepatuhan Tinggi" under Kategori) as the opinion', () => {
    const { value } = validateCompliance([
      { kode: '63', kategori: 'Kepatuhan Tinggi', tahun: 2021 },
      { kode: '64', zona: 'Kualitas Tinggi' },
      { kode: '65', nilai: 70, kategori: 'Kepatuhan Sedang', opini: 'Kualitas Sedang' },
    ]);
    expect(value[0]).to.include({ opinion: 'Kepatuhan Tinggi' });
    expect(value[0]!.category).to.equal(undefined);
    expect(value[1]).to.include({ opinion: 'Kualitas Tinggi' });
    // With an opinion of its own, the row's other rating is not taken for one: it is reported.
    expect(value[2]).to.include({ opinion: 'Kualitas Sedang' });
    expect(value[2]!.unread!.map((i) => [i.field, i.value])).to.deep.equal([
      ['kategori', 'Kepatuhan Sedang'],
    ]);
  });

  it('says in the page language what a row without a region lacks', () => {
    const { issues } = validateCompliance([{ kode: '63', nilai: 80 }, { nilai: 70 }]);
    const texts = issues.map((i) => [i.row, expectedIn(i, 'id'), expectedIn(i, 'en')]);
    expect(texts).to.deep.equal([[2, 'kode atau nama wilayah', 'a region code or name']]);
  });
});
