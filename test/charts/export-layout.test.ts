import { expect } from '@open-wc/testing';
import { EXPORT_MARGIN, exportLayout, footerLines, wrapText } from '../../src/charts/export-layout.js';

describe('charts/export-layout: the frame of an exported image', () => {
  it('wraps a long title within the chart width and never loses a word', () => {
    const lines = wrapText('Kepatuhan standar pelayanan publik pemerintah provinsi 2022', 18, 200);
    expect(lines.length).to.be.greaterThan(1);
    expect(lines.join(' ')).to.equal('Kepatuhan standar pelayanan publik pemerintah provinsi 2022');
  });

  it('puts title, subtitle and legend above the chart and the footer below it', () => {
    const l = exportLayout(
      {
        title: 'Judul',
        subtitle: 'Sub',
        legend: [
          { label: 'A', fill: '#000' },
          { label: 'B', fill: 'url(#p)' },
        ],
        footer: ['Sumber: Ombudsman RI'],
      },
      400,
      300,
    );
    expect(l.width).to.equal(400 + 2 * EXPORT_MARGIN);
    const y = (text: string) => l.lines.find((x) => x.text === text)!.y;
    expect(y('Judul')).to.be.below(y('Sub'));
    expect(y('Sub')).to.be.below(l.chart.y);
    expect(l.swatches.map((s) => s.fill)).to.deep.equal(['#000', 'url(#p)']);
    expect(y('Sumber: Ombudsman RI')).to.be.above(l.chart.y + 300);
    expect(l.height).to.be.above(y('Sumber: Ombudsman RI'));
  });

  it('labels note and source in the reader’s language, with the link', () => {
    expect(footerLines({ source: 'BPS', sourceUrl: 'https://bps.go.id', note: 'x' }, 'id')).to.deep.equal([
      'Catatan: x',
      'Sumber: BPS (https://bps.go.id)',
    ]);
    expect(footerLines({ source: 'BPS' }, 'en')).to.deep.equal(['Source: BPS']);
  });
});
