import { expect } from '@open-wc/testing';
import { probe, type ElementReport } from './probe-page.js';

/**
 * Every element, as a page author would write it for the CDN bundle. Add new elements here:
 * each case is rendered on one strict-CSP page (and on one with hostile global CSS), and its
 * shadow root must show `text`. Markup only: no inline scripts or style attributes.
 */
const CASES: { tag: string; markup: string; text: RegExp }[] = [
  {
    tag: 'pantau-stat',
    markup:
      '<pantau-stat label="Laporan masyarakat" value="10846" previous="8452" unit="laporan" period="2024" ' +
      'previous-period="2023" source="Ombudsman RI" updated="2025-01-15" lower-is-better></pantau-stat>',
    text: /10\.846/,
  },
  {
    tag: 'pantau-complaint-trend',
    markup:
      '<pantau-complaint-trend period="year" heading="Laporan masyarakat" source="Ombudsman RI">' +
      '<script type="text/csv">date,value\n2023,8452\n2024,10846\n</script></pantau-complaint-trend>',
    text: /10\.846/,
  },
  {
    tag: 'pantau-compliance-map',
    markup:
      '<pantau-compliance-map heading="Kepatuhan" projection="mercator" feature-key="code">' +
      '<script type="application/geo+json">{"type":"FeatureCollection","features":[' +
      '{"type":"Feature","properties":{"code":"63","name":"Kalimantan Selatan"},"geometry":{"type":"Polygon",' +
      '"coordinates":[[[114,-4],[116,-4],[116,-2],[114,-2],[114,-4]]]}}]}</script>' +
      '<script type="application/json">[{"code":"63","name":"Kalimantan Selatan","score":91.5,"year":2022}]</script>' +
      '</pantau-compliance-map>',
    text: /kualitas tertinggi/,
  },
  {
    tag: 'pantau-service-standard',
    markup:
      '<pantau-service-standard><script type="application/json">' +
      '{"name":"Penerbitan KTP-el","fee":0,"timeLimit":{"value":14,"unit":"hari kerja"},' +
      '"requirements":["Kartu Keluarga"],"complaints":[{"type":"lapor"}]}</script></pantau-service-standard>',
    text: /Gratis/,
  },
];

/**
 * Sources that reach the browser's injection sinks, which Trusted Types guards: Open311 XML
 * (`DOMParser`), a CSV of unknown length (counted in the worker: the worker's script URL) and
 * the service card's JSON-LD (`<script>` text, from the service-standard case above).
 */
const SINK_CASES: { id: string; markup: string; text: RegExp }[] = [
  {
    id: 'xml',
    markup:
      '<pantau-complaint-trend id="xml" period="month" format="open311-xml" ' +
      'src="/test/fixtures/open311/cfa-open311-gem-service_requests.xml"></pantau-complaint-trend>',
    text: /April 2010/,
  },
  {
    id: 'stream',
    markup:
      '<pantau-complaint-trend id="stream" period="month" date-field="date" src="/csp/records.csv">' +
      '</pantau-complaint-trend>',
    text: /dari 11 pada November 2024 menjadi 12 pada Desember 2024/,
  },
];

const BUNDLE = '/dist/cdn/pantau.js';
const ALL = CASES.map((c) => c.markup).join('\n');

describe('CDN bundle under a strict Content-Security-Policy', function () {
  this.timeout(30000);

  before(async () => {
    const res = await fetch(BUNDLE, { method: 'HEAD' });
    if (!res.ok) throw new Error(`${BUNDLE} is missing: run \`npm run build\` (or \`npm run size\`) first`);
  });

  /** Every case (the first element of its tag) rendered its text with constructable stylesheets. */
  function expectRendered(results: ElementReport[]): void {
    for (const c of CASES) {
      const r = results.find((x) => x.tag === c.tag);
      expect(r, `${c.tag} on the page`).to.exist;
      expect(r!.defined, `${c.tag} is defined by the bundle`).to.be.true;
      expect(r!.text, `${c.tag} shadow text`).to.match(c.text);
      // Styles come through constructable stylesheets, never <style> elements.
      expect(r!.adoptedStyleSheets, `${c.tag} adopted stylesheets`).to.be.greaterThan(0);
      expect(r!.styleElements, `${c.tag} <style> elements`).to.equal(0);
    }
  }

  const byId = (results: ElementReport[], id: string) => results.find((r) => r.id === id)!;
  const withSinks = [...CASES, ...SINK_CASES].map((c) => c.markup).join('\n');

  it('renders every element with zero CSP violations and no errors', async () => {
    const { violations, errors, results } = await probe({ body: ALL });
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(errors, 'page errors').to.deep.equal([]);
    expectRendered(results);
  });

  it('works under Trusted Types when the page allows the lit-html and pantau policies', async () => {
    const { violations, errors, results, workers, jsonLd } = await probe({
      body: withSinks,
      tt: 'lit-html,pantau',
    });
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(errors, 'page errors').to.deep.equal([]);
    expectRendered(results);
    for (const c of SINK_CASES) expect(byId(results, c.id).text, c.id).to.match(c.text);
    expect(workers, 'the data worker ran').to.have.length(1);
    expect(jsonLd, 'the service card wrote its JSON-LD').to.equal(1);
  });

  it('keeps every element working under Trusted Types that do not allow pantau', async () => {
    const { violations, errors, results, workers, jsonLd } = await probe({ body: withSinks, tt: 'lit-html' });
    expect(errors, 'page errors').to.deep.equal([]);
    // The browser reports the refused policy and the sinks pantau then tried with plain strings.
    expect(
      violations.some((v) => v.startsWith('trusted-types ')),
      violations.join('\n'),
    ).to.be.true;
    expectRendered(results);
    // Counted on the main thread instead of the worker: the same figures.
    expect(workers, 'no worker').to.deep.equal([]);
    expect(byId(results, 'stream').text).to.match(SINK_CASES[1].text);
    // Open311 XML cannot be parsed: an error that says why, not a broken page.
    expect(byId(results, 'xml').text).to.match(/Data tidak dapat dimuat.*does not allow the policy "pantau"/);
    expect(jsonLd, 'no JSON-LD').to.equal(0);
  });

  it('lets a page load several pantau files that define the same elements', async () => {
    const { violations, errors, results } = await probe({
      body: ALL,
      bundles: 'pantau,pantau-stat,pantau-complaint-trend,pantau-compliance-map,pantau-service-standard',
      // Each file has its own Lit, so its own `lit-html` policy: the README's advice.
      tt: "lit-html,pantau,'allow-duplicates'",
    });
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(errors, 'page errors').to.deep.equal([]);
    expectRendered(results);
  });

  it('stays visible and readable on a page with hostile global CSS', async () => {
    const { violations, errors, results } = await probe({ body: ALL, css: 'hostile' });
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(errors, 'page errors').to.deep.equal([]);
    for (const c of CASES) {
      const r = results.find((x) => x.tag === c.tag)!;
      expect(r.width * r.height, `${c.tag} has a box`).to.be.greaterThan(0);
      const shown = r.texts.filter((t) => c.text.test(t.text));
      expect(shown, `${c.tag} shows ${c.text} as visible text`).to.not.be.empty;
      for (const t of shown) {
        expect(t.visible, `"${t.text}" visible (colour ${t.color})`).to.be.true;
        expect(t.fontSize, `"${t.text}" font size not inherited from the page`).to.be.below(90);
      }
      const hidden = r.texts.filter((t) => !t.visible).map((t) => `${t.part ?? '?'}: ${t.text} (${t.color})`);
      expect(hidden, `${c.tag} text hidden by page CSS`).to.deep.equal([]);
    }
  });
});
