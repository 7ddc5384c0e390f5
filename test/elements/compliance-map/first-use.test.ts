import { expect, fixture, html } from '@open-wc/testing';
import type { PantauComplianceMap } from '../../../src/elements/compliance-map/pantau-compliance-map.js';
import type { PantauDataIssuesEvent } from '../../../src/events/data-issues.js';
import '../../../src/geo/id-provinces.js';
import { drawn, harness, openNotes, regionShapes, shadow, text, twoSquares } from './helpers.js';

// What the map's first paint does not need loads on first use (in the CDN build, from the side
// files pantau-compliance-map.notes.js and pantau-compliance-map.drill.js): the wording of the
// data notes when there is something to note and a reader comes to them, drill-down when a
// reader drills. Run from the sources, each side file is its module, fetched once per page:
// this file's tests run in order.

const fetched = (module: string) =>
  performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(module));

async function map(rows: Record<string, unknown>[], attrs: Record<string, unknown> = {}) {
  const el = document.createElement('pantau-compliance-map') as PantauComplianceMap;
  const events: PantauDataIssuesEvent[] = [];
  el.addEventListener('pantau-data-issues', (e) => events.push(e));
  Object.assign(el, {
    lang: 'en',
    geo: twoSquares,
    featureKey: 'code',
    codeSystem: 'kemendagri',
    geoCodeSystem: 'kemendagri',
    data: rows,
    ...attrs,
  });
  await fixture(html`<div style="width: 600px">${el}</div>`);
  await drawn(el, 2);
  return { el, events };
}

const notesText = (el: PantauComplianceMap) =>
  (shadow(el).querySelector('details.notes')?.textContent ?? '').replace(/\s+/g, ' ');

describe('<pantau-compliance-map> loads what first paint does not need on first use', () => {
  it('says the scale and code systems of a map with nothing to note without loading the notes', async () => {
    // Planar: no rings to note as wound the RFC 7946 way.
    const { el, events } = await map(
      [
        { code: '63', score: 91.5, year: 2022 },
        { code: '64', score: 60, year: 2022 },
      ],
      { projection: 'none' },
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(fetched('/data-notes.js') || fetched('/data-notes.ts')).to.equal(false);
    expect(events).to.have.length(1);
    const notes = notesText(el);
    expect(notes).to.contain('Data notes');
    expect(notes).to.contain('Scale used: Ombudsman RI 2022');
    expect(notes).to.contain('Code systems: data Kemendagri, map Kemendagri.');
    expect(notes).to.contain('Every data row matched a region on the map.');
    expect(shadow(el).querySelector('.notes-wait')).to.equal(null);
  });

  it('loads the notes of a row that matched no region when a reader opens them; pantau-data-issues fires as before', async () => {
    const { el, events } = await map([
      { code: '63', score: 91.5, year: 2022 },
      { code: '99', name: 'Atlantis', score: 60, year: 2022 },
    ]);
    expect(events).to.have.length(1);
    expect(events[0]!.detail.unmatched!.map((u) => [u.row, u.code, u.reason])).to.deep.equal([
      [2, '99', 'no-region'],
    ]);
    // Drawn, the summary counts the issue; the wording waits for a reader.
    await new Promise((r) => setTimeout(r, 100));
    expect(fetched('/data-notes.ts') || fetched('/data-notes.js')).to.equal(false);
    expect(notesText(el)).to.contain('Data notes (1)');
    expect(notesText(el)).to.not.contain('Data rows that matched no region');
    const notes = await openNotes(el);
    expect(notes).to.contain('Data rows that matched no region (1)');
    expect(notes).to.contain('row 2: 99 Atlantis — no region has this code/name');
    expect(notes).to.not.contain('Loading the notes');
    expect(fetched('/data-notes.ts') || fetched('/data-notes.js')).to.equal(true);
    expect(events).to.have.length(1);
  });

  it('loads drill-down only once a reader drills into a region', async () => {
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        lang="en"
        geo="id-provinces"
        detail-geo-src="/test/fixtures/geo/id-regencies-507.geojson"
        detail-parent-key="WADMPR"
        detail-name-key="WADMKK"
      ></pantau-compliance-map>`,
    );
    await drawn(el, 38);
    expect(fetched('/map-drill.ts') || fetched('/map-drill.js')).to.equal(false);
    const h = harness(el);
    h.clickRegion(await h.indexOf('12'));
    for (let k = 0; k < 100 && regionShapes(el).length !== 31; k++)
      await new Promise((r) => setTimeout(r, 30));
    expect(regionShapes(el)).to.have.length(31);
    expect(fetched('/map-drill.ts') || fetched('/map-drill.js')).to.equal(true);
    expect(text(el)).to.contain('← Back to all regions');
    expect(text(el)).to.contain('Regencies and cities of Sumatera Utara');
  });
});
