import { expect } from '@open-wc/testing';
import {
  validateServiceCatalogue,
  type ServiceStandard,
} from '../../../src/data/validate/schemas/service-standard.js';
import { formatDays, formatFee, formatTimeLimit } from '../../../src/elements/service-standard/format.js';
import {
  compareDelivery,
  completeness,
  headingLevels,
  promisedDays,
  selectService,
} from '../../../src/elements/service-standard/model.js';

const svc = (o: Record<string, unknown>): ServiceStandard =>
  validateServiceCatalogue({ name: 'X', ...o }).value.services[0]!;

describe('service standard model', () => {
  it('counts published components and names the missing ones in the law order', () => {
    const c = completeness(svc({ requirements: ['KK'], fee: 0, complaints: [{ type: 'lapor' }] }));
    expect(c.published).to.deep.equal(['requirements', 'fee', 'complaints']);
    expect(c.missing).to.have.length(11);
    expect(c.missing[0]).to.equal('legalBasis');
  });

  it('counts a free fee as published', () => {
    expect(completeness(svc({ fee: 0 })).published).to.include('fee');
  });

  it('translates common units and keeps unknown ones', () => {
    expect(formatTimeLimit({ value: 14, unit: 'hari kerja' }, 'id')).to.equal('14 hari kerja');
    expect(formatTimeLimit({ value: 14, unit: 'hari kerja' }, 'en')).to.equal('14 working days');
    expect(formatTimeLimit({ value: 1, unit: 'Hari Kerja' }, 'en')).to.equal('1 working day');
    expect(formatTimeLimit({ value: 30, unit: 'menit' }, 'en')).to.equal('30 minutes');
    expect(formatTimeLimit({ value: 2, unit: 'days' }, 'id')).to.equal('2 hari');
    expect(formatTimeLimit({ value: 2, unit: 'shift' }, 'en')).to.equal('2 shift');
    expect(formatTimeLimit({ text: 'Seketika' }, 'en')).to.equal('Seketika');
  });

  it('shows a zero fee as free and other amounts in Rupiah', () => {
    expect(formatFee({ amount: 0 }, 'id')).to.equal('Gratis');
    expect(formatFee({ amount: 0 }, 'en')).to.equal('Free');
    expect(formatFee({ amount: 50000 }, 'id')).to.equal('Rp 50.000');
    expect(formatFee({ amount: 50000 }, 'en')).to.equal('Rp 50,000');
    expect(formatFee({ text: 'Sesuai Perda' }, 'en')).to.equal('Sesuai Perda');
    expect(formatDays(6.25, 'id')).to.equal('6,3 hari');
  });

  it('reads the promise in calendar days from the time limit unless delivery gives one', () => {
    expect(promisedDays({ value: 14, unit: 'hari kerja' })).to.be.closeTo(19.6, 1e-9);
    expect(promisedDays({ value: 12, unit: 'jam' })).to.equal(0.5);
    expect(promisedDays({ value: 3, unit: 'shift' })).to.equal(undefined);
    expect(promisedDays({ text: 'Seketika' })).to.equal(undefined);
    expect(promisedDays({ value: 14, unit: 'hari' }, 3)).to.equal(3);
  });

  it('finds a broken promise and scales both bars to the longer one', () => {
    const c = compareDelivery(19, 3)!;
    expect(c.broken).to.equal(true);
    expect(c.ratio).to.be.closeTo(6.33, 0.01);
    expect(c.actualFraction).to.equal(1);
    expect(c.promisedFraction).to.be.closeTo(3 / 19, 1e-9);
    expect(compareDelivery(21, 21)!.broken).to.equal(false);
    expect(compareDelivery(undefined, 3)).to.equal(undefined);
    expect(compareDelivery(3, 0)).to.equal(undefined);
  });

  it('selects by id, then by name, the first when no key is given', () => {
    const list = [svc({ id: 'a', name: 'KTP-el' }), svc({ id: 'b', name: 'Akta Kelahiran' })];
    expect(selectService(list, 'b')!.id).to.equal('b');
    expect(selectService(list, '  akta   kelahiran ')!.id).to.equal('b');
    expect(selectService(list, null)!.id).to.equal('a');
    expect(selectService(list, 'nope')).to.equal(undefined);
  });

  it('clamps heading levels to 1–6 with sections one below', () => {
    expect(headingLevels(3)).to.deep.equal({ title: 3, section: 4 });
    expect(headingLevels(9)).to.deep.equal({ title: 6, section: 6 });
    expect(headingLevels(0)).to.deep.equal({ title: 1, section: 2 });
    expect(headingLevels('x')).to.deep.equal({ title: 2, section: 3 });
  });
});
