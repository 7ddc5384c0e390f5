import { expect } from '@open-wc/testing';
import { probe } from '../helpers/csp-probe.js';

// Features first paint does not need (the downloads, the table, the large-file path) load on
// first use from side files beside the element's CDN file (scripts/entries.mjs `sideFiles`).
// These pages load dist/cdn: run `npm run build` first.

const TREND =
  '<pantau-complaint-trend id="trend" data-probe-download="svg" data-probe-table="[part=table-toggle]" period="year" heading="Laporan masyarakat" ' +
  'source="Ombudsman RI"><script type="text/csv">date,value\n2023,8452\n2024,10846\n</script></pantau-complaint-trend>';

const MAP =
  '<pantau-compliance-map id="map" data-probe-download="png" data-probe-table=".toolbar > [aria-controls$=-list]" heading="Kepatuhan" projection="mercator" feature-key="code">' +
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
    it(`downloads and opens the table from the side files under strict CSP and Trusted Types (${bundles}.js)`, async () => {
      const { violations, errors, downloads, pantauErrors, results } = await probe({
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
        // The table's code came from pantau-table.js on the first press.
        expect(results.find((r) => r.id === id)!.tables, `${id} table`).to.equal(1);
      });
    });
  }

  // A CSV streamed without a length is counted in the data worker, whose client is the side
  // file pantau-large-csv.js (the worker file beside it).
  const STREAM =
    '<pantau-complaint-trend id="stream" period="month" date-field="date" src="/csp/records.csv"></pantau-complaint-trend>';
  const STREAMED = /dari 11 pada November 2024 menjadi 12 pada Desember 2024/;
  for (const bundles of ['pantau', 'pantau-complaint-trend']) {
    it(`counts a large CSV in the worker through pantau-large-csv.js under strict CSP and Trusted Types (${bundles}.js)`, async () => {
      const { violations, errors, results, workers, pantauErrors } = await probe({
        body: STREAM,
        bundles,
        tt: 'lit-html,pantau',
      });
      expect(violations, 'CSP violations').to.deep.equal([]);
      expect(errors, 'page errors').to.deep.equal([]);
      expect(pantauErrors).to.deep.equal([]);
      expect(workers, 'the data worker ran').to.have.length(1);
      expect(results[0]!.text).to.match(STREAMED);
    });
  }

  it('counts a large CSV on the main thread when pantau-large-csv.js is missing, drawing the same chart', async () => {
    const { violations, errors, results, workers, pantauErrors } = await probe({
      body: STREAM,
      bundles: 'pantau-complaint-trend',
      cdn: 'lonely',
    });
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(errors, 'page errors').to.deep.equal([]);
    expect(pantauErrors).to.deep.equal([]);
    expect(workers, 'no worker').to.deep.equal([]);
    expect(results[0]!.text).to.match(STREAMED);
  });

  it('names the missing side files in the menu and the table, fires pantau-error and keeps the chart', async () => {
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
    // The table opened on a message naming its file instead of a blank panel.
    expect(results[0]!.tables).to.equal(0);
    expect(results[0]!.text).to.contain('Tabel tidak tersedia: berkas pantau-table.js tidak dapat dimuat.');
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

// The map's data notes and drill-down load on first use: the notes' wording (beyond the scale and
// code systems used) from pantau-compliance-map.notes.js when there is something to note and a
// reader comes to the notes, drill-down from pantau-compliance-map.drill.js on the first region
// picked. The page is driven from here (same origin), as the probe only reads what it shows.
describe("the map's notes and drill-down side files", function () {
  this.timeout(30000);

  // A row of no region to note, and a finer geometry to drill into.
  const PAGE = MAP.replace('data-probe-download="png" ', '')
    .replace('}]</script>', '},{"code":"99","name":"Atlantis","score":50,"year":2022}]</script>')
    .replace(
      'feature-key="code"',
      'feature-key="code" name-key="name" detail-geo-src="/test/fixtures/geo/id-regencies-507.geojson" ' +
        'detail-parent-key="WADMPR" detail-name-key="WADMKK"',
    );

  /** Opens the page, lets `act` use the drawn map, and reports what it showed and what went wrong. */
  async function drive(
    bundles: string,
    act: (el: Element, win: Window & typeof globalThis) => Promise<void>,
    cdn?: 'lonely',
  ) {
    const params = new URLSearchParams({ body: PAGE, bundles, tt: 'lit-html,pantau' });
    if (cdn) params.set('cdn', cdn);
    const frame = document.createElement('iframe');
    frame.src = `/csp/page.html?${params}`;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    const violations: string[] = [];
    const problems: string[] = [];
    win.document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    win.addEventListener('error', (e) => problems.push(e.message));
    win.addEventListener('unhandledrejection', (e) => problems.push(String(e.reason)));
    const el = win.document.querySelector('pantau-compliance-map')!;
    const errors: string[] = [];
    el.addEventListener('pantau-error', (e) => errors.push(String((e as CustomEvent).detail.url)));
    await until(() => shapes(el).length);
    await act(el, win);
    const text = (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
    const result = { text, shapes: shapes(el).length, errors, violations, problems };
    frame.remove();
    return result;
  }
  const until = async (ok: () => unknown) => {
    for (let i = 0; i < 300 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
  };
  const shapes = (el: Element) => el.shadowRoot?.querySelectorAll('.regions [data-i]:not(.hit)') ?? [];
  const openNotes = async (el: Element) => {
    el.shadowRoot!.querySelector<HTMLDetailsElement>('details.notes')!.open = true;
    await until(() => /Baris data tanpa wilayah|tidak dapat dimuat/.test(el.shadowRoot!.textContent ?? ''));
  };
  const pickRegion = async (el: Element, win: Window & typeof globalThis) => {
    shapes(el)[0]!.dispatchEvent(new win.MouseEvent('click', { bubbles: true, composed: true }));
    await until(() => el.shadowRoot!.querySelector('.drill'));
    await until(() => shapes(el).length > 1 || el.shadowRoot!.querySelector('.drill[role=alert]'));
  };

  for (const bundles of ['pantau', 'pantau-compliance-map']) {
    it(`words the notes and drills down from the side files under strict CSP and Trusted Types (${bundles}.js)`, async () => {
      const notes = await drive(bundles, openNotes);
      expect(notes.violations, 'CSP violations').to.deep.equal([]);
      expect(notes.problems, 'page errors').to.deep.equal([]);
      expect(notes.errors).to.deep.equal([]);
      expect(notes.text).to.contain('Catatan data (1)');
      expect(notes.text).to.contain('Baris data tanpa wilayah (1)');
      expect(notes.text).to.contain('baris 2: 99 Atlantis');
      const drill = await drive(bundles, pickRegion);
      expect(drill.violations, 'CSP violations').to.deep.equal([]);
      expect(drill.problems, 'page errors').to.deep.equal([]);
      expect(drill.errors).to.deep.equal([]);
      expect(drill.text).to.contain('Kabupaten/kota di Kalimantan Selatan');
      expect(drill.shapes).to.equal(13);
    });
  }

  it('names a missing notes or drill-down file where it was needed, fires pantau-error and keeps the map', async () => {
    const notes = await drive('pantau-compliance-map', openNotes, 'lonely');
    expect(notes.problems, 'page errors').to.deep.equal([]);
    expect(notes.text).to.contain(
      'Bagian ini tidak tersedia: berkas pantau-compliance-map.notes.js tidak dapat dimuat.',
    );
    expect(notes.errors).to.have.length(1);
    expect(notes.errors[0]).to.match(/\/csp\/lonely\/pantau-compliance-map\.notes\.js$/);
    // What the element file draws on its own stays: the map, its title, the notes' summary.
    expect(notes.shapes).to.equal(1);
    expect(notes.text).to.contain('Kepatuhan');
    expect(notes.text).to.contain('Catatan data (1)');
    expect(notes.text).to.contain('Skala yang dipakai');

    const drill = await drive('pantau-compliance-map', pickRegion, 'lonely');
    expect(drill.problems, 'page errors').to.deep.equal([]);
    expect(drill.text).to.contain(
      'Bagian ini tidak tersedia: berkas pantau-compliance-map.drill.js tidak dapat dimuat.',
    );
    expect(drill.errors).to.have.length(1);
    expect(drill.errors[0]).to.match(/\/csp\/lonely\/pantau-compliance-map\.drill\.js$/);
    expect(drill.shapes).to.equal(1);
  });
});
