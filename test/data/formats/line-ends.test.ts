import { expect } from '@open-wc/testing';
import type { AggregatedCsv } from '../../../src/data/aggregate/plan.js';
import { CsvByteParser } from '../../../src/data/formats/csv/csv-bytes.js';
import { aggregateChunks, textChunks } from '../../../src/data/aggregate/stream.js';
import { parseCSV } from '../../../src/data/formats/csv/csv-table.js';
import { crLineEnds } from '../../../src/data/formats/csv/line-ends.js';
import { load } from '../../../src/data/load.js';
import '../../../src/data/formats/all.js';

const CR_CSV = 'date,category,value\r2024-01-05,jalan,3\r2024-02-10,"air\rbersih",2\r';
const ROWS = [
  { date: '2024-01-05', category: 'jalan', value: '3' },
  { date: '2024-02-10', category: 'air\nbersih', value: '2' },
];
const utf8 = (s: string) => new TextEncoder().encode(s);

function byteRows(chunks: Uint8Array[]): string[][] {
  const out: string[][] = [];
  const p = new CsvByteParser((r) => out.push(Array.from({ length: r.count }, (_, i) => r.field(i)!)));
  for (const c of chunks) p.push(c);
  p.end();
  return out;
}

let n = 0;
const csvUrl = (rows: number) => `/__faults/complaints-csv?rows=${rows}&cr=1&key=cr${Date.now()}-${n++}`;
const plan = { period: 'month' as const, series: 'category' };

describe('CSV with old-Mac line ends (a lone CR)', () => {
  it('reads rows from text', () => {
    const t = parseCSV(CR_CSV);
    expect(t.columns).to.deep.equal(['date', 'category', 'value']);
    expect(t.rows).to.deep.equal(ROWS);
  });

  it('reads the same rows from bytes, however the chunks are cut', () => {
    const bytes = utf8(CR_CSV);
    const whole = byteRows([bytes]);
    expect(whole).to.deep.equal([['date', 'category', 'value'], ...ROWS.map((r) => Object.values(r))]);
    for (let cut = 0; cut <= bytes.length; cut++)
      expect(byteRows([bytes.subarray(0, cut), bytes.subarray(cut)]), `cut at ${cut}`).to.deep.equal(whole);
  });

  it('judges a stream by its first line end: LF and CRLF files pass through unchanged', () => {
    const f = crLineEnds();
    expect(f('a,b\r') + f('\nc,"d\re"\r\n') + f('', true)).to.equal('a,b\r\nc,"d\re"\r\n');
    const g = crLineEnds();
    expect(g('a,b') + g('\rc,d\r') + g('', true)).to.equal('a,b\nc,d\n');
    const h = crLineEnds();
    expect(h('a,b\r') + h('', true)).to.equal('a,b\n');
  });

  it('counts a streamed CR-only CSV', async () => {
    const text =
      'date,category\r' + Array.from({ length: 30 }, (_, i) => `2024-0${(i % 3) + 1}-01,jalan`).join('\r');
    const r = await aggregateChunks(textChunks(text, 7), { period: 'month', date: 'date' });
    expect(r.rowCount).to.equal(30);
    expect(r.table.total).to.equal(30);
  });

  it('loads a CR-only CSV by URL, as rows and counted in the worker', async () => {
    const rows = (await load(csvUrl(40), { format: 'csv' })).data as unknown[];
    expect(rows).to.have.length(40);
    const counted = (await load(csvUrl(3000), { format: 'csv', aggregate: plan, worker: true }))
      .data as AggregatedCsv;
    expect(counted.rowCount).to.equal(3000);
    const onMain = (await load(csvUrl(3000), { format: 'csv', aggregate: plan, worker: false }))
      .data as AggregatedCsv;
    expect(onMain.table).to.deep.equal(counted.table);
  });
});
