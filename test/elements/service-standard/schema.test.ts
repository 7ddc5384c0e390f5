import { expect } from '@open-wc/testing';
import { DataError } from '../../../src/data/errors.js';
import { validateServiceCatalogue } from '../../../src/data/validate/schemas/service-standard.js';

const one = (service: Record<string, unknown>) =>
  validateServiceCatalogue({ services: [{ name: 'Layanan', ...service }] });

describe('service standard schema', () => {
  it('reads a time limit as value and unit, or as text', () => {
    expect(one({ timeLimit: { value: 14, unit: 'hari kerja' } }).value.services[0]!.timeLimit).to.deep.equal({
      value: 14,
      unit: 'hari kerja',
    });
    expect(one({ timeLimit: { value: '3', unit: 'jam' } }).value.services[0]!.timeLimit).to.deep.equal({
      value: 3,
      unit: 'jam',
    });
    expect(one({ timeLimit: 'Seketika' }).value.services[0]!.timeLimit).to.deep.equal({ text: 'Seketika' });
  });

  it('reads a fee as a number, an amount with a note, Rupiah text, or free text', () => {
    const fee = (v: unknown) => one({ fee: v }).value.services[0]!.fee;
    expect(fee(0)).to.deep.equal({ amount: 0 });
    expect(fee({ amount: 50000, note: 'per dokumen' })).to.deep.equal({ amount: 50000, note: 'per dokumen' });
    expect(fee('Rp 50.000')).to.deep.equal({ amount: 50000 });
    expect(fee('Sesuai Perda No. 3/2020')).to.deep.equal({ text: 'Sesuai Perda No. 3/2020' });
    expect(fee({ note: 'Sesuai tarif PNBP' })).to.deep.equal({ text: 'Sesuai tarif PNBP' });
  });

  it('reports a negative or unreadable fee and counts it as unpublished', () => {
    const r = one({ fee: -5, timeLimit: { value: 'x', unit: 'hari' } });
    expect(r.value.services[0]!.fee).to.equal(undefined);
    expect(r.value.services[0]!.timeLimit).to.equal(undefined);
    expect(r.issues.map((i) => i.field)).to.deep.equal(['timeLimit.value', 'fee']);
  });

  it('keeps complaint channels of known types and drops the rest with an issue', () => {
    const r = one({
      complaints: [
        { type: 'LAPOR' },
        { type: 'phone', value: '1500537' },
        { type: 'fax', value: '123' },
        { type: 'email' },
      ],
    });
    expect(r.value.services[0]!.complaints).to.deep.equal([
      { type: 'lapor' },
      { type: 'phone', value: '1500537' },
    ]);
    expect(r.issues).to.have.length(2);
  });

  it('accepts a component as one text or a list, and numbers as text', () => {
    const s = one({
      requirements: 'Kartu Keluarga',
      procedure: ['Daftar', { text: 'Rekam' }],
      staffCount: 12,
    }).value.services[0]!;
    expect(s.requirements).to.deep.equal(['Kartu Keluarga']);
    expect(s.procedure).to.deep.equal(['Daftar', 'Rekam']);
    expect(s.staffCount).to.deep.equal(['12']);
  });

  it('keeps unknown fields aside and leaves absent components undefined', () => {
    const s = one({ closedCount: 755, legalBasis: [] }).value.services[0]!;
    expect(s.extra).to.deep.equal({ closedCount: 755 });
    expect('legalBasis' in s).to.equal(false);
    expect('fee' in s).to.equal(false);
  });

  it('reads performance, turning a 0–100 on-time rate into a ratio', () => {
    const s = one({
      performance: {
        compliance: { year: '2023', score: '86,5', category: 'B' },
        satisfaction: { index: 84.2 },
        delivery: { actualDays: 19, promisedDays: 3, statistic: 'mean', onTimeRate: 71 },
      },
    }).value.services[0]!;
    expect(s.performance).to.deep.equal({
      compliance: { year: 2023, score: 86.5, category: 'B' },
      satisfaction: { index: 84.2 },
      delivery: { actualDays: 19, promisedDays: 3, statistic: 'mean', onTimeRate: 0.71 },
    });
  });

  it('accepts one service object, a catalogue, or a bare list', () => {
    expect(validateServiceCatalogue({ name: 'A' }).value.services).to.have.length(1);
    expect(validateServiceCatalogue([{ name: 'A' }, { name: 'B' }]).value.services).to.have.length(2);
  });

  it('leaves out a service without a name, reporting its position', () => {
    const r = validateServiceCatalogue({ services: [{ name: 'A' }, { id: 'x' }] });
    expect(r.value.services).to.have.length(1);
    expect(r.rowCount).to.equal(2);
    expect(r.issues[0]).to.include({ row: 2, field: 'name' });
  });

  it('throws shape for a non-service and no-rows when nothing is usable', () => {
    expect(() => validateServiceCatalogue('text'))
      .to.throw(DataError)
      .with.property('code', 'shape');
    expect(() => validateServiceCatalogue({ rows: [] }))
      .to.throw(DataError)
      .with.property('code', 'shape');
    expect(() => validateServiceCatalogue({ services: [{ id: 'x' }] }))
      .to.throw(DataError)
      .with.property('code', 'no-rows');
  });
});
