import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { aggregateByPeriod } from '../../../src/data/aggregate/period-table.js';
import { CsvAggregator } from '../../../src/data/aggregate/csv-aggregator.js';
import { CsvByteAggregator } from '../../../src/data/aggregate/csv-byte-aggregator.js';
import { CsvByteParser } from '../../../src/data/formats/csv/csv-bytes.js';
import { aggregateChunks, streamInto } from '../../../src/data/aggregate/stream.js';
import { parseCSV } from '../../../src/data/formats/csv/csv-table.js';
import { CsvParser, type Delimiter } from '../../../src/data/formats/csv/csv.js';
import { parseDateBytes } from '../../../src/time/date-bytes.js';
import { newDateParts, parseDateInto } from '../../../src/time/dates.js';
import { DataError } from '../../../src/data/errors.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** `bytes` cut at `cuts` (any byte, also inside a character). */
function pieces(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const c of [...at, bytes.length]) {
    out.push(bytes.subarray(from, c));
    from = c;
  }
  return out;
}

function byteRecords(chunks: Uint8Array[], o: { delimiter?: Delimiter; need?: number } = {}): string[][] {
  const out: string[][] = [];
  const p = new CsvByteParser(
    (r) => out.push(Array.from({ length: r.count }, (_, i) => r.field(i)!)),
    o.delimiter,
  );
  if (o.need) p.need = o.need;
  for (const c of chunks) p.push(c);
  p.end();
  return out;
}

function textRecords(text: string, delimiter?: Delimiter): string[][] {
  const out: string[][] = [];
  const p = new CsvParser((f) => out.push([...f]), delimiter);
  p.push(text);
  p.end();
  return out;
}

/** The records, or the error a parser threw: a file both parsers reject must be rejected alike. */
function outcome(read: () => string[][]): string[][] | string {
  try {
    return read();
  } catch (e) {
    return (e as Error).message;
  }
}

// Fields with multi-byte characters (2, 3 and 4 bytes), quotes, delimiters and line breaks.
const field = fc.oneof(
  fc.string({ maxLength: 6, unit: fc.constantFrom('a', 'é', '€', '😀', ' ', '1', '-', 'Z', '\u00a0') }),
  fc.constantFrom('"', '""', ',', ';', '\t', '\n', '\r\n', 'a"b', ' ', '', 'Dinas Pekerjaan Umum'),
);
const quote = (f: string, d: string) =>
  f.includes('"') || f.includes(d) || /[\r\n]/.test(f) || f.trim() === '' ? `"${f.replace(/"/g, '""')}"` : f;

describe('CSV read from bytes', () => {
  it('property: the same records as the text parser, however the bytes are split', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.constantFrom(',', ';', '\t'),
        fc.record({ crlf: fc.boolean(), bom: fc.boolean(), blank: fc.boolean(), lastNewline: fc.boolean() }),
        (rows, cuts, d, o) => {
          const nl = o.crlf ? '\r\n' : '\n';
          const lines = rows.map((r) => r.map((f) => quote(f, d)).join(d));
          if (o.blank) lines.splice(1, 0, '', '   ', '\u00a0 ');
          const text = lines.join(nl) + (o.lastNewline ? nl : '');
          const bytes = utf8((o.bom ? '\uFEFF' : '') + text);
          const expected = textRecords(text, d as Delimiter);
          expect(byteRecords([bytes], { delimiter: d as Delimiter })).to.deep.equal(expected);
          expect(byteRecords(pieces(bytes, cuts), { delimiter: d as Delimiter })).to.deep.equal(expected);
          // Undeclared, the delimiter is detected from the header as the text parser does.
          expect(outcome(() => byteRecords(pieces(bytes, cuts)))).to.deep.equal(
            outcome(() => textRecords(text)),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('property: split only as far as asked, the fields asked for are the same', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (rows, need, cuts) => {
          const text = rows.map((r) => r.map((f) => quote(f, ',')).join(',')).join('\n') + '\n';
          const all = textRecords(text, ',');
          const some = byteRecords(pieces(utf8(text), cuts), { delimiter: ',', need });
          expect(some.length).to.equal(all.length);
          some.forEach((r, i) => {
            expect(r.length).to.be.at.least(Math.min(need, all[i]!.length));
            expect(r.slice(0, need)).to.deep.equal(all[i]!.slice(0, Math.min(need, r.length)));
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('decodes malformed UTF-8 as U+FFFD, like the stream decoder', () => {
    const bytes = new Uint8Array([...utf8('a,b\n'), 0xe2, 0x82, ...utf8(',x'), 0xff, ...utf8('\n')]);
    const text = new TextDecoder().decode(bytes);
    expect(byteRecords(pieces(bytes, [5]))).to.deep.equal(textRecords(text));
    expect(byteRecords([bytes])[1]).to.deep.equal(['\ufffd', 'x\ufffd']);
  });

  it('keeps a U+FEFF inside the data, dropping only the one that starts the file', () => {
    const bytes = utf8('\uFEFFa,b\n\uFEFFx,y\n');
    expect(byteRecords(pieces(bytes, [1, 2]))).to.deep.equal([
      ['a', 'b'],
      ['\uFEFFx', 'y'],
    ]);
  });

  it('reports an unclosed quote', () => {
    expect(() => byteRecords([utf8('a,b\n1,"open\n')])).to.throw(DataError, /record 2 .*never closed/);
  });
});

describe('dates read from bytes', () => {
  const digits = (n: number) =>
    fc.string({ minLength: n, maxLength: n, unit: fc.constantFrom(...'0123456789') });
  const dateText = fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.constantFrom('', 'T', ' ', 't', 'x'),
        fc.tuple(
          fc.integer({ min: 0, max: 25 }),
          fc.integer({ min: 0, max: 61 }),
          fc.integer({ min: 0, max: 61 }),
        ),
        fc.constantFrom('', ':ss', '.5', ',250'),
        fc.constantFrom(
          '',
          'Z',
          'z',
          '+07:00',
          '-08:00',
          '+0700',
          '+07',
          '+15:00',
          '+07:60',
          '+7',
          '-0530',
          ' ',
        ),
      )
      .map(([y, m, d, sep, [h, mi, s], sec, zone]) => {
        const p = (n: number) => String(n).padStart(2, '0');
        const date = `${y}-${p(m)}-${p(d)}`;
        if (!sep) return date;
        return `${date}${sep}${p(h)}:${p(mi)}${sec === ':ss' ? `:${p(s)}` : sec}${zone}`;
      }),
    fc.tuple(digits(4), fc.constantFrom('', '-03', '-Q1', '-W09', '-03-01', '-3-1')).map(([a, b]) => a + b),
    fc.string({ maxLength: 30, unit: fc.constantFrom(...'0123456789-:T+Z .') }),
  );

  it('property: whenever the byte reader answers, it answers as parseDateInto does', () => {
    fc.assert(
      fc.property(dateText, fc.constantFrom('', ' ', 'x,'), (text, around) => {
        const bytes = utf8(`${around}${text}${around}`);
        const [s, e] = [around.length, around.length + text.length];
        const fast = newDateParts();
        const slow = newDateParts();
        if (!parseDateBytes(bytes, s, e, fast)) return;
        expect(parseDateInto(text, slow), text).to.equal(true);
        expect(fast.kind, text).to.equal(slow.kind);
        expect([fast.y, fast.m, fast.d], text).to.deep.equal([slow.y, slow.m, slow.d]);
        if (fast.kind !== 'date') expect(fast.ms, text).to.equal(slow.ms);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the common forms itself', () => {
    const read = (t: string) => parseDateBytes(utf8(t), 0, t.length, newDateParts());
    for (const t of [
      '2024-03-01',
      '2024-03-01T10:00',
      '2024-03-01 10:00:05',
      '2024-03-01T10:00:00+07:00',
      '2024-03-01T03:00:00Z',
    ])
      expect(read(t), t).to.equal(true);
  });
});

describe('CsvByteAggregator and CsvAggregator', () => {
  const series = [
    'Jalan rusak',
    ' Jalan rusak ',
    'Sampah menumpuk',
    'Air PDAM mati',
    'Perizinan usaha 🏗',
    'Pungutan liar ⚠',
    '',
  ];
  const dates = [
    '2024-01-31T23:30:00+07:00',
    '2024-01-31T17:30:00Z',
    '2024-02-01 00:10:00',
    '2024-02-29',
    ' 2024-03-01 ',
    '2024-03-01T10:00:00.5+07:00',
    '2024-03',
    '31/03/2024',
    '',
  ];
  const row = fc.record({
    date: fc.constantFrom(...dates),
    series: fc.constantFrom(...series),
    id: fc.nat(),
  });

  it('property: counts what aggregateByPeriod counts from the parsed rows, however the bytes arrive', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.constantFrom('month', 'day', 'week', 'quarter') as fc.Arbitrary<
          'month' | 'day' | 'week' | 'quarter'
        >,
        async (rows, cuts, period) => {
          const text =
            'id,requested_datetime,service_name\r\n' +
            rows.map((r) => `${r.id},${r.date},${quote(r.series, ',')}`).join('\r\n');
          const expected = aggregateByPeriod(parseCSV(text).rows, {
            period,
            date: (r) => r.requested_datetime,
            series: (r) => r.service_name,
          });
          const plan = { period, series: 'service_name' };
          async function* chunks() {
            yield* pieces(utf8(text), cuts);
          }
          try {
            const got = await aggregateChunks(chunks(), plan);
            expect(got.table).to.deep.equal(expected);
            expect(got.rowCount).to.equal(rows.length);
          } catch (e) {
            expect((e as DataError).code).to.equal('no-rows');
            expect(expected.periods).to.deep.equal([]);
          }
          const fromText = new CsvAggregator(plan);
          fromText.push(text);
          if (expected.periods.length) expect(fromText.end().table).to.deep.equal(expected);
          // The main thread's text reader fed the same bytes: characters split across chunks.
          if (expected.periods.length)
            expect((await streamInto(new CsvAggregator(plan), chunks())).table).to.deep.equal(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts a series column with more distinct values than it remembers', () => {
    const agg = new CsvByteAggregator({ period: 'year', date: 'tahun', series: 'kode' });
    const lines = Array.from({ length: 6000 }, (_, i) => `2024,k${i % 5000}`);
    agg.pushBytes(utf8(`tahun,kode\n${lines.join('\n')}\n`));
    const t = agg.end().table;
    expect(t.series).to.have.length(5000);
    expect(t.total).to.equal(6000);
    expect(t.values[t.series.indexOf('k0')]).to.deep.equal([2]);
    expect(t.values[t.series.indexOf('k4999')]).to.deep.equal([1]);
  });

  it('joins a surrogate pair split across text chunks', () => {
    const agg = new CsvByteAggregator({ period: 'year', date: 'tahun', series: 'k' });
    const text = 'tahun,k\n2024,😀\n';
    const cut = text.indexOf('😀') + 1;
    agg.push(text.slice(0, cut));
    agg.push(text.slice(cut));
    expect(agg.end().table.series).to.deep.equal(['😀']);
  });
});
