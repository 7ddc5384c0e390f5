import { expect } from '@open-wc/testing';
import { csvField, fileName, toCsv } from '../../src/charts/export.js';
import { legendLayout } from '../../src/charts/legend-layout.js';
import { annotationLayout } from '../../src/charts/annotations.js';
import { moveCursor, periodAt } from '../../src/charts/keyboard.js';

describe('charts/export, legend, annotations, keyboard', () => {
  it('quotes CSV fields with commas, quotes and line breaks, and starts with a BOM', () => {
    const csv = toCsv({
      columns: ['period', 'a, b'],
      rows: [
        ['2024', 1234.5],
        ['2025', null],
        ['"x"\n', NaN],
      ],
    });
    expect(csv).to.equal('\uFEFFperiod,"a, b"\r\n2024,1234.5\r\n2025,\r\n"""x""\n",\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).to.equal('"\'=HYPERLINK(""x"")"');
  });

  it('makes a safe file name from a title', () => {
    expect(fileName('Pengaduan 2024/2025: Agraria', 'csv')).to.equal('pengaduan-2024-2025-agraria.csv');
    expect(fileName('???', 'png')).to.equal('pantau-chart.png');
  });

  it('wraps legend entries into rows within the width', () => {
    const { slots, height } = legendLayout(['agraria', 'kepegawaian', 'pendidikan', 'kepolisian'], 200);
    expect(height).to.be.greaterThan(20);
    expect(slots.every((s) => s.x >= 0 && s.x < 200)).to.equal(true);
    expect(new Set(slots.map((s) => s.y)).size).to.be.greaterThan(1);
  });

  it('stacks close annotation labels into separate rows', () => {
    const { slots, rows } = annotationLayout(
      [
        { x: 100, label: 'Aplikasi baru diluncurkan' },
        { x: 110, label: 'Aturan baru' },
      ],
      40,
      600,
    );
    expect(rows).to.equal(2);
    expect(slots[0].row).to.not.equal(slots[1].row);
  });

  it('moves a chart cursor by period and by visible series', () => {
    expect(moveCursor('ArrowLeft', { p: -1, s: 0 }, 5, [true])).to.deep.equal({ p: 4, s: 0 });
    expect(moveCursor('ArrowLeft', { p: 2, s: 0 }, 5, [true])).to.deep.equal({ p: 1, s: 0 });
    expect(moveCursor('ArrowRight', { p: 4, s: 0 }, 5, [true])).to.deep.equal({ p: 4, s: 0 });
    expect(moveCursor('Home', { p: 3, s: 0 }, 5, [true])).to.deep.equal({ p: 0, s: 0 });
    expect(moveCursor('ArrowDown', { p: 3, s: 0 }, 5, [true, false, true])).to.deep.equal({ p: 3, s: 2 });
    expect(moveCursor('x', { p: 3, s: 0 }, 5, [true])).to.equal(undefined);
    expect(periodAt(55, 10, 110, 10, 10)).to.equal(4);
  });
});

describe('charts/export: paints a drawing program reads', () => {
  it('writes rgba as rgb with an opacity, and unquotes pattern references', async () => {
    const { svgPaint } = await import('../../src/charts/export.js');
    expect(svgPaint('rgba(0, 0, 0, 0)')).to.deep.equal({ colour: 'rgb(0, 0, 0)', opacity: 0 });
    expect(svgPaint('rgba(10, 20, 30, 0.35)')).to.deep.equal({ colour: 'rgb(10, 20, 30)', opacity: 0.35 });
    expect(svgPaint('rgb(1, 2, 3)')).to.deep.equal({ colour: 'rgb(1, 2, 3)' });
    expect(svgPaint('url("#pcm0-b-A")')).to.deep.equal({ colour: 'url(#pcm0-b-A)' });
  });
});
