import { expect } from '@open-wc/testing';
import { DataError } from '../../../src/data/errors.js';
import { clearCache } from '../../../src/data/net/fetch.js';
import { load } from '../../../src/data/load.js';
import { formatFromUrl, parseText } from '../../../src/data/registry.js';
import { readNumber, validateRows } from '../../../src/data/validate/schema.js';
import '../../../src/data/formats/all.js';

const F = '/test/fixtures';

function thrown(run: () => unknown): DataError {
  try {
    run();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('NDJSON (JSON Lines)', () => {
  beforeEach(() => clearCache());

  it('is named by a .ndjson or .jsonl path, never by a .json one', () => {
    expect(formatFromUrl('/exports/complaints.ndjson')).to.equal('ndjson');
    expect(formatFromUrl('/exports/complaints.JSONL')).to.equal('ndjson');
    expect(formatFromUrl('/exports/complaints.json')).to.equal(undefined);
  });

  it('reads one row per line by URL, skipping blank lines', async () => {
    const r = await load(`${F}/ndjson/complaints.ndjson`);
    expect(r.format).to.equal('ndjson');
    expect(r.data).to.have.length(3);
    expect((r.data as Record<string, unknown>[])[1]).to.deep.equal({
      date: '2024-01-20',
      category: 'Sampah',
      count: '12',
    });
  });

  it('reads numbers written as text by the column, as rows of a JSON array', async () => {
    const r = await load(`${F}/ndjson/complaints.ndjson`, { numberLocale: 'id' });
    const v = validateRows(r.data, (row, ctx) => readNumber(row, 'count', ctx));
    expect(v.value).to.deep.equal([10846, 12, 7]);
  });

  it('is read from text only when the format says so: the first line alone is JSON', () => {
    const text = '{"a":1}\n{"a":2}\n';
    expect(parseText(text, 'ndjson').data).to.deep.equal([{ a: 1 }, { a: 2 }]);
    expect(thrown(() => parseText(text)).code).to.equal('parse');
  });

  it('names the line that is not JSON, or not an object', () => {
    const bad = thrown(() => parseText('{"a":1}\n{"a":\n', 'ndjson', { url: '/x.ndjson' }));
    expect(bad.code).to.equal('parse');
    expect(bad.message).to.include('Line 2 of the NDJSON data at /x.ndjson');
    const list = thrown(() => parseText('{"a":1}\n[1,2]\n', 'ndjson'));
    expect(list.code).to.equal('shape');
    expect(list.message).to.include('Line 2');
  });
});
