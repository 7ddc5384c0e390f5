import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type {
  PantauServiceStandard,
  ServiceDataIssuesDetail,
} from '../../../src/elements/service-standard/pantau-service-standard.js';
import type { PantauDataIssuesEvent } from '../../../src/events/data-issues.js';
import { t } from '../../../src/elements/service-standard/pantau-service-standard.messages.js';
import { ISSUE_TEXT } from '../../../src/data/validate/schemas/service-standard-issues.js';
import { $, $$, card, catalogue, text } from './helpers.js';

const real = async (name: string): Promise<unknown> => (await fetch(`/test/fixtures/real-id/${name}`)).json();

describe('<pantau-service-standard> on standards as Indonesian offices publish them', () => {
  it('compares working days with calendar days by a stated rule: 18 days against 14 working days is on time', async () => {
    const el = await card(await real('card-workdays.json'));
    const verdict = $(el, '.verdict')!;
    expect(text(verdict)).to.equal(
      'Realisasi 18 hari, standar 14 hari kerja (± 19,6 hari kalender): sesuai standar',
    );
    expect(verdict.classList.contains('good')).to.equal(true);
    expect(text($(el, '.delivery'))).to.contain('Hari kerja dihitung 5 per 7 hari kalender');
    expect(text($(el, '[part=notes]'))).to.contain('Hari kerja dihitung 5 per 7 hari kalender');
  });

  it('compares working days with working days as they are', async () => {
    const data = {
      name: 'Layanan',
      timeLimit: { value: 14, unit: 'hari kerja' },
      performance: { delivery: { actualWorkingDays: 16 } },
    };
    const el = await card(data, { lang: 'en' });
    expect(text($(el, '.verdict'))).to.equal(
      'Actual 16 working days, standard 14 working days: 1.1× longer than the standard',
    );
    expect(text($(el, '.delivery'))).not.to.contain('5 per 7');
  });

  it('shows a standard with Indonesian field names in full, with the unknown field reported', async () => {
    const el = await card(await real('card-indonesian-fields.json'));
    expect(text($(el, '.completeness-text'))).to.equal('11 dari 14 komponen dipublikasikan');
    const facts = $$(el, '.fact').map(text);
    expect(facts[0]).to.equal('Jangka waktu penyelesaian 14 hari kerja');
    expect(facts[1]).to.equal('Biaya/tarif Gratis');
    expect($$(el, '.checklist li')).to.have.length(3);
    expect($$(el, '.steps li')).to.have.length(4);
    expect(text($(el, '.channels'))).to.contain('Kotak saran di ruang tunggu');
    const notes = $(el, '[part=notes]')!;
    expect(text(notes.querySelector('summary'))).to.equal('Catatan data (1)');
    expect(text(notes)).to.contain('nomor_sk: "SK Kadis 12/2024" — isian yang dikenal');
  });

  it('converts an IKM on the 1–4 scale, says so, and notes a published grade that disagrees', async () => {
    const el = await card(await real('card-indonesian-fields.json'));
    const perf = text($(el, '.performance'));
    expect(perf).to.contain('86,25 — mutu B (baik)');
    expect(perf).to.contain('IKM 3,45 pada skala 1–4 dikonversi ke skala 25–100 (×25): 86,25.');
    expect(perf).to.contain('Data mencantumkan mutu A, tetapi indeks 86,25 termasuk mutu B');
  });

  it('reports unreadable and ambiguous numbers in its notes, in Indonesian, says the fee could not be read, and never shows Rp 1 or Gratis', async () => {
    const data = await real('card-numbers.json');
    for (const [service, expected] of [
      ['abc', ['fee.amount: "abc" — angka; nilai ini tidak terbaca', 'timeLimit.value: "NaN" — angka']],
      ['comma', ['fee.amount: "1,234" — angka yang hanya dapat dibaca dengan satu cara']],
      ['tiny', ['fee.amount: "1e-400" — angka; nilai ini tidak terbaca']],
    ] as const) {
      const el = await card(data, { service });
      expect(text($(el, '.fact:nth-child(2) dd')), service).to.equal('Tidak terbaca (lihat Catatan data)');
      const notes = text($(el, '[part=notes]'));
      for (const line of expected) expect(notes, service).to.contain(line);
    }
    // "Tidak ada" is how an office writes "none": unpublished, with a hint in the notes.
    const none = await card(data, { service: 'no-fee' });
    expect(text($(none, '.fact:nth-child(2) dd'))).to.equal('Belum dipublikasikan');
    expect(text($(none, '[part=notes]'))).to.contain(
      'biaya: "Tidak ada" — biaya: "Tidak ada" dibaca sebagai belum dipublikasikan',
    );
  });

  it('fires pantau-data-issues with the issues and, in English, how the figures were read', async () => {
    const data = await real('card-workdays.json');
    const el = document.createElement('pantau-service-standard') as PantauServiceStandard;
    el.data = data;
    const event = oneEvent(el, 'pantau-data-issues') as Promise<
      PantauDataIssuesEvent<ServiceDataIssuesDetail>
    >;
    const late = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('no pantau-data-issues event')), 2000),
    );
    document.body.append(el);
    const { detail } = await Promise.race([event, late]);
    expect(detail.rowIssues).to.deep.equal([]);
    expect(detail.skipped).to.equal(0);
    expect(detail.readings).to.deep.equal([
      'Working days are counted as 5 per 7 calendar days (public holidays not counted) to compare with actual calendar days.',
    ]);
    el.remove();
  });

  it('number-locale settles an ambiguous amount, and changing it reads the data again', async () => {
    const el = await fixture<PantauServiceStandard>(
      html`<pantau-service-standard
        number-locale="en"
        .data=${{ name: 'L', fee: { amount: '1,234' } }}
      ></pantau-service-standard>`,
    );
    await waitUntil(() => $(el, '.fact'));
    expect(text($(el, '.fact:nth-child(2) dd'))).to.equal('Rp 1.234');
    expect($(el, '[part=notes]')).to.equal(null);
    el.numberLocale = null;
    await waitUntil(() => $(el, '[part=notes]'), 'the ambiguous amount was not reported');
    expect(text($(el, '.fact:nth-child(2) dd'))).to.equal('Tidak terbaca (lihat Catatan data)');
  });

  it('has every data issue in Indonesian and English', () => {
    for (const code of Object.keys(ISSUE_TEXT)) {
      const key = `exp_${code}` as Parameters<typeof t>[1];
      expect(t('id', key), code).not.to.equal(key);
      expect(t('en', key), code).not.to.equal(t('id', key));
    }
  });

  it('speaks of the standard and its realisation, not of promises', async () => {
    const el = await card(await catalogue(), { service: 'baltimore-311-water' });
    const words = text($(el, '.performance'));
    expect(words).to.contain('Standar dan realisasi');
    expect(words).not.to.match(/janji|nyata/i);
  });
});

describe('<pantau-service-standard> for citizens first', () => {
  it('puts the fee and the time limit before the completeness meter', async () => {
    const el = await card(await catalogue(), { service: 'ktp-el' });
    const facts = $(el, '[part=facts]')!;
    const meter = $(el, '[part=completeness]')!;
    expect(facts.compareDocumentPosition(meter) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('variant="audit" puts completeness first, as an auditor reads', async () => {
    const el = await fixture<PantauServiceStandard>(
      html`<pantau-service-standard
        variant="audit"
        lang="id"
        .data=${await catalogue()}
      ></pantau-service-standard>`,
    );
    await waitUntil(() => $(el, '[part=facts]'));
    const meter = $(el, '[part=completeness]')!;
    expect(
      meter.compareDocumentPosition($(el, '[part=facts]')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
  });

  it('hide-completeness leaves out the meter and the "not published" list, in the full card and the tile', async () => {
    for (const variant of ['full', 'compact']) {
      const el = await fixture<PantauServiceStandard>(
        html`<pantau-service-standard
          hide-completeness
          variant=${variant}
          .data=${await catalogue()}
        ></pantau-service-standard>`,
      );
      await waitUntil(() => $(el, '.fact'));
      expect($(el, '[part=completeness]'), variant).to.equal(null);
      expect($(el, '.fact'), variant).not.to.equal(null);
    }
  });

  it('shows the time limit and the fee on the first screen of a 360 px phone, under a site header', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
    const el = document.createElement('pantau-service-standard') as PantauServiceStandard;
    el.data = await catalogue();
    el.service = 'ktp-el';
    wrap.append(el);
    await waitUntil(() => $(el, '.fact'));
    const top = el.getBoundingClientRect().top;
    const [time, fee] = $$(el, '.fact');
    // A 640 px screen, less a site's own header of about 200 px.
    for (const f of [time!, fee!]) expect(f.getBoundingClientRect().bottom - top).to.be.below(440);
  });
});
