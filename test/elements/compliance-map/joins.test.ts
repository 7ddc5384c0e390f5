import { expect, fixture, html } from '@open-wc/testing';
import type { PantauComplianceMap } from '../../../src/elements/compliance-map/pantau-compliance-map.js';
import { fixtureCsv } from '../../geo/fixtures.js';
import { drawn, harness, regionShapes, shadow, square, text, openNotes } from './helpers.js';

/** The regions of the map shown (top level or drilled into) and what was joined to each. */
const regions = (el: PantauComplianceMap) => harness(el).regions();
const fillOfName = async (el: PantauComplianceMap, name: string) => {
  const h = harness(el);
  return h.shape((await h.regions()).findIndex((r) => r.name === name))?.getAttribute('fill') ?? '';
};
/** Waits until the ratings are joined: some region has a data row. */
const joined = async (el: PantauComplianceMap) => {
  for (let k = 0; k < 100 && !(await regions(el)).some((r) => r.data_row); k++)
    await new Promise((r) => setTimeout(r, 30));
};

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
    await joined(el);
    const data = await fixtureCsv('real-id/joins-bps-provinces-codes-only.csv');
    const shown = await regions(el);
    const record = (name: string) => data[Number(shown.find((r) => r.name === name)!.data_row) - 1]?.['kode'];
    expect(
      ['Papua', 'Papua Barat', 'Papua Selatan', 'Papua Tengah', 'Papua Pegunungan', 'Papua Barat Daya'].map(
        record,
      ),
    ).to.deep.equal(['94', '91', '95', '96', '97', '92']);
    await openNotes(el);
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
    expect(await fillOfName(el, 'Kota Pagar Alam')).to.match(/-nd\)$/);
    expect(await fillOfName(el, 'Kota Prabumulih')).not.to.match(/-nd\)$/);
    await openNotes(el);
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
    expect((await regions(el)).every((r) => !r.data_row)).to.equal(true);
    await openNotes(el);
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
    await joined(el);
    const shown = await regions(el);
    const score = (name: string) => Number(shown.find((r) => r.name === name)!.score);
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
    const papua = (await regions(el)).find((r) => r.code === '91')!;
    expect(rows[Number(papua.data_row) - 1]?.nama).to.equal('Bumi Cenderawasih');
    await openNotes(el);
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
    const h = harness(el);
    h.clickRegion(await h.indexOf('91'));
    for (let k = 0; k < 100 && regionShapes(el).length === 38; k++)
      await new Promise((r) => setTimeout(r, 30));
    expect((await regions(el)).map((r) => r.code.slice(0, 2))).to.deep.equal(Array(9).fill('94'));
    expect(shadow(el).textContent).to.contain('Kabupaten/kota di Papua');
  });
});
