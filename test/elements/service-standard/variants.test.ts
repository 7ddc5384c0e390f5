import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, card, catalogue, text } from './helpers.js';
import type { PantauServiceStandard } from '../../../src/elements/service-standard/pantau-service-standard.js';

describe('<pantau-service-standard> variants and catalogue', () => {
  it('compact: a tile with name, fee, time limit, rating, verdict, completeness and a details link', async () => {
    const el = await card(await catalogue(), {
      service: 'ktp-el',
      variant: 'compact',
      detailsHref: '/layanan/ktp-el',
      level: 3,
    });
    expect(text($(el, 'h3.title'))).to.equal('Penerbitan KTP-el (Kartu Tanda Penduduk Elektronik)');
    const facts = $$(el, '.fact').map(text);
    expect(facts.slice(0, 2)).to.deep.equal(['Biaya Gratis', 'Waktu 1 hari kerja']);
    expect(facts[2]).to.equal('Kepatuhan standar pelayanan Zona hijau · kategori B · kualitas tinggi');
    expect(text($(el, '.verdict'))).to.equal(
      'Realisasi 2,5 hari, standar 1 hari kerja (± 1,4 hari kalender): 1,8× lebih lama dari standar',
    );
    expect(text($(el, '.completeness-text'))).to.equal('11 dari 14 komponen dipublikasikan');
    expect($(el, '.missing-list')).to.equal(null);
    expect($$(el, 'details[part=details], ol, .checklist')).to.have.length(0);
    const link = $(el, '[part=details-link]')!;
    expect(link.getAttribute('href')).to.equal(new URL('/layanan/ktp-el', location.href).href);
    expect(text(link)).to.equal('Rincian layanan: Penerbitan KTP-el (Kartu Tanda Penduduk Elektronik)');
  });

  it('compact: says an unpublished fee is not published, and refuses a javascript: details link', async () => {
    const el = await card(await catalogue(), {
      service: 'baltimore-311-water',
      variant: 'compact',
      lang: 'en',
      detailsHref: 'javascript:alert(1)',
    });
    expect($$(el, '.fact').map(text).slice(0, 2)).to.deep.equal(['Fee Not published', 'Time 3 days']);
    expect($(el, '[part=details-link]')).to.equal(null);
  });

  it('compact: the details slot replaces the link', async () => {
    const data = await catalogue();
    const el = await fixture<PantauServiceStandard>(
      html`<pantau-service-standard .data=${data} variant="compact" details-href="/x">
        <a slot="details" href="/custom">Lihat</a>
      </pantau-service-standard>`,
    );
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=details]')!;
    expect(slot.assignedElements().map((a) => a.getAttribute('href'))).to.deep.equal(['/custom']);
  });

  it('picks a service by id, then by name, else the first', async () => {
    const data = await catalogue();
    expect(text($(await card(data, { service: 'nib-oss' }), '.title'))).to.equal(
      'Penerbitan Nomor Induk Berusaha (NIB) melalui OSS RBA',
    );
    expect(text($(await card(data, { service: 'water' }), '.title'))).to.equal('Water');
    expect(text($(await card(data), '.title'))).to.equal(
      'Penerbitan KTP-el (Kartu Tanda Penduduk Elektronik)',
    );
  });

  it('shows a time limit given as text, and 8 of 14 for the OSS example', async () => {
    const el = await card(await catalogue(), { service: 'nib-oss' });
    expect(text($$(el, '.facts .fact')[0])).to.equal(
      'Jangka waktu penyelesaian Seketika setelah data lengkap (usaha risiko rendah)',
    );
    expect(text($(el, '.completeness-text'))).to.equal('8 dari 14 komponen dipublikasikan');
    expect($(el, '.performance')).to.equal(null);
  });

  it('a service id missing from the catalogue is a clear error naming the available ones', async () => {
    const el = await card(await catalogue(), { service: 'akta-kelahiran' });
    const alert = $(el, '[role=alert]')!;
    expect(text(alert)).to.match(
      /^Layanan "akta-kelahiran" tidak ada dalam data\. Tersedia: ktp-el, nib-oss, puskesmas-umum, baltimore-311/,
    );
    expect($(el, 'article')).to.equal(null);
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });

  it('switches service when the attribute changes', async () => {
    const el = await card(await catalogue(), { service: 'ktp-el' });
    el.service = 'baltimore-311-graffiti';
    await el.updateComplete;
    expect(text($(el, '.title'))).to.equal('Graffiti');
    expect(text($(el, '.verdict'))).to.equal(
      'Realisasi 11 hari, standar 3 hari: 3,7× lebih lama dari standar',
    );
  });
});
