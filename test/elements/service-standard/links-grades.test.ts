import { expect } from '@open-wc/testing';
import { readCompliance, satisfactionGrade, skmGrade } from '../../../src/ratings/grades.js';
import { channelHref, LAPOR_URL, primaryChannel } from '../../../src/elements/service-standard/links.js';

describe('complaint channel links', () => {
  it('links SP4N-LAPOR! to the national site only when no address is given', () => {
    expect(channelHref({ type: 'lapor' })).to.equal(LAPOR_URL);
    expect(channelHref({ type: 'lapor', value: 'https://lapor.go.id/instansi/x' })).to.equal(
      'https://lapor.go.id/instansi/x',
    );
    expect(channelHref({ type: 'lapor', value: 'lapor.go.id' })).to.equal(undefined);
  });

  it('makes phone, WhatsApp and e-mail links from plausible values only', () => {
    expect(channelHref({ type: 'phone', value: '(021) 1500-537' })).to.equal('tel:0211500537');
    expect(channelHref({ type: 'phone', value: '+62 21 555' })).to.equal('tel:+6221555');
    expect(channelHref({ type: 'whatsapp', value: '0812-3456-7890' })).to.equal(
      'https://wa.me/6281234567890',
    );
    expect(channelHref({ type: 'email', value: 'pengaduan@example.org' })).to.equal(
      'mailto:pengaduan@example.org',
    );
    expect(channelHref({ type: 'address', value: 'https://example.org' })).to.equal(undefined);
  });

  it('never turns hostile values into links', () => {
    const hostile = [
      'javascript:alert(1)',
      '"><script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'data:text/html,x',
      '//evil.example',
    ];
    for (const value of hostile)
      for (const type of ['lapor', 'web', 'phone', 'whatsapp', 'email'] as const)
        expect(channelHref({ type, value }), `${type} ${value}`).to.equal(undefined);
    expect(channelHref({ type: 'email', value: 'a@b.c?body=<x>' })).to.equal(undefined);
  });

  it('puts SP4N-LAPOR! behind the call to action, then the web', () => {
    expect(primaryChannel([{ type: 'phone', value: '123' }, { type: 'lapor' }])!.href).to.equal(LAPOR_URL);
    expect(
      primaryChannel([
        { type: 'address', value: 'Jl. X' },
        { type: 'web', value: 'https://a.example' },
      ])!.href,
    ).to.equal('https://a.example/');
    expect(primaryChannel([{ type: 'address', value: 'Jl. X' }])).to.equal(undefined);
  });
});

describe('satisfaction and compliance grades', () => {
  it('grades an SKM/IKM index on the published bands, boundaries included', () => {
    expect([100, 88.31, 88.3, 76.61, 76.6, 65, 64.99, 25].map(skmGrade)).to.deep.equal([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
    ]);
    expect(skmGrade(24.9)).to.equal(undefined);
    expect(skmGrade(101)).to.equal(undefined);
  });

  it("shows the index's grade, returning a published grade that disagrees as a conflict", () => {
    expect(satisfactionGrade(70, 'b')).to.deep.equal({ grade: 'C', conflict: 'b' });
    expect(satisfactionGrade(70, 'C')).to.deep.equal({ grade: 'C' });
    expect(satisfactionGrade(70, 'excellent')).to.deep.equal({ grade: 'C' });
    expect(satisfactionGrade(undefined, 'Mutu A (Sangat Baik)')).to.deep.equal({ grade: 'A' });
    expect(satisfactionGrade(undefined, 'Kurang Baik')).to.deep.equal({ grade: 'C' });
    expect(satisfactionGrade(undefined, undefined)).to.deep.equal({ grade: undefined });
  });

  it('shows a published zone or category and derives one from the score only when none is given', () => {
    expect(readCompliance({ year: 2022, score: 79.85, zone: 'hijau' })).to.include({ derived: false });
    expect(readCompliance({ year: 2022, score: 79.85, zone: 'hijau' })!.band.zone).to.equal('hijau');
    const derived = readCompliance({ year: 2023, score: 86.5 })!;
    expect([derived.band.id, derived.band.zone, derived.derived]).to.deep.equal(['B', 'hijau', true]);
    expect(readCompliance({ year: 2021, score: 72.4 })!.band.zone).to.equal('kuning');
    expect(readCompliance({ year: 2025, score: 90 })).to.equal(undefined);
  });
});
