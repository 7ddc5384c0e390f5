import { expect } from '@open-wc/testing';
import {
  validateServiceCatalogue,
  type ServiceIssue,
  type ServiceStandard,
} from '../../../src/data/validate/schemas/service-standard.js';

const fixture = async (name: string): Promise<unknown> =>
  (await fetch(`/test/fixtures/real-id/${name}`)).json();

const one = (service: Record<string, unknown>) => validateServiceCatalogue({ name: 'Layanan', ...service });
const fieldsOf = (issues: readonly ServiceIssue[] | readonly { field: string }[]) =>
  issues.map((i) => i.field);

describe('service standard schema on files as Indonesian offices publish them', () => {
  it('reads the law’s Indonesian field names, in any case or separator, and a "layanan" catalogue', async () => {
    const r = validateServiceCatalogue(await fixture('card-indonesian-fields.json'));
    const s = r.value.services[0]!;
    expect(s.id).to.equal('akta-kelahiran');
    expect(s.name).to.equal('Penerbitan Akta Kelahiran');
    expect(s.provider).to.match(/^Dinas Kependudukan/);
    expect(s.unit).to.equal('Bidang Pelayanan Pencatatan Sipil');
    expect(s.legalBasis).to.have.length(2);
    expect(s.requirements).to.have.length(3);
    expect(s.procedure).to.have.length(4);
    expect(s.timeLimit).to.deep.equal({ value: 14, unit: 'hari kerja' });
    expect(s.fee).to.deep.equal({ amount: 0 });
    expect(s.product).to.deep.equal(['Kutipan Akta Kelahiran']);
    expect(s.facilities).to.have.length(3);
    expect(s.staffCompetence).to.have.length(1);
    expect(s.internalOversight).to.have.length(1);
    expect(s.staffCount).to.deep.equal(['4 orang']);
    expect(s.pledge).to.match(/^Dengan ini kami/);
  });

  it('counts "-", "Tidak ada", "N/A" and blanks as not published, without an issue', async () => {
    const r = validateServiceCatalogue(await fixture('card-indonesian-fields.json'));
    const s = r.value.services[0]!;
    expect('serviceGuarantee' in s).to.equal(false);
    expect('safetyGuarantee' in s).to.equal(false);
    expect('staffEvaluation' in s).to.equal(false);
    const blank = one({ requirements: ['-', ' ', 'Belum ada'], procedure: '', legalBasis: 'n/a' }).value
      .services[0]!;
    expect(['requirements', 'procedure', 'legalBasis'].filter((k) => k in blank)).to.deep.equal([]);
  });

  it('reports a field it does not know, keeping it aside', async () => {
    const r = validateServiceCatalogue(await fixture('card-indonesian-fields.json'));
    expect(r.value.services[0]!.extra).to.deep.equal({ nomor_sk: 'SK Kadis 12/2024' });
    const unknown = r.issues.filter((i) => (i as ServiceIssue).reason === 'unknownField');
    expect(fieldsOf(unknown)).to.deep.equal(['nomor_sk']);
  });

  it('reports a component given twice under two names, keeping the first', () => {
    const r = one({ fee: 0, biaya: 'Rp 5.000' });
    expect(r.value.services[0]!.fee).to.deep.equal({ amount: 0 });
    expect(r.issues).to.have.length(1);
    expect(r.issues[0]).to.include({ field: 'biaya', reason: 'duplicateField' });
  });

  it('reads complaint channels written as texts: e-mail, phone and LAPOR! become links, the rest stays words', async () => {
    const s = validateServiceCatalogue(await fixture('card-indonesian-fields.json')).value.services[0]!;
    expect(s.complaints).to.deep.equal([
      { type: 'lapor' },
      { type: 'email', value: 'pengaduan.dukcapil@contoh.go.id' },
      { type: 'phone', value: '(0511) 123456' },
      { type: 'other', value: 'Kotak saran di ruang tunggu' },
    ]);
    const typed = one({ pengaduan: [{ jenis: 'Telepon', nilai: '1500537' }] }).value.services[0]!;
    expect(typed.complaints).to.deep.equal([{ type: 'phone', value: '1500537' }]);
  });

  it('reads an IKM on the 1–4 scale as 25–100 (×25), keeping the published value', async () => {
    const s = validateServiceCatalogue(await fixture('card-indonesian-fields.json')).value.services[0]!;
    expect(s.performance?.satisfaction).to.deep.equal({
      year: 2024,
      index: 86.25,
      indexOnScale4: 3.45,
      grade: 'A',
    });
    expect(s.performance?.delivery).to.deep.equal({ period: '2024', actualDays: 18, statistic: 'mean' });
    const between = one({ performance: { satisfaction: { index: 12 } } });
    expect(between.value.services[0]!.performance).to.equal(undefined);
    expect(between.issues[0]).to.include({ field: 'performance.satisfaction.index', reason: 'ikmScale' });
  });

  it('reads a time limit written as text with its unit', () => {
    const limit = (v: unknown) => one({ jangka_waktu: v }).value.services[0]!.timeLimit;
    expect(limit('14 hari kerja')).to.deep.equal({ value: 14, unit: 'hari kerja' });
    expect(limit('Paling lama 3 (tiga) hari kerja')).to.deep.equal({ value: 3, unit: 'hari kerja' });
    expect(limit('60 Menit')).to.deep.equal({ value: 60, unit: 'Menit' });
    expect(limit('Seketika setelah berkas lengkap')).to.deep.equal({
      text: 'Seketika setelah berkas lengkap',
    });
  });
});

describe('service standard schema: fees and numbers as written', () => {
  let byId: Map<string, ServiceStandard>;
  let issues: ServiceIssue[];
  before(async () => {
    const r = validateServiceCatalogue(await fixture('card-numbers.json'));
    byId = new Map(r.value.services.map((s) => [s.id!, s]));
    issues = r.issues as ServiceIssue[];
  });
  const issuesOf = (row: number) => issues.filter((i) => i.row === row).map((i) => [i.field, i.reason]);

  it('reports an unreadable amount and time limit instead of leaving them silently unpublished', () => {
    expect(byId.get('abc')!.fee).to.equal(undefined);
    expect(byId.get('abc')!.timeLimit).to.equal(undefined);
    expect(issuesOf(1)).to.deep.equal([
      ['timeLimit.value', 'unreadable'],
      ['fee.amount', 'unreadable'],
    ]);
  });

  it('reports "1,234" as ambiguous rather than reading Rp 1', () => {
    expect(byId.get('comma')!.fee).to.equal(undefined);
    expect(issuesOf(2)).to.deep.equal([['fee.amount', 'ambiguous']]);
  });

  it('reports "1e-400" as unreadable, never free', () => {
    expect(byId.get('tiny')!.fee).to.equal(undefined);
    expect(issuesOf(3)).to.deep.equal([['fee.amount', 'unreadable']]);
  });

  it('reads Rupiah with dot groups and ",-", and free in words or digits', () => {
    expect(byId.get('rp')!.fee).to.deep.equal({ amount: 50000 });
    expect(byId.get('gratis')!.fee).to.deep.equal({ amount: 0 });
    expect(byId.get('zero')!.fee).to.deep.equal({ amount: 0 });
    for (const free of ['Rp 0', 'Rp. 0,00', 'GRATIS', 'Gratis.', 'tidak dipungut biaya', 0, '0'])
      expect(one({ fee: free }).value.services[0]!.fee, String(free)).to.deep.equal({ amount: 0 });
    expect(one({ fee: 'Gratis bagi peserta JKN; umum Rp 10.000' }).value.services[0]!.fee).to.deep.equal({
      text: 'Gratis bagi peserta JKN; umum Rp 10.000',
    });
  });

  it('reads a fee of "Tidak ada" as not published, and says how to write a free service', () => {
    expect(byId.get('no-fee')!.fee).to.equal(undefined);
    expect(issuesOf(7)).to.deep.equal([['biaya', 'feeNone']]);
  });

  it('reads an Indonesian decimal comma and a plain decimal point where only one reading fits', () => {
    const perf = (v: Record<string, unknown>) => one({ performance: v }).value.services[0]!.performance;
    expect(perf({ compliance: { score: '86,5' } })!.compliance!.score).to.equal(86.5);
    expect(perf({ compliance: { score: '86.500' } })!.compliance!.score).to.equal(86.5);
    const r = one({ performance: { delivery: { actualDays: '1.234' } } });
    expect(r.issues[0]).to.include({ field: 'performance.delivery.actualDays', reason: 'ambiguous' });
  });
});

describe('service standard schema: long hostile texts, the issue cap, a stated number locale', () => {
  it('reads 100 KB values built to make patterns backtrack, without hanging', () => {
    const n = 100_000;
    const hostile = [
      '0 '.repeat(n / 2) + 'x',
      '1' + ' '.repeat(n) + 'x',
      'Rp ' + '0'.repeat(n) + ' x',
      '14 ' + 'hari '.repeat(n / 5) + '!',
      'a@' + 'a.'.repeat(n / 2) + '<',
      '-'.repeat(n) + 'x',
    ];
    for (const v of hostile) {
      const r = one({ fee: v, jangka_waktu: v, pengaduan: [v], persyaratan: v, [v.slice(0, 1000)]: v });
      expect(r.value.services).to.have.length(1);
    }
  });

  it('keeps at most 1,000 issues, as every schema does', () => {
    const services = Array.from({ length: 1500 }, (_, i) => ({ name: `L${i}`, kolom_lain: i }));
    const r = validateServiceCatalogue({ services });
    expect(r.value.services).to.have.length(1500);
    expect(r.issues).to.have.length(1000);
  });

  it('reads numbers one way when the file says how it writes them (number-locale)', () => {
    const fee = (v: unknown, locale: 'id' | 'en') =>
      validateServiceCatalogue({ name: 'L', fee: { amount: v } }, { locale }).value.services[0]!.fee;
    expect(fee('1,234', 'en')).to.deep.equal({ amount: 1234 });
    expect(fee('1.234,5', 'id')).to.deep.equal({ amount: 1234.5 });
    // Rupiah has no cents in use: dot groups are thousands whichever way the file writes numbers.
    expect(fee('Rp 50.000', 'en')).to.deep.equal({ amount: 50000 });
    const r = validateServiceCatalogue(
      { name: 'L', timeLimit: { value: '2,5', unit: 'hari' } },
      { locale: 'en' },
    );
    expect(r.issues[0]).to.include({ field: 'timeLimit.value', reason: 'unreadable' });
  });
});
