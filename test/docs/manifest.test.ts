/**
 * custom-elements.json is the reference (Storybook's controls and docs are built from it), so it
 * must match what the elements really do: every part in the rendered DOM, every `--pantau-*`
 * custom property the styles read, every attribute and every event is documented with a
 * description; and nothing documented is missing from the element. Each element is rendered in
 * its main states (data, loading, error, stale or issues, menus and table open, a region or period
 * selected) and the union of what those show is compared with the manifest.
 *
 * Reads dist/custom-elements.json, written by `npm run analyze` (run by `npm test` first).
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';
import '../../src/elements/stat/pantau-stat.js';
import '../../src/elements/complaint-trend/pantau-complaint-trend.js';
import '../../src/elements/compliance-map/pantau-compliance-map.js';
import '../../src/elements/service-standard/pantau-service-standard.js';
import '../../src/geo/id-provinces.js';
import { YEARLY } from '../elements/complaint-trend/fixtures.js';
import { provinceRatings } from '../elements/compliance-map/helpers.js';

interface Item {
  name: string;
  description?: string;
  fieldName?: string;
  type?: { text?: string };
  default?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  slots?: Item[];
}

let declarations: Declaration[] = [];
before(async () => {
  const res = await fetch('/dist/custom-elements.json');
  if (!res.ok) throw new Error('dist/custom-elements.json is missing: run `npm run analyze` first');
  const manifest = (await res.json()) as { modules: { declarations?: Declaration[] }[] };
  declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
});
const declarationOf = (tag: string) => {
  const d = declarations.find((x) => x.tagName === tag);
  if (!d) throw new Error(`${tag} is not in custom-elements.json`);
  return d;
};
const names = (items: Item[] | undefined) => new Set((items ?? []).map((i) => i.name));
const undocumented = (items: Item[] | undefined) =>
  (items ?? []).filter((i) => !i.description?.trim()).map((i) => i.name);

async function until(check: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
}
async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await (el as LitElement).updateComplete;
    await nextFrame();
  }
}

/** Every part name in an element's shadow tree, nested shadow roots included. */
function partsIn(root: ParentNode, out = new Set<string>()): Set<string> {
  for (const el of root.querySelectorAll('*')) {
    for (const p of (el.getAttribute('part') ?? '').split(/\s+/)) if (p) out.add(p);
    if (el.shadowRoot) partsIn(el.shadowRoot, out);
  }
  return out;
}

/** Every `--pantau-*` custom property read with var() by the element's styles. */
function propertiesRead(tag: string): Set<string> {
  const cls = customElements.get(tag) as unknown as typeof LitElement;
  const text = cls.elementStyles.map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
  return new Set([...text.matchAll(/var\(\s*(--pantau-[\w-]+)/g)].map((m) => m[1]!));
}

/** Opens every closed menu, list and table (buttons with aria-expanded, the table toggle), so their parts render too. */
async function openEverything(el: Element, seen: Set<string>): Promise<void> {
  const root = el.shadowRoot!;
  const buttons = [
    ...new Set(root.querySelectorAll<HTMLElement>('button[aria-expanded="false"], [part~="table-toggle"]')),
  ];
  for (const button of buttons) {
    button.click();
    // A table's or menu's code loads on its first opening: it opens once loaded.
    await waitUntil(() => button.getAttribute('aria-expanded') !== 'false', 'nothing opened');
    await settle(el);
    partsIn(root, seen);
    button.click();
    await settle(el);
  }
}

/** Focuses the interactive area, moves once and presses Enter (the tooltip and a select event). */
async function pointAndSelect(el: Element, area: string, seen: Set<string>): Promise<void> {
  const target = el.shadowRoot!.querySelector<HTMLElement>(`[part~="${area}"]`);
  if (!target) return;
  target.focus();
  await settle(el);
  await sendKeys({ press: 'ArrowRight' });
  await settle(el);
  partsIn(el.shadowRoot!, seen);
  await sendKeys({ press: 'Enter' });
  await settle(el);
  partsIn(el.shadowRoot!, seen);
}

const FAIL = '/__faults/status/500';
const HANG = '/__faults/hang';
const ISSUE_ROWS = [
  { date: '2024-01-04', kategori: 'agraria' },
  { date: '31/01/2024', kategori: 'agraria' },
  { date: '2024-02-02', kategori: 'kepolisian' },
];

interface Scene {
  name: string;
  make: () => Promise<TemplateResult>;
  ready: (el: Element) => boolean;
  interact?: string;
}
const hasPart = (p: string) => (el: Element) => !!el.shadowRoot?.querySelector(`[part~="${p}"]`);
const drawn = (el: Element) => (el.shadowRoot?.querySelectorAll('.regions [data-i]').length ?? 0) > 0;

const SCENES: Record<string, Scene[]> = {
  'pantau-stat': [
    {
      name: 'data',
      make: async () =>
        html`<pantau-stat
          label="Laporan"
          value="10846"
          previous="8452"
          unit="laporan"
          period="2024"
          previous-period="2023"
          source="Ombudsman RI"
          source-url="https://ombudsman.go.id/"
          updated="2025-01-15"
        ></pantau-stat>`,
      ready: hasPart('value'),
    },
    {
      name: 'data property',
      make: async () =>
        html`<pantau-stat .data=${{ value: 10846, previous: 8452, label: 'Laporan' }}></pantau-stat>`,
      ready: hasPart('value'),
    },
    { name: 'loading', make: async () => html`<pantau-stat src=${HANG}></pantau-stat>`, ready: () => true },
    {
      name: 'error',
      make: async () => html`<pantau-stat src=${FAIL}></pantau-stat>`,
      ready: hasPart('retry'),
    },
  ],
  'pantau-complaint-trend': [
    {
      name: 'data',
      make: async () =>
        html`<pantau-complaint-trend
          .data=${YEARLY}
          heading="Pengaduan"
          subheading="Per tahun"
          source="Ombudsman RI"
          note="Contoh"
          updated="2025-01-15"
        ></pantau-complaint-trend>`,
      ready: hasPart('plot'),
      interact: 'plot',
    },
    {
      name: 'issues',
      make: async () =>
        html`<pantau-complaint-trend .data=${ISSUE_ROWS} series-field="kategori"></pantau-complaint-trend>`,
      ready: hasPart('issues'),
    },
    {
      name: 'loading',
      make: async () => html`<pantau-complaint-trend src=${HANG}></pantau-complaint-trend>`,
      ready: () => true,
    },
    {
      name: 'error',
      make: async () => html`<pantau-complaint-trend src=${FAIL}></pantau-complaint-trend>`,
      ready: hasPart('retry'),
    },
  ],
  'pantau-compliance-map': [
    {
      name: 'data',
      make: async () =>
        html`<pantau-compliance-map
          geo="id-provinces"
          data-key="code"
          code-system="kemendagri"
          name-field="province"
          heading="Kepatuhan 2022"
          subheading="Per provinsi"
          source="Ombudsman RI"
          source-url="https://ombudsman.go.id/"
          note="Contoh"
          .data=${await provinceRatings()}
        ></pantau-compliance-map>`,
      ready: drawn,
      interact: 'map',
    },
    {
      name: 'loading',
      make: async () => html`<pantau-compliance-map geo="id-provinces" src=${HANG}></pantau-compliance-map>`,
      ready: () => true,
    },
    {
      name: 'error',
      make: async () => html`<pantau-compliance-map geo="id-provinces" src=${FAIL}></pantau-compliance-map>`,
      ready: hasPart('retry'),
    },
  ],
  'pantau-service-standard': [
    {
      name: 'full',
      make: async () =>
        html`<pantau-service-standard
          src="/demo/data/services/services.json"
          service="ktp-el"
        ></pantau-service-standard>`,
      ready: hasPart('facts'),
    },
    {
      name: 'compact',
      make: async () =>
        html`<pantau-service-standard
          src="/demo/data/services/services.json"
          service="ktp-el"
          variant="compact"
          details-href="#ktp"
        ></pantau-service-standard>`,
      ready: hasPart('details-link'),
    },
    {
      name: 'error',
      make: async () => html`<pantau-service-standard src=${FAIL}></pantau-service-standard>`,
      ready: (el) => !!el.shadowRoot?.querySelector('[role="alert"]'),
    },
  ],
};

describe('custom-elements.json documents each element completely', () => {
  for (const [tag, scenes] of Object.entries(SCENES)) {
    describe(`<${tag}>`, () => {
      const seenParts = new Set<string>();
      const firedEvents = new Set<string>();

      before(async function () {
        this.timeout(60000);
        // Events fired while the element is first rendered count too, so the spy is on every target.
        const real = EventTarget.prototype.dispatchEvent;
        EventTarget.prototype.dispatchEvent = function (this: EventTarget, e: Event) {
          if (e.type.startsWith('pantau-') && (this as Element).localName === tag) firedEvents.add(e.type);
          return real.call(this, e);
        };
        try {
          for (const scene of scenes) await visit(scene);
        } finally {
          EventTarget.prototype.dispatchEvent = real;
        }
      });

      async function visit(scene: Scene): Promise<void> {
        {
          const wrap = await fixture<HTMLDivElement>(
            html`<div style="width: 720px">${await scene.make()}</div>`,
          );
          const el = wrap.firstElementChild!;
          await until(() => scene.ready(el));
          await settle(el);
          expect(scene.ready(el), `${tag} did not reach its ${scene.name} state`).to.equal(true);
          partsIn(el.shadowRoot!, seenParts);
          await openEverything(el, seenParts);
          if (scene.interact) await pointAndSelect(el, scene.interact, seenParts);
          wrap.remove();
        }
      }

      it('documents every part it renders, and renders every part it documents', () => {
        const documented = names(declarationOf(tag).cssParts);
        expect(
          [...seenParts].filter((p) => !documented.has(p)),
          'parts in the DOM, not documented',
        ).to.deep.equal([]);
        expect(
          [...documented].filter((p) => !seenParts.has(p)),
          'parts documented, never rendered',
        ).to.deep.equal([]);
      });

      it('documents every --pantau-* custom property its styles read, and documents no other', () => {
        const read = propertiesRead(tag);
        const documented = names(declarationOf(tag).cssProperties);
        expect(
          [...read].filter((p) => !documented.has(p)),
          'read by the styles, not documented',
        ).to.deep.equal([]);
        expect(
          [...documented].filter((p) => !read.has(p)),
          'documented, never read',
        ).to.deep.equal([]);
      });

      it('documents every observed attribute, with a description', () => {
        const observed = (customElements.get(tag) as unknown as typeof LitElement).observedAttributes;
        const documented = names(declarationOf(tag).attributes);
        expect(
          observed.filter((a) => !documented.has(a)),
          'observed, not documented',
        ).to.deep.equal([]);
        expect(
          [...documented].filter((a) => !observed.includes(a)),
          'documented, not observed',
        ).to.deep.equal([]);
        expect(undocumented(declarationOf(tag).attributes), 'attributes without a description').to.deep.equal(
          [],
        );
      });

      it('documents every event it fires, with a description', () => {
        const d = declarationOf(tag);
        const documented = names(d.events);
        expect(
          [...firedEvents].filter((e) => !documented.has(e)),
          'fired, not documented',
        ).to.deep.equal([]);
        expect(
          [...documented].filter((e) => !firedEvents.has(e)),
          'documented, never fired in these states',
        ).to.deep.equal([]);
        for (const list of [d.events, d.cssParts, d.cssProperties, d.slots])
          expect(undocumented(list), 'items without a description').to.deep.equal([]);
      });
    });
  }
});

describe('custom-elements.json names what an attribute takes', () => {
  // Storybook offers a select from these, and a reader of the docs sees values, not type names.
  it('lists the values of an attribute typed with an alias, and a constant default by its value', () => {
    const attr = (tag: string, name: string) => declarationOf(tag).attributes?.find((a) => a.name === name);
    expect(attr('pantau-complaint-trend', 'period')?.type?.text).to.equal(
      "'day' | 'week' | 'month' | 'quarter' | 'year'",
    );
    expect(attr('pantau-complaint-trend', 'mode')?.type?.text).to.equal(
      "'line' | 'area' | 'bars' | 'grouped'",
    );
    expect(attr('pantau-complaint-trend', 'time-zone')?.default).to.equal("'Asia/Jakarta'");
    expect(attr('pantau-compliance-map', 'projection')?.type?.text).to.match(/^'[a-z-]+'( \| '[a-z-]+')+$/);
  });
});
