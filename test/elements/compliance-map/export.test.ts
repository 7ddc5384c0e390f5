import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { paintOf, pickDownload, plainPage } from '../../helpers/downloads.js';
import { provinceMap, regionShapes } from './helpers.js';

describe('<pantau-compliance-map> exports', () => {
  it('exports an SVG that a plain page draws with the live colours per region, the title, legend and source', async () => {
    const el = await provinceMap('id');
    const live = new Map(regionShapes(el).map((s) => [s.dataset['i'], paintOf(s, el.shadowRoot!)]));
    const { name, blob } = await pickDownload(el, 'svg');
    expect(name).to.equal('kepatuhan-standar-pelayanan-publik-2022.svg');
    const text = await blob.text();
    expect(text).to.not.contain('var(');
    expect(text).to.not.contain('class=');
    const { doc, frame } = await plainPage(text);
    try {
      const shapes = [...doc.querySelectorAll('[data-i]')];
      expect(shapes.length).to.equal(live.size);
      const colours = new Set<string>();
      for (const s of shapes) {
        const paint = paintOf(s, doc);
        expect(paint, `region ${s.getAttribute('data-i')}`).to.equal(live.get(s.getAttribute('data-i')!));
        colours.add(paint);
      }
      // One colour per band present and one for no data: never one colour for every rated region.
      expect(colours.size).to.equal(new Set(live.values()).size);
      expect(colours.size).to.be.at.least(3);
      const words = [...doc.querySelectorAll('text')].map((t) => t.textContent);
      expect(words).to.include('Kepatuhan standar pelayanan publik 2022');
      expect(words).to.include('Sumber: Ombudsman RI (via pemberitaan)');
      expect(words.some((w) => w?.startsWith('A · kualitas tertinggi'))).to.equal(true);
      expect(words).to.include('Tidak ada data');
    } finally {
      frame.remove();
    }
  });

  it('exports the light theme from a map shown dark by the reader’s system', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await provinceMap('id');
      el.theme = 'auto';
      await el.updateComplete;
      const root = el.shadowRoot!.querySelector('.root')!;
      expect(getComputedStyle(root).backgroundColor).to.equal('rgb(20, 23, 28)');
      const text = await (await pickDownload(el, 'svg')).blob.text();
      expect(text).to.match(/^<svg[^>]*><rect width="100%" height="100%" fill="rgb\(255, 255, 255\)"/);
      expect(getComputedStyle(root).backgroundColor, 'the live map stays dark').to.equal('rgb(20, 23, 28)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('exports dark when the author asked for dark', async () => {
    const el = await provinceMap('en', 'dark');
    const text = await (await pickDownload(el, 'svg')).blob.text();
    expect(text).to.match(/^<svg[^>]*><rect width="100%" height="100%" fill="rgb\(20, 23, 28\)"/);
    expect(text).to.contain('>Source: Ombudsman RI (via pemberitaan)</text>');
  });

  it('paints a rated region of the PNG in its band colour, not black', async () => {
    const el = await provinceMap('id');
    const model = el['store'].model!;
    const shapes = el['shapes'].shapes;
    // A rated region whose centre lies inside its own shape.
    const i = regionShapes(el)
      .filter((s) => s instanceof SVGPathElement)
      .map((s) => Number(s.dataset['i']))
      .find((k) => {
        const path = regionShapes(el).find((s) => s.dataset['i'] === String(k)) as SVGPathElement;
        return !!model.classified[k] && path.isPointInFill(new DOMPoint(shapes[k]!.cx, shapes[k]!.cy));
      })!;
    const live = paintOf(
      regionShapes(el).find((s) => s.dataset['i'] === String(i))!,
      el.shadowRoot!,
    );
    const svgText = await (await pickDownload(el, 'svg')).blob.text();
    const inner = new DOMParser().parseFromString(svgText, 'image/svg+xml').querySelector('svg svg')!;
    const [x, y] = [Number(inner.getAttribute('x')), Number(inner.getAttribute('y'))];
    const bmp = await createImageBitmap((await pickDownload(el, 'png')).blob);
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const [r, g, b] = ctx.getImageData(
      Math.round((x + shapes[i]!.cx) * 2),
      Math.round((y + shapes[i]!.cy) * 2),
      1,
      1,
    ).data;
    const want = live.match(/\d+/g)!.map(Number);
    for (const [got, exp] of [
      [r, want[0]],
      [g, want[1]],
      [b, want[2]],
    ])
      expect(Math.abs(got! - exp!), `${[r, g, b]} vs ${live}`).to.be.at.most(3);
  });

  it('exports a PNG at twice the size of the framed image', async () => {
    const el = await provinceMap('id');
    const { blob } = await pickDownload(el, 'png');
    expect(blob.type).to.equal('image/png');
    const bmp = await createImageBitmap(blob);
    const svgText = await (await pickDownload(el, 'svg')).blob.text();
    const width = Number(/width="([\d.]+)"/.exec(svgText)![1]);
    expect(bmp.width).to.equal(Math.round(width * 2));
    expect(width).to.be.greaterThan(el.shadowRoot!.querySelector('svg.map')!.getBoundingClientRect().width);
  });
});

describe('<pantau-compliance-map> palette and labels', () => {
  const marks = (el: Element) => [...el.shadowRoot!.querySelectorAll('pattern .mark')];
  const shown = (el: Element) => marks(el).filter((m) => getComputedStyle(m).display !== 'none');

  it('draws plain colours by default and each band’s pattern with the patterns attribute', async () => {
    const el = await provinceMap('id');
    expect(marks(el).length).to.be.greaterThan(0);
    expect(shown(el).filter((m) => !m.classList.contains('always'))).to.have.length(0);
    el.patterns = true;
    await el.updateComplete;
    expect(shown(el)).to.have.length(marks(el).length);
  });

  it('fills regions without data light grey under a sparse hatch, lighter than every band', async () => {
    const el = await provinceMap('id');
    const nd = el.shadowRoot!.querySelector('pattern[id$="-nd"]')!;
    expect(getComputedStyle(nd.querySelector('rect')!).fill).to.equal('rgb(236, 239, 242)');
    expect(nd.getAttribute('width')).to.equal('10');
  });

  it('names the regions too small to find, such as DKI Jakarta', async () => {
    const el = await provinceMap('id');
    const labels = [...el.shadowRoot!.querySelectorAll('.tiny-label')].map((t) => t.textContent);
    expect(labels.some((l) => /Jakarta/.test(l ?? ''))).to.equal(true);
    expect(labels.length).to.be.at.most(10);
  });
});
