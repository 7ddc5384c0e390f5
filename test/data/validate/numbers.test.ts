import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { aggregateByPeriod } from '../../../src/data/aggregate/period-table.js';
import { CsvAggregator } from '../../../src/data/aggregate/csv-aggregator.js';
import { CsvByteAggregator } from '../../../src/data/aggregate/csv-byte-aggregator.js';
import { inferReading } from '../../../src/data/validate/number-reading.js';
import { numberEvidence, parseNumber } from '../../../src/data/validate/numbers.js';
import { parseText } from '../../../src/data/registry.js';
import '../../../src/data/formats/csv/index.js';
import { readNumber, validateRows, type Row, type RowContext } from '../../../src/data/validate/schema.js';
import { validateStats } from '../../../src/data/validate/schemas/stat.js';
import { isPlaceholder } from '../../../src/data/validate/schemas/service-standard-numbers.js';

const fixture = async (name: string) => (await fetch(`/test/fixtures/real-id/${name}`)).text();
const column = (values: unknown[]) => values.map((v) => ({ v }));
const readV = (row: Row, ctx: RowContext) => readNumber(row, 'v', ctx, { required: true });
const readColumn = (values: unknown[], o?: Parameters<typeof validateRows>[2]) =>
  validateRows(column(values), readV, o);

describe('numbers as Indonesian and English files write them', () => {
  it('tells what one value says about its column', () => {
    expect(['68,52', '1.234,5', '1.234.567', '0,5', '0,123'].map(numberEvidence)).to.deep.equal(
      Array(5).fill('id'),
    );
    expect(['98.15', '1,234.5', '1,234,567', '0.5', '0.123'].map(numberEvidence)).to.deep.equal(
      Array(5).fill('en'),
    );
    expect(['10.846', '1,234'].map(numberEvidence)).to.deep.equal(['either', 'either']);
    expect(['1234', '-3', 'abc', '', 12.5].map(numberEvidence)).to.deep.equal(Array(5).fill('none'));
  });

  it('never reads a leading-zero group as thousands', () => {
    expect(parseNumber('0.123', 'id')).to.be.NaN;
    expect(parseNumber('0,123', 'en')).to.be.NaN;
  });

  it('reads 10.846 as ten thousand when a decimal comma elsewhere in the column settles Indonesian', () => {
    const r = readColumn(['10.846', '68,52', '3']);
    expect(r.value).to.deep.equal([10846, 68.52, 3]);
    expect(r.notes).to.equal(undefined);
  });

  it('reads 1,234 as a thousands group when 1,234.5 elsewhere settles English', () => {
    expect(readColumn(['1,234', '1,234.5']).value).to.deep.equal([1234, 1234.5]);
  });

  it('takes the fallback reading of a value that reads two ways, and says so naming number-locale', () => {
    const id = readColumn(['10.846', '8.452']);
    expect(id.value).to.deep.equal([10846, 8452]);
    expect(id.notes).to.have.length(1);
    expect(id.notes![0]).to.include({ code: 'number-locale-assumed', field: 'v' });
    expect(id.notes![0]!.params).to.include({ example: '10.846', value: 10846, locale: 'id' });
    expect(id.notes![0]!.message).to.contain('number-locale');
    const en = readColumn(['10.846'], { fallbackLocale: 'en' });
    expect(en.value).to.deep.equal([10.846]);
    expect(en.notes![0]!.params).to.include({ locale: 'en', value: 10.846 });
  });

  it('reads a stated locale without a note, and says which attribute reads what it rejects', () => {
    const r = readColumn(['10.846', '68,52'], { locale: 'en' });
    expect(r.value).to.deep.equal([10.846]);
    expect(r.notes).to.equal(undefined);
    expect(r.issues[0]).to.include({ row: 2, code: 'number' });
    expect(r.issues[0]!.params).to.include({ locale: 'en', other: 68.52 });
    expect(r.issues[0]!.expected).to.contain('number-locale="id"');
  });

  it('keeps every row of a column that writes numbers both ways, and says so', () => {
    const r = readColumn(['1.234,5', '2.345,5', '98.15']);
    expect(r.value).to.deep.equal([1234.5, 2345.5, 98.15]);
    expect(r.issues).to.deep.equal([]);
    expect(r.notes![0]).to.include({ code: 'number-locale-mixed' });
  });

  it('reads a ;-separated file as Indonesian (a spreadsheet saved in Indonesian)', async () => {
    const rows = parseText(await fixture('statistik-excel.csv'), 'csv').data;
    const r = validateStats(rows);
    expect(r.value.map((d) => [d.value, d.previous])).to.deep.equal([
      [10846, 8452],
      [68.52, 70.1],
      [1250000.5, undefined],
    ]);
    expect(r.issues).to.deep.equal([]);
    expect(r.notes).to.equal(undefined);
  });

  it('reads an ambiguous comma-separated file the fallback way with a note, or as stated by load options', async () => {
    const text = await fixture('statistik-ambigu.csv');
    const r = validateStats(parseText(text, 'csv').data);
    expect(r.value[0]).to.include({ value: 10846, previous: 8452 });
    expect(r.notes!.map((n) => n.field)).to.deep.equal(['value', 'previous']);
    const en = validateStats(parseText(text, 'csv', { numberLocale: 'en' }).data);
    expect(en.value[0]).to.include({ value: 10.846, previous: 8.452 });
    expect(en.notes).to.equal(undefined);
  });

  it('describes a rejected number as a code and English text', () => {
    const r = readColumn(['abc', '2']);
    expect(r.issues[0]).to.deep.include({ code: 'number', expected: 'a number like 1234.5 or 1.234,5' });
  });
});

describe('numbers written by Intl read back exactly under inference', () => {
  const write = (locale: string, n: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
  const cents = fc.integer({ min: -1e11, max: 1e11 }).map((c) => c / 100);

  for (const [lang, intl] of [
    ['id', 'id-ID'],
    ['en', 'en-US'],
  ] as const) {
    it(`${intl}: any column, with the page language ${lang}`, () => {
      fc.assert(
        fc.property(fc.array(cents, { minLength: 1, maxLength: 30 }), (ns) => {
          const r = readColumn(
            ns.map((n) => write(intl, n)),
            { fallbackLocale: lang },
          );
          expect(r.value).to.deep.equal(ns.map((n) => n + 0));
        }),
      );
    });

    it(`${intl}: a column with one value that settles it, whatever the page language`, () => {
      const settling = lang === 'id' ? 1234.5 : 1234.5;
      fc.assert(
        fc.property(
          fc.array(cents, { maxLength: 30 }),
          fc.constantFrom<'id' | 'en'>('id', 'en'),
          (ns, page) => {
            const all = [settling, ...ns];
            const r = readColumn(
              all.map((n) => write(intl, n)),
              { fallbackLocale: page },
            );
            expect(r.value).to.deep.equal(all.map((n) => n + 0));
            expect(inferReading(all.map((n) => write(intl, n))).locale).to.equal(lang);
          },
        ),
      );
    });
  }
});

describe('streamed CSV sums read numbers the same way as rows', () => {
  const csv = 'date;jumlah\n2024-01-05;10.846\n2024-01-20;1.204\n2024-02-03;68,5\n';
  for (const [name, make] of [
    ['text', (p: ConstructorParameters<typeof CsvAggregator>[0]) => new CsvAggregator(p)],
    ['bytes (worker)', (p: ConstructorParameters<typeof CsvAggregator>[0]) => new CsvByteAggregator(p)],
  ] as const) {
    it(`${name}: a ;-file and an ambiguous column`, () => {
      const a = make({ period: 'month', value: 'jumlah' });
      a.push(csv);
      const r = a.end();
      expect(r.table.values).to.deep.equal([[12050, 68.5]]);
      expect(r.notes).to.equal(undefined);
      const b = make({ period: 'month', value: 'jumlah' });
      b.push(csv.replace(/;/g, ',').replace('68,5', '"68,5"'));
      expect(b.end().table.values).to.deep.equal([[12050, 68.5]]);
      const c = make({ period: 'month', value: 'v' });
      c.push('date,v\n2024-01-05,10.846\n2024-01-20,1.204\n');
      const rc = c.end();
      expect(rc.table.values).to.deep.equal([[12050]]);
      expect(rc.notes![0]).to.include({ code: 'number-locale-assumed', field: 'v' });
      const d = make({ period: 'month', value: 'v', fallbackLocale: 'en' });
      d.push('date,v\n2024-01-05,10.846\n2024-01-20,1.204\n');
      expect(d.end().table.values[0]![0]).to.be.closeTo(12.05, 1e-9);
    });
  }

  it('aggregateByPeriod infers from all the values too', () => {
    const t = aggregateByPeriod(
      [
        { d: '2024-01-01', v: '10.846' },
        { d: '2024-01-02', v: '0,5' },
      ],
      { period: 'month', date: (r) => r.d, value: (r) => r.v },
    );
    expect(t.values).to.deep.equal([[10846.5]]);
  });
});

describe('a CKAN datastore answer with numbers as text', () => {
  it('reads "10.846" as Indonesian with a note, and its timestamp as Jakarta wall time', async () => {
    await import('../../../src/data/formats/ckan/index.js');
    const { formatDate } = await import('../../../src/i18n/numbers-and-dates.js');
    const rows = parseText(await fixture('statistik-ckan.json'), 'auto').data;
    const r = validateStats(rows);
    expect(r.value[0]).to.include({ value: 10846, updated: '2024-12-31T20:00:00' });
    expect(r.notes![0]).to.include({ code: 'number-locale-assumed', field: 'value' });
    expect(formatDate(r.value[0]!.updated!, 'id')).to.equal('31 Desember 2024');
  });
});

describe('"not published" placeholders in a service standard', () => {
  it('reads the words offices write for nothing, however much punctuation surrounds them', () => {
    const yes = ['-', '—', '...', 'Tidak ada', 'N/A', 'belum  tersedia.', ` Tidak ${'-'.repeat(300)} ada `];
    for (const v of [...yes, '-'.repeat(5000)]) expect(isPlaceholder(v), v.slice(0, 40)).to.equal(true);
    const no = ['Gratis', 'Tidak ada biaya', '7 hari kerja', 'KTP-el asli dan fotokopi Kartu Keluarga'];
    for (const v of [...no, `${'ada '.repeat(2000)}`])
      expect(isPlaceholder(v), v.slice(0, 40)).to.equal(false);
  });

  it('finds a placeholder word inside any punctuation, and no longer text', () => {
    const words = ['tidak ada', 'belum ada', 'N/A', 'na', 'tidak tersedia', 'belum diisi', 'kosong', 'TBD'];
    const punct = fc.string({ unit: fc.constantFrom('-', '.', ' ', '/', '—', '…', '*', '_'), maxLength: 60 });
    fc.assert(fc.property(punct, fc.constantFrom(...words), punct, (a, w, b) => isPlaceholder(a + w + b)));
    fc.assert(
      fc.property(
        punct,
        fc.constantFrom(...words),
        fc.string({ unit: fc.constantFrom('a', 'b', '1'), minLength: 1 }),
        (a, w, extra) => !isPlaceholder(a + w + ' ' + extra),
      ),
    );
  });
});
