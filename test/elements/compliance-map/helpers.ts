import { fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import type { FeatureCollection } from 'geojson';
import '../../../src/elements/compliance-map/pantau-compliance-map.js';
import '../../../src/geo/id-provinces.js';
import type { PantauComplianceMap } from '../../../src/elements/compliance-map/pantau-compliance-map.js';
import { normalizeName } from '../../../src/geo/names.js';
import { fixtureCsv, fixtureJson } from '../../geo/fixtures.js';
import { MapHarness } from '../../harness/map.js';

export type Row = Record<string, string>;

/** The 2022 provincial ratings with the Kemendagri code looked up by name in the official code list. */
export async function provinceRatings(): Promise<Row[]> {
  const [ratings, codes] = await Promise.all([
    fixtureCsv('compliance/ombudsman-compliance-2022.csv'),
    fixtureCsv('codes/provinces.csv'),
  ]);
  const byName = new Map(codes.map((c) => [normalizeName(c.name)!.key, c.code]));
  return ratings
    .filter((r) => r.level === 'provinsi')
    .map((r) => ({ ...r, code: byName.get(normalizeName(r.province)!.key)! }));
}

export async function sumutRegencies(): Promise<{ geo: FeatureCollection; rows: Row[] }> {
  const [fc, ratings] = await Promise.all([
    fixtureJson('geo/id-regencies-507.geojson'),
    fixtureCsv('compliance/ombudsman-compliance-2022.csv'),
  ]);
  const geo: FeatureCollection = {
    type: 'FeatureCollection',
    features: fc.features.filter((f) => f.properties?.['WADMPR'] === 'Sumatera Utara'),
  };
  return { geo, rows: ratings.filter((r) => r.province === 'Sumatera Utara' && r.level !== 'provinsi') };
}

export const shadow = (el: Element) => el.shadowRoot!;
export const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
export const regionShapes = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<SVGElement>('.regions [data-i]:not(.hit)'),
];

/** Waits until the map has drawn (or given up drawing) its regions. */
export async function drawn(el: PantauComplianceMap, min = 1): Promise<void> {
  for (let i = 0; i < 200 && regionShapes(el).length < min; i++) await nextFrame();
  await el.updateComplete;
}

/**
 * Opens the data notes as a reader does and waits for their wording, which loads on first use;
 * their text, whitespace collapsed.
 */
export async function openNotes(el: PantauComplianceMap): Promise<string> {
  const notes = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.notes')!;
  const toggled = oneEvent(notes, 'toggle');
  notes.open = true;
  await toggled;
  await el.updateComplete;
  const waiting = () => el.shadowRoot!.querySelector('.notes-wait:not([role=alert])');
  for (let i = 0; i < 200 && waiting(); i++) await nextFrame();
  await el.updateComplete;
  return (notes.textContent ?? '').replace(/\s+/g, ' ');
}

/** The province map with the 2022 ratings joined by Kemendagri code. */
export async function provinceMap(lang = 'id', theme?: 'light' | 'dark'): Promise<PantauComplianceMap> {
  const rows = await provinceRatings();
  const el = await fixture<PantauComplianceMap>(
    html`<div style="width: 960px">
      <pantau-compliance-map
        lang=${lang}
        theme=${theme ?? 'light'}
        geo="id-provinces"
        data-key="code"
        code-system="kemendagri"
        name-field="province"
        heading="Kepatuhan standar pelayanan publik 2022"
        source="Ombudsman RI (via pemberitaan)"
        .data=${rows}
      ></pantau-compliance-map>
    </div>`,
  ).then((d) => d.querySelector('pantau-compliance-map')!);
  await drawn(el, 38);
  return el;
}

export { oneEvent };

/** The map through its harness: what a reader sees and does. */
export const harness = (el: PantauComplianceMap) => new MapHarness(el);

/** A 2°-square region at longitude `x` in Kalimantan's latitudes: maps small enough to reason about. */
export const square = (properties: Record<string, string>, x: number) => ({
  type: 'Feature',
  properties,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, -4],
        [x + 2, -4],
        [x + 2, -2],
        [x, -2],
        [x, -4],
      ],
    ],
  },
});

/** Two such regions, codes 63 and 64. */
export const twoSquares = {
  type: 'FeatureCollection',
  features: [square({ code: '63' }, 114), square({ code: '64' }, 117)],
};
