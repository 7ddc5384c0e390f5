import { expect, fixture, html } from '@open-wc/testing';
import type { PantauComplianceMap } from '../../src/elements/compliance-map/pantau-compliance-map.js';
import type { DataIssuesDetail } from '../../src/events/data-issues.js';
import { registerGeometry } from '../../src/geo/registry.js';
import '../../src/elements/compliance-map/pantau-compliance-map.js';
import '../../src/geo/id-provinces.js';
import { openNotes } from '../elements/compliance-map/helpers.js';

const DIR = '/test/hardening/fixtures/geo';
const shapes = (el: Element) => [...el.shadowRoot!.querySelectorAll('.regions [data-i]:not(.hit)')];
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

/** Uncaught errors and rejections while a test runs: none may escape a map. */
let uncaught: string[] = [];
const onError = (e: ErrorEvent | PromiseRejectionEvent) =>
  uncaught.push(String('reason' in e ? e.reason : e.message));

interface Watched {
  el: PantauComplianceMap;
  issues: DataIssuesDetail[];
  errors: unknown[];
}

async function watch(markup: ReturnType<typeof html>): Promise<Watched> {
  const issues: DataIssuesDetail[] = [];
  const errors: unknown[] = [];
  const wrap = await fixture<HTMLDivElement>(
    html`<div
      style="width: 600px"
      @pantau-data-issues=${(e: CustomEvent) => issues.push(e.detail as DataIssuesDetail)}
      @pantau-error=${(e: CustomEvent) => errors.push(e.detail)}
    >
      ${markup}
    </div>`,
  );
  return { el: wrap.querySelector('pantau-compliance-map')!, issues, errors };
}

/** Waits until the map has settled: regions drawn or an error shown, and nothing busy. */
async function settled(el: PantauComplianceMap, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  const done = () =>
    el.getAttribute('aria-busy') !== 'true' &&
    (shapes(el).length > 0 || !!el.shadowRoot!.querySelector('[role="alert"]'));
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  expect(done(), `settled: ${text(el).slice(0, 200)}`).to.equal(true);
}

function expectNoNaNPaths(el: Element) {
  for (const p of el.shadowRoot!.querySelectorAll('path'))
    expect(p.getAttribute('d') ?? '').not.to.contain('NaN');
}

describe('compliance map: geometry is checked before anything is projected', () => {
  beforeEach(() => {
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(uncaught).to.deep.equal([]);
  });

  it('draws the valid regions of a GeoJSON geo-src and reports each feature left out', async () => {
    const { el, issues } = await watch(
      html`<pantau-compliance-map lang="en" geo-src=${`${DIR}/hostile.geojson`}></pantau-compliance-map>`,
    );
    await settled(el);
    expect(shapes(el)).to.have.length(2);
    expectNoNaNPaths(el);
    const reasons = issues.at(-1)!.invalidFeatures.map((f) => `${f.index}:${f.id ?? ''}:${f.reason}`);
    expect(reasons).to.deep.equal([
      '2::feature',
      '3::feature',
      '4:huge:range',
      '5:abc:coordinates',
      '6:short:ring',
      '7:text:coordinates',
      '8:far:range',
      '9:kind:geometry',
      '10:deep:geometry',
    ]);
    await openNotes(el);
    expect(text(el)).to.contain('Map features not drawn (9)');
    expect(text(el)).to.contain('feature 5 huge — coordinates out of range');
  });

  it('reads a polygon near ±1e308 as out of range, without looping on its coordinates', async () => {
    const { el } = await watch(
      html`<pantau-compliance-map
        projection="equal-earth"
        .geo=${{
          type: 'Polygon',
          coordinates: [
            [
              [-1e308, -1e308],
              [1e308, -1e308],
              [1e308, 1e308],
              [-1e308, 1e308],
              [-1e308, -1e308],
            ],
          ],
        }}
      ></pantau-compliance-map>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('projection="none"');
  });

  it('draws the valid regions of a TopoJSON geo-src and leaves out arcs that point nowhere', async () => {
    const { el, issues } = await watch(
      html`<pantau-compliance-map lang="en" geo-src=${`${DIR}/hostile.topo.json`}></pantau-compliance-map>`,
    );
    await settled(el);
    expect(shapes(el)).to.have.length(2);
    expectNoNaNPaths(el);
    const reasons = issues.at(-1)!.invalidFeatures.map((f) => `${f.index}:${f.id ?? ''}:${f.reason}`);
    expect(reasons).to.deep.equal([
      '2:nowhere:arcs',
      '3:neg:arcs',
      '4:x:arcs',
      '5:xline:arcs',
      '6::feature',
      '7:frac:arcs',
      '8:kind:geometry',
    ]);
  });

  it('checks a geometry given inline as a property and as a child script', async () => {
    const fc = await (await fetch(`${DIR}/hostile.geojson`)).json();
    const a = await watch(html`<pantau-compliance-map .geo=${fc}></pantau-compliance-map>`);
    await settled(a.el);
    expect(shapes(a.el)).to.have.length(2);
    expect(a.issues.at(-1)!.invalidFeatures).to.have.length(9);
    await openNotes(a.el);
    expect(text(a.el)).to.contain('Fitur peta tidak digambar (9)');

    const topo = await (await fetch(`${DIR}/hostile.topo.json`)).text();
    const b = await watch(
      html`<pantau-compliance-map
        ><script type="application/topo+json">
          ${topo}
        </script></pantau-compliance-map
      >`,
    );
    await settled(b.el);
    expect(shapes(b.el)).to.have.length(2);
    expect(b.issues.at(-1)!.invalidFeatures).to.have.length(7);
  });

  it('checks a registered geometry, and the bundled id-provinces passes whole', async () => {
    const fc = await (await fetch(`${DIR}/hostile.geojson`)).json();
    registerGeometry('hostile-test', { data: fc, featureKey: 'id' });
    const a = await watch(html`<pantau-compliance-map geo="hostile-test"></pantau-compliance-map>`);
    await settled(a.el);
    expect(shapes(a.el)).to.have.length(2);
    expect(a.issues.at(-1)!.invalidFeatures).to.have.length(9);

    const b = await watch(html`<pantau-compliance-map geo="id-provinces"></pantau-compliance-map>`);
    await settled(b.el);
    expect(shapes(b.el)).to.have.length(38);
    expect(b.issues.at(-1)!.invalidFeatures).to.deep.equal([]);
  });

  for (const [file, title] of [
    ['all-invalid.geojson', 'no feature usable'],
    ['arcs-x.topo.json', 'topology arcs that are not a list'],
    ['huge.topo.json', 'a transform decoding past any longitude'],
  ])
    it(`shows the error state, not busy, for ${title}`, async () => {
      const { el, errors } = await watch(
        html`<pantau-compliance-map geo-src=${`${DIR}/${file}`}></pantau-compliance-map>`,
      );
      await settled(el);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(shapes(el)).to.have.length(0);
      expectNoNaNPaths(el);
      expect(errors).to.have.length(1);
      expect(text(el)).not.to.contain('Menggambar peta');
    });

  it('reads pre-projected coordinates with projection="none", and says so when they are read as degrees', async () => {
    const a = await watch(
      html`<pantau-compliance-map
        projection="none"
        geo-src=${`${DIR}/projected.geojson`}
      ></pantau-compliance-map>`,
    );
    await settled(a.el);
    expect(shapes(a.el)).to.have.length(2);
    const b = await watch(
      html`<pantau-compliance-map lang="en" geo-src=${`${DIR}/projected.geojson`}></pantau-compliance-map>`,
    );
    await settled(b.el);
    expect(b.el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('projection="none"');
  });
});
