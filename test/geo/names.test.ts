import { expect } from '@open-wc/testing';
import { inferDefaultKind, NameIndex } from '../../src/geo/name-index.js';
import { normalizeName } from '../../src/geo/names.js';

describe('region name normalisation', () => {
  it('ignores case, diacritics, punctuation, spacing and the kabupaten prefix', () => {
    const keys = [
      'Kab. Toli-Toli',
      'Kabupaten Toli Toli',
      '  TOLI   TOLI ',
      'Tolí-tolí',
      'Pemkab Tolitoli',
    ].map((n) => normalizeName(n)?.key);
    expect(new Set(keys)).to.deep.equal(new Set(['tolitoli']));
  });

  it('keeps the kind of region apart from the name', () => {
    expect(normalizeName('Kota Administrasi Jakarta Selatan')).to.deep.equal({
      key: 'jakartaselatan',
      kind: 'kota',
    });
    expect(normalizeName('Pemerintah Kota Banjarbaru')).to.deep.equal({ key: 'banjarbaru', kind: 'kota' });
    expect(normalizeName('Provinsi Kalimantan Selatan')).to.deep.equal({
      key: 'kalimantanselatan',
      kind: 'provinsi',
    });
    expect(normalizeName('Kota')).to.deep.equal({ key: 'kota', kind: undefined });
  });

  it('spells out DI and DKI as the official list does', () => {
    expect(normalizeName('DI Yogyakarta')?.key).to.equal(normalizeName('Daerah Istimewa Yogyakarta')?.key);
    expect(normalizeName('DKI Jakarta')?.key).to.equal(normalizeName('Daerah Khusus Ibukota Jakarta')?.key);
  });

  it('tells Kota and Kabupaten Probolinggo apart and refuses a bare ambiguous name', () => {
    const index = new NameIndex(['Probolinggo', 'Kota Probolinggo', 'Asahan'], (s) => s);
    expect(index.find('Pemkot Probolinggo')).to.equal('Kota Probolinggo');
    expect(index.find('Kabupaten Probolinggo')).to.equal('Probolinggo');
    expect(index.find('Probolinggo')).to.equal('ambiguous');
    expect(index.find('Kab. Asahan')).to.equal('Asahan');
    expect(new NameIndex(['Kota Batu'], (x) => x).find('Kabupaten Batu')).to.equal(undefined);
    expect(index.find('Nowhere')).to.equal(undefined);
  });
});

describe('region kinds in the name join', () => {
  it('does not join a city to the province of the same name', () => {
    const provinces = new NameIndex(['Gorontalo', 'Bengkulu'], (s) => s, 'provinsi');
    expect(provinces.find('Kota Gorontalo')).to.equal(undefined);
    expect(provinces.find('Pemprov Gorontalo')).to.equal('Gorontalo');
    expect(provinces.find('Bengkulu')).to.equal('Bengkulu');
  });

  it('reads bare names in a regency file as kabupaten when cities carry "Kota"', () => {
    expect(inferDefaultKind(['Asahan', 'Kota Medan'])).to.equal('kabupaten');
    expect(inferDefaultKind(['Aceh', 'Bali'], 'provinsi')).to.equal('provinsi');
    expect(inferDefaultKind(['Aceh', 'Bali'])).to.equal(undefined);
  });
});
