import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { capStrings, capText, MAX_ACCESSIBLE_TEXT, TEXT_CAPS } from '../../src/elements/shared/text-cap.js';
import '../../src/index.js';
import '../../src/geo/id-provinces.js';

/** 100 KB with no place to break: the layout cost grows with it (seconds at this size). */
const HUGE = 'Ω'.repeat(100_000);
const LONGEST_SHOWN = TEXT_CAPS.text + 300; // a cut text inside a sentence of the element's own

/** Every text node of the shadow root, and whether assistive technology alone reads it. */
function texts(el: Element): { text: string; hidden: boolean }[] {
  const out: { text: string; hidden: boolean }[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    out.push({ text: n.textContent!, hidden: !!n.parentElement?.closest('.visually-hidden') });
  return out;
}

async function settled(el: HTMLElement & { updateComplete?: Promise<unknown> }) {
  const end = Date.now() + 8000;
  while (Date.now() < end && (el.getAttribute('aria-busy') === 'true' || !el.shadowRoot?.textContent?.trim()))
    await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
}

function expectCapped(el: Element) {
  const all = texts(el);
  const shown = all.filter((t) => !t.hidden).map((t) => t.text.length);
  const spoken = all.filter((t) => t.hidden).map((t) => t.text.length);
  expect(Math.max(0, ...shown), 'longest text shown').to.be.at.most(LONGEST_SHOWN);
  expect(Math.max(0, ...spoken), 'longest text for assistive technology').to.be.at.most(
    MAX_ACCESSIBLE_TEXT + 500,
  );
  for (const a of el.shadowRoot!.querySelectorAll('*'))
    for (const attr of a.getAttributeNames())
      if (attr !== 'href')
        expect(a.getAttribute(attr)!.length, `${a.localName}[${attr}]`).to.be.at.most(LONGEST_SHOWN);
  // The reader still sees where the text starts, and that it was cut.
  const joined = all.map((t) => t.text).join('');
  expect(joined).to.contain(`${'Ω'.repeat(50)}`);
  expect(joined).to.contain('…');
}

describe('text caps: 100 KB strings are cut where they are shown', () => {
  it('cuts at a character, never inside a surrogate pair, and leaves short text alone', () => {
    expect(capText('abc', 3)).to.equal('abc');
    expect(capText('abcdef', 4)).to.equal('abc…');
    expect(capText('ab😀def', 4)).to.equal('ab…');
    expect(capText('a    bcdef', 4)).to.equal('a…');
  });

  it('copies plain data with its strings cut, once per object, and passes other objects through', () => {
    const date = new Date(0);
    const data = { name: 'x'.repeat(500), list: ['y'.repeat(5000)], when: date, n: 3 };
    const out = capStrings(data, { default: 100, keys: { name: 10 } });
    expect(out.name).to.have.length(10);
    expect(out.list[0]).to.have.length(100);
    expect(out.when).to.equal(date);
    expect(out.n).to.equal(3);
    expect(capStrings(data, { default: 100, keys: { name: 10 } })).to.equal(out);
  });

  it('<pantau-stat> with a 100 KB label, unit, period and source', async () => {
    const el = await fixture<HTMLElement>(
      html`<pantau-stat
        value="10846"
        previous="9000"
        label=${HUGE}
        unit=${HUGE}
        period=${HUGE}
        previous-period=${HUGE}
        source=${HUGE}
        source-url="https://example.test/"
      ></pantau-stat>`,
    );
    await settled(el);
    expectCapped(el);
    // The sentence read aloud keeps more of each text than is shown.
    const sentence = el.shadowRoot!.querySelector('.visually-hidden')!.textContent!;
    expect(sentence.length).to.be.above(TEXT_CAPS.text);
  });

  it('<pantau-complaint-trend> with 100 KB titles, series names, subject and annotations', async () => {
    const el = await fixture<HTMLElement>(
      html`<pantau-complaint-trend
        period="month"
        series-field="s"
        heading=${HUGE}
        subheading=${HUGE}
        source=${HUGE}
        note=${HUGE}
        subject=${HUGE}
        .annotations=${[{ date: '2024-02-01', label: HUGE }]}
        .data=${[
          { date: '2024-01-01', s: `${HUGE}A`, value: 5 },
          { date: '2024-02-01', s: `${HUGE}B`, value: 7 },
        ]}
      ></pantau-complaint-trend>`,
    );
    await settled(el);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!;
    toggle.click();
    // The table's code loads on the first opening.
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'the table did not open');
    await settled(el);
    expectCapped(el);
  });

  it('<pantau-complaint-trend> with a 100 KB field name that is not in the data', async () => {
    const el = await fixture<HTMLElement>(
      html`<pantau-complaint-trend
        period="month"
        value-field=${HUGE}
        .data=${[{ date: '2024-01-01', value: 5 }]}
      ></pantau-complaint-trend>`,
    );
    await settled(el);
    for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
    const longest = Math.max(
      ...texts(el)
        .filter((t) => !t.hidden)
        .map((t) => t.text.length),
    );
    expect(longest).to.be.at.most(LONGEST_SHOWN);
  });

  it('<pantau-compliance-map> with 100 KB titles, region names, band labels and notes', async () => {
    const el = await fixture<HTMLElement>(
      html`<pantau-compliance-map
        geo="id-provinces"
        heading=${HUGE}
        subheading=${HUGE}
        source=${HUGE}
        note=${HUGE}
        name-field="name"
        .thresholds=${[{ min: 0, label: HUGE, color: 'zone-green' }]}
        .data=${[
          { code: '63', name: HUGE, score: 91.5, year: 2022 },
          { code: '99', name: HUGE, score: 50, year: 2022 },
        ]}
      ></pantau-compliance-map>`,
    );
    await settled(el);
    for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
    const list = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.getAttribute('aria-controls')?.endsWith('-list'),
    );
    list?.click();
    await settled(el);
    expectCapped(el);
  });

  it('<pantau-compliance-map> naming a 100 KB geometry that is not registered', async () => {
    const el = await fixture<HTMLElement>(html`<pantau-compliance-map geo=${HUGE}></pantau-compliance-map>`);
    await settled(el);
    expect(Math.max(...texts(el).map((t) => t.text.length))).to.be.at.most(LONGEST_SHOWN);
  });

  it('<pantau-service-standard> with 100 KB names, requirements, notes and channels', async () => {
    const data = {
      name: HUGE,
      provider: HUGE,
      fee: 0,
      requirements: [HUGE, HUGE],
      procedure: [HUGE],
      note: HUGE,
      source: HUGE,
      complaints: [
        { type: 'address', value: HUGE, label: HUGE },
        { type: 'web', value: `https://example.test/${HUGE}` },
      ],
    };
    const el = await fixture<HTMLElement>(
      html`<pantau-service-standard .data=${data}></pantau-service-standard>`,
    );
    await settled(el);
    expectCapped(el);
    expect(el.shadowRoot!.querySelector(`a[href*="ΩΩΩ"], a[href*="%CE%A9"]`)).to.equal(null);
    const missing = await fixture<HTMLElement>(
      html`<pantau-service-standard service=${HUGE} .data=${data}></pantau-service-standard>`,
    );
    await settled(missing);
    expect(Math.max(...texts(missing).map((t) => t.text.length))).to.be.at.most(LONGEST_SHOWN);
  });
});
