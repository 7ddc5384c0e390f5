import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { csvParse, dsvFormat } from 'd3-dsv';
import { CsvParser, detectDelimiter } from '../../../src/data/formats/csv/csv.js';
import { parseCSV } from '../../../src/data/formats/csv/csv-table.js';
import { DataError } from '../../../src/data/errors.js';

const fixture = async (path: string) => (await fetch(`/test/fixtures/${path}`)).text();

function records(text: string, cut: number[] = [], delimiter?: ','): string[][] {
  const out: string[][] = [];
  const p = new CsvParser((f) => out.push([...f]), delimiter);
  let at = 0;
  for (const c of [...cut, text.length]) {
    p.push(text.slice(at, c));
    at = c;
  }
  p.end();
  return out;
}

describe('CSV (RFC 4180)', () => {
  it('reads quoted fields with delimiters, quotes and newlines, CRLF and a BOM', () => {
    const t = parseCSV(
      '\uFEFFname,note\r\n"Kota Banjar, Jawa Barat","kata ""cepat""\r\nbaris dua"\r\nBogor,\r\n',
    );
    expect(t.columns).to.deep.equal(['name', 'note']);
    expect(t.rows).to.deep.equal([
      { name: 'Kota Banjar, Jawa Barat', note: 'kata "cepat"\r\nbaris dua' },
      { name: 'Bogor', note: '' },
    ]);
  });

  it('detects the semicolon of spreadsheet exports', () => {
    expect(detectDelimiter('tahun;jumlah;"a,b"')).to.equal(';');
    expect(detectDelimiter('a,b;c,d')).to.equal(',');
    expect(detectDelimiter('a\tb\tc')).to.equal('\t');
    const t = parseCSV('tahun;jumlah\n2024;"1.234,5"\n');
    expect(t.delimiter).to.equal(';');
    expect(t.rows).to.deep.equal([{ tahun: '2024', jumlah: '1.234,5' }]);
  });

  it('skips blank lines, fills short rows, and keeps duplicate columns apart', () => {
    const t = parseCSV('a,a,b\n\n1,2\n\n');
    expect(t.columns).to.deep.equal(['a', 'a_2', 'b']);
    expect(t.rows).to.deep.equal([{ a: '1', a_2: '2', b: '' }]);
  });

  it('reports an unclosed quote', () => {
    expect(() => parseCSV('a,b\n1,"open\n')).to.throw(DataError, /never closed/);
  });

  it('property: the same records however the text is split into chunks', () => {
    const field = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('"', '""', ',', '\n', '\r\n', 'a"b', ' '),
    );
    const row = fc.array(field, { minLength: 1, maxLength: 4 });
    const quote = (f: string) => (/[",\r\n]/.test(f) || f.trim() === '' ? `"${f.replace(/"/g, '""')}"` : f);
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.boolean(),
        (rows, cuts, crlf) => {
          const text = rows.map((r) => r.map(quote).join(',')).join(crlf ? '\r\n' : '\n') + '\n';
          const whole = records(text, [], ',');
          expect(whole).to.deep.equal(rows);
          const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          expect(records(text, at, ',')).to.deep.equal(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  for (const path of [
    'complaints/ombudsman-ri-reports.csv',
    'compliance/ombudsman-compliance-2022.csv',
    'sla/baltimore-dpob-311-groups-sla-2024-2025.csv',
    'codes/regencies.csv',
  ]) {
    it(`reads ${path} exactly as d3-dsv does`, async () => {
      const text = await fixture(path);
      const ours = parseCSV(text);
      const theirs = csvParse(text);
      expect(ours.columns).to.deep.equal(theirs.columns);
      expect(ours.rows).to.deep.equal([...theirs]);
      for (const size of [7, 100, 4096]) {
        const cuts = Array.from({ length: Math.floor(text.length / size) }, (_, i) => (i + 1) * size);
        expect(records(text, cuts).length).to.equal(theirs.length + 1);
      }
    });
  }

  it('reads a semicolon file as d3-dsv does with the delimiter given', () => {
    const text = 'a;b\n"x;y";2\n3;"4\n5"\n';
    expect(parseCSV(text).rows).to.deep.equal([...dsvFormat(';').parse(text)]);
  });
});
