import { expect } from '@open-wc/testing';
import { DataError } from '../../../src/data/errors.js';
import { parseNumber } from '../../../src/data/validate/numbers.js';
import {
  readCode,
  readDate,
  readEnum,
  readNumber,
  readString,
  validateRows,
  type Row,
  type RowContext,
} from '../../../src/data/validate/schema.js';
import { validateStats } from '../../../src/data/validate/schemas/stat.js';

const schema = (row: Row, ctx: RowContext) => {
  const date = readDate(row, ['date', 'requested_datetime'], ctx, { required: true });
  const count = readNumber(row, 'count', ctx, { required: true, min: 0 });
  const zone = readEnum(row, 'zone', ctx, ['hijau', 'kuning', 'merah'] as const, {
    aliases: { green: 'hijau' },
  });
  const code = readCode(row, 'code', ctx, { pattern: /^\d{2}(\.\d{2})?$/, example: '63.01' });
  const name = readString(row, 'name', ctx);
  return date && count !== undefined ? { date, count, zone, code, name } : undefined;
};

describe('numbers', () => {
  it('reads plain numerals without a locale and refuses thousands separators', () => {
    expect(parseNumber('1234.5')).to.equal(1234.5);
    expect(parseNumber(' -3 ')).to.equal(-3);
    expect(parseNumber(42)).to.equal(42);
    expect(parseNumber('1.234,5')).to.be.NaN;
    expect(parseNumber('1,5')).to.be.NaN;
    expect(parseNumber('')).to.be.NaN;
    expect(parseNumber(Infinity)).to.be.NaN;
  });

  it('refuses numerals too large for a number instead of reading Infinity', () => {
    expect(parseNumber('1e309')).to.be.NaN;
    expect(parseNumber('-1e309')).to.be.NaN;
    expect(parseNumber('9'.repeat(400))).to.be.NaN;
    expect(parseNumber('9'.repeat(400), 'en')).to.be.NaN;
    expect(parseNumber('1e308')).to.equal(1e308);
  });

  it('reads Indonesian numbers only when the locale says so', () => {
    expect(parseNumber('1.234,5', 'id')).to.equal(1234.5);
    expect(parseNumber('1.234', 'id')).to.equal(1234);
    expect(parseNumber('10.846', 'id')).to.equal(10846);
    expect(parseNumber('28,3', 'id')).to.equal(28.3);
    expect(parseNumber('98.15', 'id')).to.be.NaN;
    expect(parseNumber('1,234.5', 'en')).to.equal(1234.5);
  });
});

describe('validateRows', () => {
  it('keeps good rows and reports each bad one with row, field, value and expectation', () => {
    const r = validateRows(
      [
        { date: '2024-03-01', count: '12', zone: 'Hijau', code: '63.01', name: ' Banjar ' },
        { requested_datetime: '2010-04-14T06:37:38-08:00', count: 3, zone: 'green' },
        { date: '03/04/2024', count: 1 },
        { date: '2024-03-02', count: '' },
        { date: '2024-03-03', count: '5', zone: 'ungu' },
        { date: '2024-03-04', count: 5, code: '6301' },
        'not a row',
      ],
      schema,
    );
    expect(r.rowCount).to.equal(7);
    expect(r.value.map((v) => v.date)).to.deep.equal(['2024-03-01', '2010-04-14T06:37:38-08:00']);
    expect(r.value[0]).to.deep.include({ zone: 'hijau', name: 'Banjar', count: 12 });
    expect(r.value[1]!.zone).to.equal('hijau');
    expect(r.issues.map((i) => [i.row, i.field, i.value])).to.deep.equal([
      [3, 'date', '03/04/2024'],
      [4, 'count', ''],
      [5, 'zone', 'ungu'],
      [6, 'code', '6301'],
      [7, '', 'not a row'],
    ]);
    expect(r.issues[0]!.expected).to.match(/2024-03-01/);
    expect(r.issues[1]!.expected).to.match(/required/);
    expect(r.issues[3]!.expected).to.equal('a code like 63.01');
  });

  it('reads Indonesian numbers when the dataset states the locale', () => {
    const r = validateRows([{ date: '2024-01-01', count: '1.234' }], schema, { locale: 'id' });
    expect(r.value[0]!.count).to.equal(1234);
  });

  it('fails with no-rows, naming the first problem, when every row is bad', () => {
    try {
      validateRows([{ date: 'kemarin', count: 1 }], schema);
      expect.fail('should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(DataError);
      expect((e as DataError).code).to.equal('no-rows');
      expect((e as DataError).message).to.match(/row 1, field "date": "kemarin"/);
      expect((e as DataError).info.issues).to.have.length(1);
    }
    expect(() => validateRows([], schema)).to.throw(DataError, /no rows/);
  });

  it('fails with shape when the input is not a list', () => {
    try {
      validateRows({ help: 'x', result: {} }, schema);
      expect.fail('should throw');
    } catch (e) {
      expect((e as DataError).code).to.equal('shape');
      expect((e as DataError).message).to.match(/keys help, result/);
    }
  });

  it('truncates long values in issues to 80 characters', () => {
    const r = validateRows(
      [
        { date: 'x'.repeat(200), count: 1 },
        { date: '2024-01-01', count: 1 },
      ],
      schema,
    );
    expect(r.issues[0]!.value.length).to.equal(80);
  });
});

describe('stat schema', () => {
  it('accepts one object or a list, and reports a non-http source link', () => {
    expect(
      validateStats({
        value: 10846,
        previous: '8452',
        label: 'Laporan',
        period: '2024',
        sourceUrl: 'https://ombudsman.go.id',
      }).value,
    ).to.deep.equal([
      {
        value: 10846,
        previous: 8452,
        label: 'Laporan',
        period: '2024',
        sourceUrl: 'https://ombudsman.go.id',
      },
    ]);
    const r = validateStats([
      { value: 1, source_url: 'javascript:alert(1)' },
      { value: '2', updated: '2024-Q1' },
    ]);
    expect(r.value).to.deep.equal([{ value: 2, updated: '2024-Q1' }]);
    expect(r.issues[0]).to.deep.include({ row: 1, field: 'sourceUrl' });
  });
});
