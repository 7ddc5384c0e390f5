import { expect, fixture, html } from '@open-wc/testing';
import type { PantauComplianceMap } from '../../../src/elements/compliance-map/pantau-compliance-map.js';
import { drawn, regionShapes, shadow, text } from './helpers.js';

const model = (el: PantauComplianceMap) => el['store'].model!;
const fillOfName = (el: PantauComplianceMap, name: string) => {
  const i = model(el).regions.findIndex((r) => r.name === name);
  return (
    regionShapes(el)
      .find((s) => s.dataset['i'] === String(i))
      ?.getAttribute('fill') ?? ''
  );
};
const square = (properties: Record<string, string>, x: number) => ({
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

describe('<pantau-compliance-map> joins of real Indonesian files', () => {
  it('colours each Papua province with its own row from a BPS-coded file, and says it read BPS', async () => {
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        lang="en"
        geo="id-provinces"
        src="/test/fixtures/real-id/joins-bps-provinces-codes-only.csv"
        score-field="nilai"
      ></pantau-compliance-map>`,
    );
    await drawn(el, 38);
    for (let k = 0; k < 100 && !model(el).report.matched; k++) await new Promise((r) => setTimeout(r, 30));
    const record = (name: string) => model(el).regions.find((r) => r.name === name)!.record?.code;
    expect(
      ['Papua', 'Papua Barat', 'Papua Selatan', 'Papua Tengah', 'Papua Pegunungan', 'Papua Barat Daya'].map(
        record,
      ),
    ).to.deep.equal(['94', '91', '95', '96', '97', '92']);
    expect(text(el)).to.contain(
      "The data's code system is not stated; read as BPS, the only one with codes 97 (code-system attribute).",
    );
  });

  it('leaves uncoloured a region whose code comes with another name, and colours the named one', async () => {
    const geo = {
      type: 'FeatureCollection',
      features: [
        square({ code: '16.72', name: 'Kota Pagar Alam' }, 103),
        square({ code: '16.74', name: 'Kota Prabumulih' }, 106),
      ],
    };
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        lang="id"
        .geo=${geo}
        feature-key="code"
        name-key="name"
        .data=${[{ kode: '1672', nama: 'Kota Prabumulih', nilai: '80' }]}
        score-field="nilai"
      ></pantau-compliance-map>`,
    );
    await drawn(el, 2);
    expect(fillOfName(el, 'Kota Pagar Alam')).to.match(/-nd\)$/);
    expect(fillOfName(el, 'Kota Prabumulih')).not.to.match(/-nd\)$/);
    expect(text(el)).to.contain(
      '1672 Kota Prabumulih ≠ Kota Pagar Alam (tidak diwarnai); diwarnai menurut nama: Kota Prabumulih',
    );
  });

  it('reads which kind of region a loaded geometry holds from feature-kind', async () => {
    const geo = {
      type: 'FeatureCollection',
      features: [square({ name: 'Jambi' }, 103), square({ name: 'Bengkulu' }, 106)],
    };
    const rows = [{ nama: 'Kota Jambi', nilai: '52' }];
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        lang="en"
        .geo=${geo}
        name-key="name"
        feature-kind="provinsi"
        .data=${rows}
        score-field="nilai"
      ></pantau-compliance-map>`,
    );
    await drawn(el, 2);
    expect(model(el).regions.every((r) => !r.record)).to.equal(true);
    expect(text(el)).to.contain(
      'row 1: Kota Jambi — of another level (level/tingkat/jenis column or name prefix) than the map',
    );
  });

  it('reads the level column of a mixed file: the cities Jambi and Bengkulu never take their provinces', async () => {
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        lang="en"
        geo="id-provinces"
        src="/test/fixtures/real-id/joins-mixed-levels.csv"
        score-field="nilai"
      ></pantau-compliance-map>`,
    );
    await drawn(el, 38);
    for (let k = 0; k < 100 && !model(el).report.matched; k++) await new Promise((r) => setTimeout(r, 30));
    const score = (name: string) => model(el).regions.find((r) => r.name === name)!.record?.score;
    expect([score('Jambi'), score('Bengkulu'), score('Gorontalo')]).to.deep.equal([91, 88, 64]);
  });

  it("joins a site's own names given by the aliases property, and suggests near names", async () => {
    const rows = [
      { nama: 'Bumi Cenderawasih', nilai: '70' },
      { nama: 'Kalimantan Selatn', nilai: '60' },
    ];
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        lang="id"
        geo="id-provinces"
        .aliases=${{ 'Bumi Cenderawasih': '91' }}
        .data=${rows}
        score-field="nilai"
      ></pantau-compliance-map>`,
    );
    await drawn(el, 38);
    expect(model(el).regions.find((r) => r.code === '91')!.record?.name).to.equal('Bumi Cenderawasih');
    expect(text(el)).to.contain(
      'baris 2: Kalimantan Selatn — tidak ada wilayah dengan kode/nama ini; mungkin maksudnya Kalimantan Selatan?',
    );
  });

  it("drills into Papua's regencies of a BPS-coded detail geometry, not Papua Barat's", async () => {
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        geo="id-provinces"
        detail-geo-src="/test/fixtures/real-id/joins-bps-papua-regencies.geojson"
        detail-feature-key="kode_bps"
        detail-name-key="nama"
        detail-code-system="bps"
      ></pantau-compliance-map>`,
    );
    await drawn(el, 38);
    const i = model(el).regions.findIndex((r) => r.code === '91');
    regionShapes(el)
      .find((s) => s.dataset['i'] === String(i))!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    for (let k = 0; k < 100 && regionShapes(el).length === 38; k++)
      await new Promise((r) => setTimeout(r, 30));
    expect(model(el).regions.map((r) => r.code?.slice(0, 2))).to.deep.equal(Array(9).fill('94'));
    expect(shadow(el).textContent).to.contain('Kabupaten/kota di Papua');
  });
});
