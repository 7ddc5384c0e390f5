import { expect, waitUntil } from '@open-wc/testing';
import { probe } from '../helpers/csp-probe.js';

/**
 * The demo that `npm start` serves, on its bundled data: every element must end up showing
 * figures, never a loading or error state, and so must every embed code its builder offers
 * (the code a journalist copies is the code the preview runs).
 */

type Pantau = HTMLElement & { updateComplete?: Promise<unknown> };

const ERROR = '.data-state.error, .data-state.loading, .issues.error';

/** Elements still loading, or showing an error, as `tag#id: text`. */
function unsettled(doc: Document): string[] {
  return [...doc.querySelectorAll<Pantau>('*')]
    .filter((el) => el.localName.startsWith('pantau-'))
    .filter((el) => !el.shadowRoot?.textContent?.trim() || el.shadowRoot.querySelector(ERROR))
    .map(
      (el) =>
        `${el.localName}#${el.id}: ${el.shadowRoot?.querySelector(ERROR)?.textContent?.trim() ?? '(empty)'}`,
    );
}

/** Scrolls every element, and the embed builder, into view in turn, as a reader would. */
async function scrollThrough(doc: Document): Promise<void> {
  const targets = [
    ...[...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('pantau-')),
    doc.querySelector('#embed')!,
  ];
  for (const el of targets) {
    el.scrollIntoView();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  await waitUntil(() => doc.querySelector('#embed-element option'), 'embed builder loaded near its section', {
    timeout: 15000,
  });
  // The builder's preview and the service tiles are added once loaded: bring those into view too.
  await waitUntil(() => doc.querySelectorAll('#service-grid > *').length > 0, 'service tiles added', {
    timeout: 15000,
  });
  for (const el of doc.querySelectorAll('#service-grid > *, #embed-preview > *')) {
    el.scrollIntoView();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
}

async function openDemo(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.title = 'demo';
  frame.width = '1200';
  frame.height = '2000';
  frame.src = '/demo/index.html';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('The demo (npm start)', function () {
  this.timeout(60000);
  let doc: Document;

  before(async () => {
    doc = await openDemo();
  });

  it('lets the elements below the first screen wait until the reader scrolls near', async () => {
    const card = doc.querySelector<Pantau>('#service-full')!;
    await waitUntil(() => card.shadowRoot?.querySelector('.data-state.loading'), 'the card shows its place', {
      timeout: 15000,
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(card.getAttribute('loading')).to.equal('lazy');
    expect(card.shadowRoot!.querySelector('.data-state.loading'), 'still waiting').to.exist;
    expect(card.hasAttribute('aria-busy')).to.equal(false);
    expect(doc.querySelector('#embed-element option'), 'the embed builder waits for its section').to.equal(
      null,
    );
  });

  it('shows every element with its data once scrolled to, and no error', async () => {
    await scrollThrough(doc);
    await waitUntil(() => unsettled(doc).length === 0, `still unsettled: ${unsettled(doc).join('; ')}`, {
      timeout: 30000,
      interval: 200,
    }).catch(() => expect(unsettled(doc)).to.deep.equal([]));
    const stat = doc.querySelector('pantau-stat')!;
    expect(stat.shadowRoot!.textContent).to.match(/\d{1,3}(\.\d{3})+/);
  });

  it('offers embed codes whose preview is the code it shows', async () => {
    const picker = doc.querySelector<HTMLSelectElement>('#embed-element')!;
    const preview = doc.querySelector<HTMLElement>('#embed-preview')!;
    const code = doc.querySelector<HTMLTextAreaElement>('#embed-code')!;
    const tags = [...picker.options].map((o) => o.value);
    expect(tags).to.have.length(4);
    for (const tag of tags) {
      const el = await pick(doc, tag);
      await waitUntil(() => unsettled(preview.ownerDocument).length === 0, '', { timeout: 15000 }).catch(() =>
        expect(unsettled(preview.ownerDocument), tag).to.deep.equal([]),
      );
      // The preview is the code parsed: its attributes and children (the element may add more, e.g. aria-busy).
      const parsed = new DOMParser().parseFromString(code.value, 'text/html').querySelector(tag)!;
      expect(sameAsCode(el, parsed), tag).to.be.true;
      expect(code.value).to.include(`<script type="module" src="/assets/pantau/${tag}.js"></script>`);
    }
  });

  /** Pastes the builder's code for `tag` whole into a strict-CSP page at /csp/ and reports what it shows. */
  async function pasted(tag: string, set: Record<string, string> = {}) {
    await pick(doc, tag);
    fill(doc, { 'embed-base': '/dist/cdn/', ...set });
    const code = doc.querySelector<HTMLTextAreaElement>('#embed-code')!.value;
    const report = await probe({ body: code, bundles: 'none' });
    return { code, report, el: report.results.find((r) => r.tag === tag)! };
  }

  const FAILED = /tidak dapat dimuat|belum dimuat|Tidak ada baris data|Data tidak/;

  it('gives codes that work pasted into a blank page on another path under a strict CSP', async () => {
    const expected: Record<string, RegExp> = {
      'pantau-stat': /10\.846/,
      'pantau-complaint-trend': /10\.846.*Termasuk IAP dan RCO/,
      'pantau-compliance-map': /kualitas tertinggi 88–100 5 wilayah.*Tidak ada data 31 wilayah/,
      'pantau-service-standard': /Penerbitan KTP-el.*Gratis/,
    };
    for (const [tag, text] of Object.entries(expected)) {
      const { report, el, code } = await pasted(tag);
      expect(report.violations, `${tag}: CSP violations`).to.deep.equal([]);
      expect(report.errors, `${tag}: page errors`).to.deep.equal([]);
      expect(el.defined, `${tag} defined by its own file`).to.be.true;
      expect(el.text, `${tag}:\n${code}`).to.not.match(FAILED);
      expect(el.text, tag).to.match(text);
    }
  });

  it("takes the journalist's own CSV, language, theme and frame fields into the code", async () => {
    const { report, el, code } = await pasted('pantau-complaint-trend', {
      'embed-inline': 'bulan;jumlah\n2024-01;1204\n2024-02;1530\n',
      'embed-lang': 'en',
      'embed-theme': 'light',
      heading: 'Complaints per month',
      subheading: 'Regency of Contoh',
      note: 'Counted by date received.',
      updated: '2025-03-01',
      period: 'month',
      'date-field': 'bulan',
      'value-field': 'jumlah',
      'embed-option': '2024-02 | New hotline\nnot a line',
    });
    expect(code).to.include('<script type="text/csv">bulan;jumlah');
    expect(code).to.match(/lang="en"[\s\S]*theme="light"/);
    expect(report.errors).to.deep.equal([]);
    expect(el.text).to.not.match(FAILED);
    for (const t of [
      'Complaints per month',
      'Regency of Contoh',
      'Counted by date received.',
      'New hotline',
      '1,530',
    ])
      expect(el.text).to.contain(t);
    expect(doc.querySelector('#embed-data-status')!.textContent).to.contain('1 baris tidak terbaca');
  });

  it('writes a data URL as an absolute URL, so it loads from any path', async () => {
    const { el, code } = await pasted('pantau-compliance-map', {
      source: 'url',
      'embed-url': './data/compliance/ombudsman-compliance-2022.csv',
    });
    const src = new URL('./data/compliance/ombudsman-compliance-2022.csv', doc.location.href).href;
    expect(code).to.include(`src="${src}"`);
    expect(code).to.not.include('text/csv');
    expect(el.text).to.not.match(FAILED);
    // Drawn from the file: the legend counts regions with a rating (the notes' lists load
    // their wording only once opened, so the page text is the legend's).
    expect(el.text).to.match(/(highest quality|kualitas tertinggi)\D*[\d.,–]+\s+[1-9]\d* (regions?|wilayah)/);
  });

  it('escapes what is typed, so no field becomes markup', async () => {
    await pick(doc, 'pantau-stat');
    fill(doc, { label: '"><img src=x onerror=alert(1)>' });
    const code = doc.querySelector<HTMLTextAreaElement>('#embed-code')!.value;
    expect(code).to.include('label="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    await pick(doc, 'pantau-complaint-trend');
    fill(doc, { 'embed-inline': 'date,value\n2024,1</script><img src=x onerror=alert(1)>' });
    expect(doc.querySelector<HTMLTextAreaElement>('#embed-code')!.value).to.not.include('<img');
    expect(doc.querySelector('#embed-data-status')!.textContent).to.contain('</script');
  });
});

/** Picks an element in the builder and waits for its preview (the code, parsed). */
async function pick(doc: Document, tag: string): Promise<Pantau> {
  const picker = doc.querySelector<HTMLSelectElement>('#embed-element')!;
  picker.value = tag;
  picker.dispatchEvent(new Event('change'));
  return settlePreview(doc, tag);
}

async function settlePreview(doc: Document, tag: string): Promise<Pantau> {
  const preview = doc.querySelector<HTMLElement>('#embed-preview')!;
  const code = doc.querySelector<HTMLTextAreaElement>('#embed-code')!;
  await waitUntil(() => {
    const el = preview.firstElementChild;
    const parsed = new DOMParser().parseFromString(code.value, 'text/html').querySelector(tag);
    return !!el && !!parsed && sameAsCode(el, parsed);
  }, `no preview of ${tag}`);
  return preview.firstElementChild as Pantau;
}

/** True when `el` carries every attribute and child of the element the code describes. */
function sameAsCode(el: Element, parsed: Element): boolean {
  return (
    el.localName === parsed.localName &&
    parsed.getAttributeNames().every((a) => el.getAttribute(a) === parsed.getAttribute(a)) &&
    [...parsed.children].every((c, i) => el.children[i]?.outerHTML === c.outerHTML)
  );
}

/**
 * Types into the builder: `embed-*` are its own inputs by id, `source` its data-source radio,
 * any other key an attribute field of the chosen element.
 */
function fill(doc: Document, values: Record<string, string>): void {
  for (const [key, value] of Object.entries(values)) {
    if (key === 'source') {
      const radio = doc.querySelector<HTMLInputElement>(`input[name="embed-source"][value="${value}"]`)!;
      radio.checked = true;
      radio.dispatchEvent(new Event('change'));
      continue;
    }
    const input = key.startsWith('embed-')
      ? doc.querySelector<HTMLInputElement>(`#${key}`)
      : doc.querySelector<HTMLInputElement>(`#embed-fields [data-attr="${key}"]`);
    if (!input) continue;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
}
