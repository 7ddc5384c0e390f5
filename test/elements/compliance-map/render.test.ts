import { expect, fixture, html } from '@open-wc/testing';
import type { PantauComplianceMap } from '../../../src/elements/compliance-map/pantau-compliance-map.js';
import type { DataIssuesDetail, PantauDataIssuesEvent } from '../../../src/events/data-issues.js';
import { isInverted } from '../../../src/geo/projection/winding.js';
import type { RegionRow } from '../../harness/map.js';
import {
  drawn,
  harness,
  provinceMap,
  provinceRatings,
  regionShapes,
  shadow,
  sumutRegencies,
  text,
  twoSquares,
  openNotes,
} from './helpers.js';

const fillOf = (el: PantauComplianceMap, code: string) => harness(el).fillOf(code);

describe('<pantau-compliance-map> rendering', () => {
  it('draws the 38 provinces with the 2022 ratings joined by Kemendagri code', async () => {
    const el = await provinceMap();
    expect(regionShapes(el)).to.have.length(38);
    expect(await fillOf(el, '71')).to.match(/-b-A\)$/); // Sulawesi Utara 98.15, category A
    expect(await fillOf(el, '74')).to.match(/-b-C\)$/); // Sulawesi Tenggara 55.01, C
    expect(await fillOf(el, '63')).to.match(/-b-C\)$/); // Kalimantan Selatan: zone kuning, opinion "kualitas sedang"
    expect(await fillOf(el, '11')).to.match(/-nd\)$/); // Aceh: no data, hatched
  });

  it('says which scheme is used and counts regions per band, with a no-data entry', async () => {
    const el = await provinceMap();
    const legend = shadow(el).querySelector('.legend')!;
    expect(legend.textContent).to.contain('Ombudsman RI 2022–2024 (kategori A–E)');
    const items = [...legend.querySelectorAll('.legend-item')].map((b) =>
      b.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items[0]).to.equal('A · kualitas tertinggi 88–100 5 wilayah');
    expect(items.at(-1)).to.match(/^Tidak ada data \d+ wilayah$/);
    expect(items[2]).to.equal('C · kualitas sedang 54–77,99 2 wilayah');
  });

  it('shows a tooltip with name, score, category, year and "rank of" on hover', async () => {
    const el = await provinceMap();
    const h = harness(el);
    const shape = h.shape(await h.indexOf('74'))!;
    const box = shape.getBoundingClientRect();
    shape.dispatchEvent(
      new PointerEvent('pointermove', {
        bubbles: true,
        composed: true,
        clientX: box.x + box.width / 2,
        clientY: box.y + box.height / 2,
      }),
    );
    await el.updateComplete;
    const tip = shadow(el).querySelector('.tooltip')!.textContent!.replace(/\s+/g, ' ');
    expect(tip).to.contain('Sulawesi Tenggara');
    expect(tip).to.contain('Nilai: 55,01');
    expect(tip).to.contain('C · kualitas sedang');
    expect(tip).to.contain('Tahun: 2022');
    expect(tip).to.contain('Peringkat: 32 dari 34');
  });

  it('draws the Sumatera Utara regencies by name and reports the rows it could not place', async () => {
    const { geo, rows } = await sumutRegencies();
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        lang="en"
        name-key="WADMKK"
        name-field="entity_name"
        .geo=${geo}
        .data=${rows}
      ></pantau-compliance-map>`,
    );
    await drawn(el, 31);
    expect(regionShapes(el)).to.have.length(31);
    await openNotes(el);
    const notes = shadow(el).querySelector('details.notes')!.textContent!.replace(/\s+/g, ' ');
    // Padangsidimpuan is the file's "Kota Padang Sidempuan", an alias.
    expect(notes).to.contain('Data rows that matched no region (2)');
    for (const name of ['Sibolga', 'Tebing Tinggi']) expect(notes).to.contain(name);
  });

  it('turns no 2025 score into a category: from 2025 an opinion replaces the score', async () => {
    const rows = (year: number) => [
      { code: '63', score: 91.5, year },
      { code: '64', score: 40, category: 'B', year },
    ];
    const map = (year: number) =>
      fixture<PantauComplianceMap>(
        html`<pantau-compliance-map
          lang="en"
          projection="mercator"
          feature-key="code"
          .geo=${twoSquares}
          .data=${rows(year)}
        ></pantau-compliance-map>`,
      );
    const opinions = await map(2025);
    await drawn(opinions, 2);
    expect(await fillOf(opinions, '63'), 'a 2025 score alone').to.match(/-nd\)$/);
    expect(await fillOf(opinions, '64'), 'a published category, in its zone').to.match(/-b-zone-hijau\)$/);
    expect(text(opinions)).to.contain('From 2025 Ombudsman RI publishes an opinion, not a score');

    const scores = await map(2024);
    await drawn(scores, 2);
    expect(await fillOf(scores, '63'), 'a 2024 score').to.match(/-b-A\)$/);
    expect(text(scores)).to.not.contain('publishes an opinion');
  });

  it('counts the rating rows it could not read in pantau-data-issues', async () => {
    const events: PantauDataIssuesEvent<DataIssuesDetail>[] = [];
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        projection="mercator"
        feature-key="code"
        .geo=${twoSquares}
        .data=${[
          { code: '63', score: 91.5, year: 2022 },
          { code: '64', score: 'tinggi', year: 2022 },
        ]}
        @pantau-data-issues=${(e: PantauDataIssuesEvent<DataIssuesDetail>) => events.push(e)}
      ></pantau-compliance-map>`,
    );
    await drawn(el, 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(events).to.have.length(1);
    expect(events[0]!.detail.skipped).to.equal(1);
    expect(events[0]!.detail.rowIssues.map((i) => [i.row, i.field, i.value])).to.deep.equal([
      [2, 'score', 'tinggi'],
    ]);
    expect(events[0]!.detail.matched).to.equal(1);
  });

  it('reports the duplicate Papua codes of the 38-province TopoJSON and fires pantau-data-issues once', async () => {
    const events: PantauDataIssuesEvent<DataIssuesDetail>[] = [];
    const rows = await provinceRatings();
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        lang="en"
        geo-src="/test/fixtures/geo/id-provinces-38.topo.json"
        feature-key="KODE_PROV"
        name-key="PROVINSI"
        data-key="code"
        name-field="province"
        .data=${rows}
        @pantau-data-issues=${(e: PantauDataIssuesEvent<DataIssuesDetail>) => events.push(e)}
      ></pantau-compliance-map>`,
    );
    await drawn(el, 38);
    await new Promise((r) => setTimeout(r, 100));
    expect(events).to.have.length(1);
    const dup = Object.fromEntries(events[0]!.detail.duplicateFeatures.map((d) => [d.code, d.names.length]));
    expect(dup).to.deep.equal({ '91': 4, '92': 2 });
    await openNotes(el);
    const notes = text(el);
    expect(notes).to.contain('Region codes used more than once on the map (2)');
    // Papua's row joins by name, never by the shared code.
    const joinedTo = (r: RegionRow) => rows[Number(r.data_row) - 1]?.province;
    const papua = (await harness(el).regions()).filter((r) => r.data_row && joinedTo(r) === 'Papua');
    expect(papua.map((r) => [r.name, r.matched_by])).to.deep.equal([['Papua', 'name']]);
  });

  it('joins BPS province codes to the same provinces of a Kemendagri map, never a regency code, and says so', async () => {
    // BPS numbers the new Papua provinces differently: BPS 91 is Papua Barat (Kemendagri 92),
    // BPS 92 is Papua Barat Daya (Kemendagri 96). BPS 1672 is Prabumulih, a regency.
    const rows = [
      { code: '91', name: 'Papua Barat', score: '60' },
      { code: '92', name: 'Papua Barat Daya', score: '70' },
      { code: '1672', name: 'Prabumulih', score: '80' },
    ];
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        lang="en"
        geo="id-provinces"
        code-system="bps"
        .data=${rows}
      ></pantau-compliance-map>`,
    );
    await drawn(el, 38);
    const regions = await harness(el).regions();
    const byCode = (c: string) => regions.find((r) => r.code === c)!;
    const joinedTo = (c: string) => rows[Number(byCode(c).data_row) - 1]?.name;
    expect(byCode('91').data_row).to.equal(''); // Kemendagri 91 is Papua: not given BPS 91's row
    expect([joinedTo('92'), byCode('92').matched_by]).to.deep.equal(['Papua Barat', 'code']);
    expect([joinedTo('96'), byCode('96').matched_by]).to.deep.equal(['Papua Barat Daya', 'code']);
    await openNotes(el);
    const notes = text(el);
    expect(notes).to.contain('Code systems: data BPS, map Kemendagri.');
    expect(notes).to.contain(
      "2 province codes were matched to the same province's code in the map's system.",
    );
    expect(notes).to.contain('Data rows that matched no region (1)');
    expect(notes).to.contain('row 3: 1672 Prabumulih — a different code system from the map');
  });

  it('colours nothing when BPS regency codes come without names', async () => {
    const rows = [
      { code: '1672', score: '60' },
      { code: '9471', score: '70' },
    ];
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        lang="en"
        geo="id-provinces"
        code-system="bps"
        .data=${rows}
      ></pantau-compliance-map>`,
    );
    await drawn(el, 38);
    expect(regionShapes(el).every((s) => /-nd\)$/.test(s.getAttribute('fill')!))).to.equal(true);
    await openNotes(el);
    expect(text(el)).to.contain('Data rows that matched no region (2)');
  });

  it('fills every region of the regency GeoJSON inside the viewport, whatever the winding', async () => {
    const { geo } = await sumutRegencies();
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map .geo=${geo}></pantau-compliance-map>`,
    );
    await drawn(el, 31);
    const svg = shadow(el).querySelector('svg.map') as SVGSVGElement;
    const view = svg.viewBox.baseVal;
    for (const s of regionShapes(el)) {
      const b = (s as SVGGraphicsElement).getBBox();
      expect(b.width * b.height).to.be.below(view.width * view.height);
    }
    const inverted = geo.features.filter((f) => isInverted(f.geometry)).length;
    expect(inverted).to.be.above(0);
    await openNotes(el);
    expect(text(el)).to.contain(`${inverted} wilayah bercincin dengan urutan RFC 7946`);
  });

  it('uses custom thresholds with their own labels and colours', async () => {
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        lang="en"
        geo="id-provinces"
        scheme="custom"
        .thresholds=${[
          { min: 0, label: 'Needs work', color: '#aa0000' },
          { min: 90, label: 'Excellent', color: '#005500' },
        ]}
        .data=${[
          { code: '51', score: 94.01, zone: 'kuning' },
          { code: '74', score: 55.01 },
        ]}
      ></pantau-compliance-map>`,
    );
    await drawn(el, 38);
    const legend = shadow(el).querySelector('.legend')!.textContent!.replace(/\s+/g, ' ');
    expect(legend).to.contain('Custom thresholds');
    expect(legend).to.contain('Excellent 90–100 1 region ');
    expect(legend).to.contain('Needs work 0–89.99 1 region ');
  });

  it('shows hostile names as text', async () => {
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        geo="id-provinces"
        name-key="name"
        .data=${[{ name: '<img src=x onerror=alert(1)>', score: 50 }]}
      ></pantau-compliance-map>`,
    );
    await drawn(el, 38);
    expect(shadow(el).querySelector('img')).to.equal(null);
    await openNotes(el);
    expect(text(el)).to.contain('<img src=x onerror=alert(1)>');
  });
});
