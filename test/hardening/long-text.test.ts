import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/geo/id-provinces.js';

/** A name with no place to break, as long URLs and identifiers are. */
const LONG = 'Kabupaten_Dengan_Nama_Yang_Sangat_Panjang_Tanpa_Spasi_Sama_Sekali_1234567890';

/** Texts in the element's shadow root whose box reaches past the host's right edge. */
function overflowing(host: HTMLElement): string[] {
  const right = host.getBoundingClientRect().right + 1;
  const out: string[] = [];
  const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !n.textContent!.trim() || el.closest('.visually-hidden, [hidden]')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) if (r.width && r.right > right) out.push(n.textContent!.trim());
  }
  return out;
}

async function settled(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await waitUntil(() => el.getAttribute('aria-busy') !== 'true' && el.shadowRoot?.textContent?.trim(), '', {
    timeout: 5000,
  });
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
}

describe('Long words on a 320 px phone', () => {
  const cases: [string, ReturnType<typeof html>][] = [
    [
      'pantau-stat',
      html`<pantau-stat
        label=${LONG}
        value="10846"
        previous="8452"
        unit=${LONG}
        period="2024"
        source=${LONG}
        source-url="https://example.test/"
      ></pantau-stat>`,
    ],
    [
      'pantau-complaint-trend',
      html`<pantau-complaint-trend
        period="month"
        series-field="s"
        heading=${LONG}
        subheading=${LONG}
        source=${LONG}
        note=${LONG}
        .data=${[
          { date: '2024-01-01', s: `${LONG}A`, value: 5 },
          { date: '2024-02-01', s: `${LONG}B`, value: 7 },
        ]}
      ></pantau-complaint-trend>`,
    ],
    [
      'pantau-compliance-map',
      html`<pantau-compliance-map
        geo="id-provinces"
        heading=${LONG}
        source=${LONG}
        .data=${[{ code: '63', name: LONG, score: 91.5, year: 2022 }]}
      ></pantau-compliance-map>`,
    ],
    [
      'pantau-service-standard',
      html`<pantau-service-standard
        .data=${{ name: LONG, fee: 0, requirements: [LONG], complaints: [{ type: 'web', url: `https://example.test/${LONG}` }] }}
      ></pantau-service-standard>`,
    ],
  ];
  for (const [tag, markup] of cases)
    it(`${tag} wraps them inside its box`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:320px">${markup}</div>`);
      const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await settled(el);
      expect(el.shadowRoot!.textContent).to.include(LONG.slice(0, 20));
      expect(overflowing(el)).to.deep.equal([]);
    });
});
