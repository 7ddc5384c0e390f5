import { expect } from '@open-wc/testing';
import { probe } from '../helpers/csp-probe.js';

// Features first paint does not need (the downloads) load on first use from side files beside
// the element's CDN file (scripts/entries.mjs `sideFiles`). These pages load dist/cdn: run
// `npm run build` first.

const TREND =
  '<pantau-complaint-trend id="trend" data-probe-download="svg" period="year" heading="Laporan masyarakat" ' +
  'source="Ombudsman RI"><script type="text/csv">date,value\n2023,8452\n2024,10846\n</script></pantau-complaint-trend>';

const MAP =
  '<pantau-compliance-map id="map" data-probe-download="png" heading="Kepatuhan" projection="mercator" feature-key="code">' +
  '<script type="application/geo+json">{"type":"FeatureCollection","features":[' +
  '{"type":"Feature","properties":{"code":"63","name":"Kalimantan Selatan"},"geometry":{"type":"Polygon",' +
  '"coordinates":[[[114,-4],[116,-4],[116,-2],[114,-2],[114,-4]]]}}]}</script>' +
  '<script type="application/json">[{"code":"63","name":"Kalimantan Selatan","score":91.5,"year":2022}]</script>' +
  '</pantau-compliance-map>';

describe('side files of the CDN bundles', function () {
  this.timeout(30000);

  before(async () => {
    const res = await fetch('/dist/cdn/pantau-complaint-trend.export.js', { method: 'HEAD' });
    if (!res.ok) throw new Error('dist/cdn has no side files: run `npm run build` first');
  });

  const SAVED = {
    trend: { id: 'trend', name: 'laporan-masyarakat.svg', type: 'image/svg+xml' },
    map: { id: 'map', name: 'kepatuhan.png', type: 'image/png' },
  };
  const PAGES: { bundles: string; ids: (keyof typeof SAVED)[] }[] = [
    { bundles: 'pantau', ids: ['trend', 'map'] },
    { bundles: 'pantau-complaint-trend', ids: ['trend'] },
    { bundles: 'pantau-compliance-map', ids: ['map'] },
  ];
  for (const { bundles, ids } of PAGES) {
    it(`downloads from the side files under strict CSP and Trusted Types (${bundles}.js)`, async () => {
      const { violations, errors, downloads, pantauErrors } = await probe({
        body: ids.map((id) => (id === 'trend' ? TREND : MAP)).join(''),
        bundles,
        tt: 'lit-html,pantau',
      });
      expect(violations, 'CSP violations').to.deep.equal([]);
      expect(errors, 'page errors').to.deep.equal([]);
      expect(pantauErrors).to.deep.equal([]);
      expect(downloads).to.have.length(ids.length);
      ids.forEach((id, i) => {
        expect(downloads[i]).to.include(SAVED[id]);
        expect(downloads[i]!.bytes, id).to.be.greaterThan(1000);
      });
    });
  }

  it('names the missing side file in the menu, fires pantau-error and keeps the chart', async () => {
    const { violations, errors, results, downloads, pantauErrors } = await probe({
      body: TREND,
      bundles: 'pantau-complaint-trend',
      cdn: 'lonely',
    });
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(errors, 'page errors').to.deep.equal([]);
    expect(downloads).to.have.length(1);
    expect(downloads[0]!.role).to.equal('alert');
    expect(downloads[0]!.error).to.equal(
      'Unduhan tidak tersedia: berkas pantau-complaint-trend.export.js tidak dapat dimuat.',
    );
    expect(pantauErrors).to.have.length(1);
    expect(pantauErrors[0]).to.match(/^network \S*\/csp\/lonely\/pantau-complaint-trend\.export\.js$/);
    // First paint came from the element's file alone, and nothing shown is lost.
    expect(results[0]!.text).to.match(/10\.846/);
    expect(results[0]!.text).to.contain('Laporan masyarakat');
  });

  // The Open311 and CKAN readers: signatures in every element file, the code in pantau-open311.js
  // and pantau-ckan.js, shared by the elements that read them (src/elements/shared/format-side-files.ts).
  const O311 = '/test/fixtures/open311';
  const CKAN = JSON.stringify({
    success: true,
    result: {
      fields: [
        { id: 'date', type: 'date' },
        { id: 'value', type: 'int4' },
      ],
      records: [
        { date: '2023-01-01', value: '8452' },
        { date: '2024-01-01', value: '10846' },
      ],
      total: 2,
    },
  });
  const READERS =
    `<pantau-complaint-trend id="json" period="year" src="${O311}/open311status-bloomington_requests.json"></pantau-complaint-trend>` +
    `<pantau-complaint-trend id="xml" period="year" src="${O311}/cfa-open311-gem-service_requests.xml"></pantau-complaint-trend>` +
    `<pantau-complaint-trend id="ckan" period="year"><script type="application/json">${CKAN}</script></pantau-complaint-trend>`;

  for (const bundles of ['pantau', 'pantau-complaint-trend']) {
    it(`reads Open311 JSON, Open311 XML and CKAN through the readers' side files under strict CSP and Trusted Types (${bundles}.js)`, async () => {
      const { violations, errors, results, pantauErrors } = await probe({
        body: READERS,
        bundles,
        tt: 'lit-html,pantau',
      });
      expect(violations, 'CSP violations').to.deep.equal([]);
      expect(errors, 'page errors').to.deep.equal([]);
      expect(pantauErrors).to.deep.equal([]);
      expect(results.map((r) => r.id)).to.deep.equal(['json', 'xml', 'ckan']);
      for (const r of results) expect(r.text, r.id).to.not.match(/pantau-(open311|ckan)\.js/);
      expect(results[2]!.text).to.match(/10\.846/);
    });
  }

  it('names the missing reader file in the element and in pantau-error, for each format', async () => {
    const { violations, errors, results, pantauErrors } = await probe({
      body: READERS,
      bundles: 'pantau-complaint-trend',
      cdn: 'lonely',
    });
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(errors, 'page errors').to.deep.equal([]);
    // Each element keeps its frame and says which file is missing.
    results.forEach((r, i) =>
      expect(r.text, r.id).to.contain(
        `needs pantau-${i < 2 ? 'open311' : 'ckan'}.js, which could not be loaded`,
      ),
    );
    expect(pantauErrors.map((e) => /pantau-(open311|ckan)\.js$/.exec(e)?.[0]).sort()).to.deep.equal([
      'pantau-ckan.js',
      'pantau-open311.js',
      'pantau-open311.js',
    ]);
  });
});

// The map's data notes: their wording beyond the scale and code systems used loads from
// pantau-compliance-map.notes.js when there is something to note (here a row of no region).
describe("the map's notes and drill-down side files", function () {
  this.timeout(30000);

  const NOTED = MAP.replace('data-probe-download="png" ', '').replace(
    '}]</script>',
    '},{"code":"99","name":"Atlantis","score":50,"year":2022}]</script>',
  );

  for (const bundles of ['pantau', 'pantau-compliance-map']) {
    it(`words the notes from the side file under strict CSP and Trusted Types (${bundles}.js)`, async () => {
      const { violations, errors, results, pantauErrors } = await probe({
        body: NOTED,
        bundles,
        tt: 'lit-html,pantau',
      });
      expect(violations, 'CSP violations').to.deep.equal([]);
      expect(errors, 'page errors').to.deep.equal([]);
      expect(pantauErrors).to.deep.equal([]);
      expect(results[0]!.text).to.contain('Catatan data (1)');
      expect(results[0]!.text).to.contain('Baris data tanpa wilayah (1)');
      expect(results[0]!.text).to.contain('baris 2: 99 Atlantis');
    });
  }

  it('names the missing notes file in the notes, fires pantau-error and keeps the map', async () => {
    const { violations, errors, results, pantauErrors } = await probe({
      body: NOTED,
      bundles: 'pantau-compliance-map',
      cdn: 'lonely',
    });
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(errors, 'page errors').to.deep.equal([]);
    expect(results[0]!.text).to.contain(
      'Bagian ini tidak tersedia: berkas pantau-compliance-map.notes.js tidak dapat dimuat.',
    );
    expect(pantauErrors).to.have.length(1);
    expect(pantauErrors[0]).to.match(/^network \S*\/csp\/lonely\/pantau-compliance-map\.notes\.js$/);
    // What the element file draws on its own is all there: the map, its legend, the summary.
    expect(results[0]!.text).to.contain('Kepatuhan');
    expect(results[0]!.text).to.contain('Catatan data (1)');
    expect(results[0]!.text).to.contain('Skala yang dipakai');
    expect(results[0]!.texts.length).to.be.greaterThan(3);
  });

  // Drill-down (pantau-compliance-map.drill.js) loads on the first region picked: the page is
  // driven from here (same origin), as the probe only reads what a page shows.
  const DRILL = MAP.replace('data-probe-download="png" ', '').replace(
    'feature-key="code"',
    'feature-key="code" name-key="name" detail-geo-src="/test/fixtures/geo/id-regencies-507.geojson" ' +
      'detail-parent-key="WADMPR" detail-name-key="WADMKK"',
  );

  async function pickRegion(bundles: string, cdn?: 'lonely') {
    const params = new URLSearchParams({ body: DRILL, bundles, tt: 'lit-html,pantau' });
    if (cdn) params.set('cdn', cdn);
    const frame = document.createElement('iframe');
    frame.src = `/csp/page.html?${params}`;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    const el = win.document.querySelector('pantau-compliance-map')!;
    const errors: string[] = [];
    el.addEventListener('pantau-error', (e) => errors.push(String((e as CustomEvent).detail.url)));
    const until = async (ok: () => unknown) => {
      for (let i = 0; i < 300 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
    };
    const shapes = () => el.shadowRoot?.querySelectorAll('.regions [data-i]:not(.hit)') ?? [];
    await until(() => shapes().length);
    shapes()[0]!.dispatchEvent(new win.MouseEvent('click', { bubbles: true, composed: true }));
    await until(() => el.shadowRoot!.querySelector('.drill'));
    await until(() => shapes().length > 1);
    const text = (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
    const result = { text, shapes: shapes().length, errors };
    frame.remove();
    return result;
  }

  for (const bundles of ['pantau', 'pantau-compliance-map']) {
    it(`drills down from the side file under strict CSP and Trusted Types (${bundles}.js)`, async () => {
      const { text, shapes, errors } = await pickRegion(bundles);
      expect(errors).to.deep.equal([]);
      expect(text).to.contain('Kabupaten/kota di Kalimantan Selatan');
      expect(shapes).to.equal(13);
    });
  }

  it('names the missing drill-down file above the map, fires pantau-error and keeps the map', async () => {
    const { text, shapes, errors } = await pickRegion('pantau-compliance-map', 'lonely');
    expect(text).to.contain(
      'Bagian ini tidak tersedia: berkas pantau-compliance-map.drill.js tidak dapat dimuat.',
    );
    // (Its notes' file is missing too, and named in the notes.)
    const drill = errors.filter((e) => e.includes('.drill.'));
    expect(drill).to.have.length(1);
    expect(drill[0]).to.match(/\/csp\/lonely\/pantau-compliance-map\.drill\.js$/);
    expect(shapes).to.equal(1);
  });
});
