import { expect } from '@open-wc/testing';

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

interface TextReport {
  text: string;
  part: string | null;
  color: string;
  visible: boolean;
  fontSize: number;
}
interface ElementReport {
  tag: string;
  defined: boolean;
  text: string;
  width: number;
  height: number;
  adoptedStyleSheets: number;
  styleElements: number;
  texts: TextReport[];
}
interface ProbeReport {
  violations: string[];
  errors: string[];
  results: ElementReport[];
}

const BUNDLE = '/dist/cdn/pantau.js';

/** Loads a CSP page in an iframe and waits for its probe (test/hardening/fixtures/probe.js) to report. */
async function probe(css?: 'hostile'): Promise<ProbeReport> {
  const params = new URLSearchParams({ body: CASES.map((c) => c.markup).join('\n') });
  if (css) params.set('css', css);
  const search = `?${params}`;
  const frame = document.createElement('iframe');
  frame.title = 'CSP probe';
  frame.width = '1000';
  frame.height = '2000';
  const report = new Promise<ProbeReport>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the CSP page never reported (probe.js blocked?)')),
      15000,
    );
    window.addEventListener('message', function onMessage(e: MessageEvent) {
      if (e.source !== frame.contentWindow || e.data?.type !== 'pantau-csp-probe' || e.data.id !== search)
        return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(e.data as ProbeReport);
    });
  });
  frame.src = `/csp/page.html${search}`;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

describe('CDN bundle under a strict Content-Security-Policy', function () {
  this.timeout(30000);

  before(async () => {
    const res = await fetch(BUNDLE, { method: 'HEAD' });
    if (!res.ok) throw new Error(`${BUNDLE} is missing: run \`npm run build\` (or \`npm run size\`) first`);
  });

  it('renders every element with zero CSP violations and no errors', async () => {
    const { violations, errors, results } = await probe();
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(errors, 'page errors').to.deep.equal([]);
    for (const c of CASES) {
      const r = results.find((x) => x.tag === c.tag);
      expect(r, `${c.tag} on the page`).to.exist;
      expect(r!.defined, `${c.tag} is defined by the bundle`).to.be.true;
      expect(r!.text, `${c.tag} shadow text`).to.match(c.text);
      // Styles come through constructable stylesheets, never <style> elements.
      expect(r!.adoptedStyleSheets, `${c.tag} adopted stylesheets`).to.be.greaterThan(0);
      expect(r!.styleElements, `${c.tag} <style> elements`).to.equal(0);
    }
  });

  it('stays visible and readable on a page with hostile global CSS', async () => {
    const { violations, errors, results } = await probe('hostile');
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
