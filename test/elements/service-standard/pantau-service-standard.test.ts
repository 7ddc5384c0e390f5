import { expect } from '@open-wc/testing';
import { ServiceStandardHarness } from '../../harness/service-standard.js';
import { $, $$, card, catalogue, text } from './helpers.js';

describe('<pantau-service-standard> full card', () => {
  it('shows the six delivery components in full: facts, checklist, steps and channels', async () => {
    const h = new ServiceStandardHarness(await card(await catalogue(), { service: 'ktp-el' }));
    expect(h.name()).to.equal('Penerbitan KTP-el (Kartu Tanda Penduduk Elektronik)');
    expect(h.provider()).to.equal(
      'Dinas Kependudukan dan Pencatatan Sipil Kota Contoh · Bidang Pelayanan Pendaftaran Penduduk',
    );
    const facts = h.facts();
    expect(facts[0]).to.equal('Jangka waktu penyelesaian 1 hari kerja');
    expect(facts[1]).to.match(/^Biaya\/tarif Gratis Tidak dipungut biaya/);
    expect(facts[2]).to.equal('Produk pelayanan KTP-el');
    expect(h.requirements()).to.have.length(5);
    expect(h.steps()[2]).to.equal('Perekaman biometrik: foto, sidik jari, iris mata dan tanda tangan');
    expect(h.channels()).to.deep.equal([
      ['lapor.go.id', 'https://www.lapor.go.id/'],
      ['1500537', 'tel:1500537'],
      ['https://dukcapil.kemendagri.go.id', 'https://dukcapil.kemendagri.go.id/'],
    ]);
    expect(text(h.$('.channels li:last-child'))).to.equal(
      'Alamat Loket pengaduan, Jl. Contoh No. 1, Kota Contoh',
    );
  });

  it('offers a clear call to report, SP4N-LAPOR! first', async () => {
    const h = new ServiceStandardHarness(await card(await catalogue(), { service: 'ktp-el' }));
    expect(h.report()).to.deep.equal({
      text: 'Laporkan melalui SP4N-LAPOR!',
      href: 'https://www.lapor.go.id/',
    });
  });

  it('puts published provider-side components in closed details sections', async () => {
    const el = await card(await catalogue(), { service: 'ktp-el' });
    const details = $$(el, 'details[part=details]') as HTMLDetailsElement[];
    expect(details.map((d) => text(d.querySelector('summary')))).to.deep.equal([
      'Dasar hukum',
      'Sarana, prasarana, dan/atau fasilitas',
      'Kompetensi pelaksana',
      'Pengawasan internal',
      'Jaminan pelayanan',
    ]);
    expect(details.every((d) => !d.open)).to.equal(true);
    expect(details[0]!.querySelectorAll('li')).to.have.length(3);
  });

  it('counts published components and lists the missing ones', async () => {
    const el = await card(await catalogue(), { service: 'ktp-el' });
    expect(text($(el, '.completeness-text'))).to.equal('11 dari 14 komponen dipublikasikan');
    expect($$(el, '.meter .seg.on')).to.have.length(11);
    expect($$(el, '.missing-list li').map(text)).to.deep.equal([
      'Jumlah pelaksana',
      'Jaminan keamanan dan keselamatan pelayanan',
      'Evaluasi kinerja pelaksana',
    ]);
  });

  it('says an unpublished delivery component is not published instead of hiding it', async () => {
    const el = await card({ name: 'Layanan tanpa standar' });
    expect(text($(el, '.completeness-text'))).to.equal('0 dari 14 komponen dipublikasikan');
    expect($$(el, '.fact.unpublished')).to.have.length(3);
    expect($$(el, '.block > .unpublished').map(text)).to.deep.equal(Array(3).fill('Belum dipublikasikan'));
    expect($(el, '[part=report]')).to.equal(null);
    expect($$(el, 'details')).to.have.length(0);
  });

  it('shows a non-zero fee in Rupiah with its note, and a text fee as written', async () => {
    const el = await card(await catalogue(), { service: 'puskesmas-umum' });
    expect(text($$(el, '.facts .fact')[1])).to.equal(
      'Biaya/tarif Rp 10.000 Pasien umum (contoh tarif retribusi daerah); gratis bagi peserta JKN aktif',
    );
    expect(text($$(el, '.facts .fact')[0])).to.equal('Jangka waktu penyelesaian 60 menit');
    const textFee = await card({ name: 'Paspor', fee: 'Sesuai PP No. 28/2019 (PNBP)' }, { lang: 'en' });
    expect(text($$(textFee, '.facts .fact')[1])).to.equal('Fee Sesuai PP No. 28/2019 (PNBP)');
  });

  it('links WhatsApp and e-mail channels safely', async () => {
    const el = await card(await catalogue(), { service: 'puskesmas-umum' });
    const hrefs = $$(el, '.channels a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([
      'https://wa.me/6281200000000',
      'mailto:pengaduan.puskesmas@example.org',
      'https://www.lapor.go.id/',
    ]);
  });

  it('shows the compliance rating as published, with year, scheme and score', async () => {
    const el = await card(await catalogue(), { service: 'ktp-el' });
    const perf = $$(el, '.perf').map(text);
    expect(perf[0]).to.equal(
      'Kepatuhan standar pelayanan Zona hijau · kategori B · kualitas tinggi Penilaian 2023 · Ombudsman RI · nilai 86,5',
    );
    expect(perf[1]).to.equal('Indeks kepuasan masyarakat (IKM) 2024 84,2 — mutu B (baik)');
  });

  it('derives a zone from the score by the scheme of its year, and says so', async () => {
    const el = await card(await catalogue(), { service: 'puskesmas-umum', lang: 'en' });
    const c = text($$(el, '.perf')[0]);
    expect(c).to.contain('Yellow zone');
    expect(c).to.contain('derived from the score by the scheme Ombudsman RI up to 2021 (zones)');
    expect($(el, '.swatch.zone-yellow')).not.to.equal(null);
  });

  it('makes a broken promise obvious: bars, ratio and verdict in words', async () => {
    const el = await card(await catalogue(), { service: 'baltimore-311-water' });
    const verdict = $(el, '.verdict')!;
    expect(text(verdict)).to.equal('Realisasi 19 hari, standar 3 hari: 6,3× lebih lama dari standar');
    expect(verdict.classList.contains('bad')).to.equal(true);
    const [actual, promise] = $$(el, '.bars rect');
    expect(Number(actual!.getAttribute('width'))).to.equal(100);
    expect(Number(promise!.getAttribute('width'))).to.be.closeTo(15.79, 0.01);
    expect($(el, '.promise-line')).not.to.equal(null);
    expect(text($(el, '.bars'))).to.equal('Realisasi (rata-rata) 19 hari Standar 3 hari');
  });

  it('says when a promise is kept, in English too', async () => {
    const el = await card(await catalogue(), {
      service: 'baltimore-311-street-and-curb-repairs',
      lang: 'en',
    });
    expect(text($(el, '.verdict'))).to.equal('Actual 21 days, standard 21 days: within the standard');
    expect($(el, '.verdict')!.classList.contains('good')).to.equal(true);
    expect($(el, '.promise-line')).to.equal(null);
  });

  it('shows the on-time rate, pledge, last update and note', async () => {
    const el = await card(await catalogue(), { service: 'ktp-el' });
    expect(text($(el, '.delivery'))).to.contain('71% selesai tepat waktu');
    expect(text($(el, '.delivery'))).to.contain('standar 1 hari kerja (± 1,4 hari kalender)');
    expect(text($(el, 'blockquote'))).to.match(/^Dengan ini kami menyatakan sanggup/);
    expect(text($(el, '.footer'))).to.contain('Diperbarui 6 Januari 2025');
    expect(text($(el, '.footer .note'))).to.match(/^Contoh untuk demo/);
  });

  it('reads every label in English when lang is en', async () => {
    const el = await card(await catalogue(), { service: 'ktp-el', lang: 'en' });
    expect(text($(el, '.completeness-text'))).to.equal('11 of 14 components published');
    expect(text($$(el, '.facts .fact')[0])).to.equal('Time limit 1 working day');
    expect(text($$(el, '.facts .fact')[1])).to.match(/^Fee Free/);
    expect(text($(el, '[part=report]'))).to.equal('Report via SP4N-LAPOR!');
    expect($$(el, '.missing-list li').map(text)).to.deep.equal([
      'Number of staff',
      'Security and safety guarantee',
      'Staff performance evaluation',
    ]);
  });

  it('uses the heading level the host asks for, sections one below', async () => {
    const el = await card(await catalogue(), { service: 'ktp-el', level: 4 });
    expect($(el, 'h4.title')).not.to.equal(null);
    expect($$(el, 'h5.section-title').map(text)).to.include.members([
      'Persyaratan',
      'Sistem, mekanisme, dan prosedur',
    ]);
    expect($$(el, 'h2, h3')).to.have.length(0);
    el.headingLevel = 6;
    await el.updateComplete;
    expect($(el, 'h6.title')).not.to.equal(null);
    expect($$(el, 'h5')).to.have.length(0);
  });
});
