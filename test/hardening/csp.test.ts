import { expect } from '@open-wc/testing';
import { probe as probePage, type ElementReport, type ProbePage } from '../helpers/csp-probe.js';

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
    id: 'xml-broken',
    markup:
      '<pantau-complaint-trend id="xml-broken" period="month" format="open311-xml" ' +
      'src="/__faults/open311-xml?kind=broken"></pantau-complaint-trend>',
    text: /Data tidak dapat dimuat.*not well-formed/,
  },
  {
    id: 'xml-xhtml',
    markup:
      '<pantau-complaint-trend id="xml-xhtml" period="month" format="open311-xml" ' +
      'src="/__faults/open311-xml?kind=xhtml"></pantau-complaint-trend>',
    text: /Maret 2024/,
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

/** A CSP page; its body defaults to every case of CASES. */
const probe = (o: ProbePage = {}) => probePage({ body: CASES.map((c) => c.markup).join('\n'), ...o });

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
    const { violations, errors, results } = await probe();
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(errors, 'page errors').to.deep.equal([]);
    expectRendered(results);
  });

  it('reads broken Open311 XML and XML with XHTML handlers with zero CSP violations', async () => {
    const xml = SINK_CASES.filter((c) => c.id.startsWith('xml'));
    const { violations, errors, results } = await probe({ body: xml.map((c) => c.markup).join('\n') });
    // DOMParser put an inline-styled <parsererror> (style-src-attr) and an onerror attribute
    // (script-src-attr) in a document under the page's CSP: pantau no longer makes elements of XML.
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(errors, 'page errors').to.deep.equal([]);
    for (const c of xml) expect(byId(results, c.id).text, c.id).to.match(c.text);
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
    expectRendered(results);
    // Counted on the main thread instead of the worker: the same figures.
    expect(workers, 'no worker').to.deep.equal([]);
    // Every source still reads: Open311 XML needs no policy at all.
    for (const c of SINK_CASES) expect(byId(results, c.id).text, c.id).to.match(c.text);
    expect(jsonLd, 'no JSON-LD').to.equal(0);
    // The browser reports the refused policy name once (what the page's admin can act on), and
    // pantau then never hands a sink a plain string, which would file a report per use.
    expect(violations, violations.join('\n')).to.have.length(1);
    expect(violations[0]).to.match(/^trusted-types /);
  });

  it('lets a page load several pantau files that define the same elements', async () => {
    const { violations, errors, results } = await probe({
      bundles: 'pantau,pantau-stat,pantau-complaint-trend,pantau-compliance-map,pantau-service-standard',
      // Each file has its own Lit, so its own `lit-html` policy: the advice in docs/embedding.md (Trusted Types).
      tt: "lit-html,pantau,'allow-duplicates'",
    });
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(errors, 'page errors').to.deep.equal([]);
    expectRendered(results);
  });

  /** A province map with only `geo="id-provinces"` and two inline rows: no geometry script on the page. */
  const SHIPPED_MAP =
    '<pantau-compliance-map id="shipped" geo="id-provinces" name-field="name" heading="Kepatuhan">' +
    '<script type="application/json">[{"name":"Kalimantan Selatan","score":91.5,"year":2022},' +
    '{"name":"Papua Selatan","score":40,"year":2022}]</script></pantau-compliance-map>';

  it('loads the shipped province boundaries from the file beside the element', async () => {
    for (const bundles of ['pantau', 'pantau-compliance-map']) {
      const { violations, errors, results } = await probe({
        body: SHIPPED_MAP,
        bundles,
        tt: 'lit-html,pantau',
      });
      expect(violations, `${bundles}: CSP violations`).to.deep.equal([]);
      expect(errors, `${bundles}: page errors`).to.deep.equal([]);
      const map = byId(results, 'shipped');
      expect(map.text, bundles).to.not.match(/belum dimuat|Memuat batas/);
      expect(map.text, bundles).to.match(/kualitas tertinggi/);
      // Two provinces rated, the other 36 of the shipped 38 drawn without data.
      expect(map.text, bundles).to.match(/Tidak ada data 36 wilayah/);
    }
  });

  it('names the geometry file when it is missing beside the element', async () => {
    const { violations, errors, results, pantauErrors } = await probe({ body: SHIPPED_MAP, cdn: 'lonely' });
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(errors, 'page errors').to.deep.equal([]);
    expect(pantauErrors).to.have.length(1);
    expect(pantauErrors[0]).to.match(/^network \S*\/csp\/lonely\/pantau-id-provinces\.js$/);
    expect(byId(results, 'shipped').text).to.match(
      /Batas wilayah "id-provinces" tidak dapat dimuat dari \S*\/csp\/lonely\/pantau-id-provinces\.js/,
    );
  });

  it('takes list options (annotations, thresholds) from JSON children, without script', async () => {
    const body =
      '<pantau-complaint-trend id="noted" period="year" lang="en">' +
      '<script type="application/json" data-pantau="annotations">[{"date":"2023","label":"New rules"}]</script>' +
      '<script type="text/csv">date,value\n2023,8452\n2024,10846\n</script></pantau-complaint-trend>' +
      SHIPPED_MAP.replace('id="shipped"', 'id="banded" lang="en"').replace(
        '<script type="application/json">',
        '<script type="application/json" data-pantau="thresholds">' +
          '[{"min":0,"label":"Needs work"},{"min":70,"label":"Good"}]</script><script type="application/json">',
      );
    const { violations, errors, results } = await probe({ body });
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(errors, 'page errors').to.deep.equal([]);
    expect(byId(results, 'noted').text).to.contain('New rules');
    expect(byId(results, 'banded').text).to.match(/Good.*Needs work/);
  });

  it("renders the README's strict-CSP recipe as written", async () => {
    const readme = await (await fetch('/README.md')).text();
    const recipe = /<!-- recipe:cms[^]*?```html\n([^]*?)```/.exec(readme)?.[1];
    expect(recipe, 'the recipe in README.md').to.be.a('string');
    // The page's folder of pantau files is this server's dist/cdn.
    const body = recipe!.replaceAll('/assets/pantau/', '/dist/cdn/');
    const { violations, errors, results } = await probe({ body, bundles: 'none' });
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(errors, 'page errors').to.deep.equal([]);
    const [map, trend] = ['pantau-compliance-map', 'pantau-complaint-trend'].map(
      (tag) => results.find((r) => r.tag === tag)!.text,
    );
    expect(map).to.match(/kualitas tertinggi 88–100 2 wilayah.*Tidak ada data 35 wilayah/);
    expect(trend).to.match(/10\.846/);
    expect(trend).to.contain('Termasuk IAP dan RCO');
  });

  it('stays visible and readable on a page with hostile global CSS', async () => {
    const { violations, errors, results } = await probe({ css: 'hostile' });
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
