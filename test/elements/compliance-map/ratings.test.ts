import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PantauComplianceMap } from '../../../src/elements/compliance-map/pantau-compliance-map.js';
import type { DataIssuesDetail, PantauDataIssuesEvent } from '../../../src/events/data-issues.js';
import { drawn, harness, provinceMap, shadow, text, openNotes } from './helpers.js';

const F = '/test/fixtures/real-id';

/** The province map (Kemendagri codes) with ratings from `src` or `data`, and its data-issues events. */
async function ratingsMap(o: { src?: string; data?: unknown[]; lang?: string; year?: number }) {
  const events: PantauDataIssuesEvent<DataIssuesDetail>[] = [];
  const el = await fixture<PantauComplianceMap>(
    html`<pantau-compliance-map
      lang=${o.lang ?? 'id'}
      geo="id-provinces"
      code-system="kemendagri"
      src=${o.src ?? ''}
      .data=${o.data}
      .year=${o.year}
      @pantau-data-issues=${(e: PantauDataIssuesEvent<DataIssuesDetail>) => events.push(e)}
    ></pantau-compliance-map>`,
  );
  await drawn(el, 38);
  // The first model may be built before the ratings arrive: wait for the one that joined them.
  const joined = async () => (await harness(el).regions()).some((r) => r.data_row);
  for (let i = 0; i < 100 && !(await joined()); i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  const last = () => events.at(-1)!.detail;
  return { el, events, last };
}

/** The band the region with `code` is drawn in. */
const bandOf = (el: PantauComplianceMap, code: string) => harness(el).bandOf(code);
/** The bands of several regions, in order. */
const bandsOf = async (el: PantauComplianceMap, codes: string[]) => {
  const bands = [];
  for (const c of codes) bands.push(await bandOf(el, c));
  return bands;
};
const fillOf = (el: PantauComplianceMap, code: string) => harness(el).fillOf(code);
const legendItems = (el: PantauComplianceMap) =>
  [...shadow(el).querySelectorAll('.legend-item')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
/** What a screen reader hears on reaching the region with `code` with the arrow keys. */
const say = (el: PantauComplianceMap, code: string) => harness(el).say(code);

describe('<pantau-compliance-map> ratings as published', () => {
  it('colours a 2023 table of zones and opinions by the category each opinion names', async () => {
    const { el } = await ratingsMap({ src: `${F}/ratings-2023-opinions.csv` });
    const h = harness(el);
    const bands = (await h.regions()).map((_, i) => h.band(i)).filter(Boolean) as string[];
    expect(bands).to.have.length(17);
    expect(bands.filter((b) => b.startsWith('zone-'))).to.deep.equal([]);
    expect(legendItems(el).slice(0, 5)).to.deep.equal([
      'A · kualitas tertinggi 88–100 7 wilayah',
      'B · kualitas tinggi 78–87,99 5 wilayah',
      'C · kualitas sedang 54–77,99 3 wilayah',
      'D · kualitas rendah 32–53,99 1 wilayah',
      'E · kualitas terendah 0–31,99 1 wilayah',
    ]);
    expect(legendItems(el).some((i) => i.includes('tanpa kategori'))).to.equal(false);
    expect(await say(el, '61')).to.equal(
      'Kalimantan Barat. Nilai: 87,21. B · kualitas tinggi (zona dari penerbit, kategori dari opini). Opini: Kualitas Tinggi. Tahun: 2023',
    );
  });

  it('reads a 2022 table written as published: prefixed zones and categories in any case, category phrases', async () => {
    const { el, last } = await ratingsMap({ src: `${F}/ratings-2022-published.csv`, lang: 'en' });
    expect(last().rowIssues).to.deep.equal([]);
    const codes = ['71', '51', '33', '34', '12', '74', '63', '72', '73', '75'];
    expect(await bandsOf(el, codes)).to.deep.equal(['A', 'A', 'A', 'A', 'A', 'C', 'C', 'B', 'D', 'D']);
    expect(await say(el, '72')).to.contain('B · high quality (zone as published, category from the score)');
    expect(await say(el, '63')).to.contain(
      'C · medium quality (zone as published, category from the opinion)',
    );
    expect(await say(el, '12')).to.contain(
      'A · highest quality (zone as published, category from the opinion)',
    );
    await openNotes(el);
    const notes = text(el);
    expect(notes).to.contain('Categories settled by the score, the opinion or the zone (4)');
    expect(last().ratings.settled.map((s) => [s.name, s.band, s.by])).to.deep.include.members([
      ['Sulawesi Tengah', 'B', 'score'],
      ['Sulawesi Selatan', 'D', 'score'],
    ]);
    // The list shows the opinion as published.
    shadow(el).querySelector<HTMLButtonElement>('.toolbar .btn')!.click();
    // The table's code loads on the first opening.
    await waitUntil(() => shadow(el).querySelector('.list-wrap table'), 'the list did not open');
    const list = shadow(el).querySelector('.list-wrap')!.textContent!.replace(/\s+/g, ' ');
    expect(list).to.contain('Opinion');
    expect(list).to.contain('KUALITAS TERTINGGI');
  });

  it('colours a 2025 opinions-only file by opinion under the 2025 legend', async () => {
    const { el, last } = await ratingsMap({ src: `${F}/ratings-2025-opinions.csv` });
    expect(shadow(el).querySelector('.legend-title')!.textContent).to.contain(
      'Ombudsman RI sejak 2025 (opini penilaian maladministrasi)',
    );
    expect(await fillOf(el, '15')).to.match(/-b-tertinggi-tm\)$/); // Jambi
    expect(await bandsOf(el, ['35', '18', '82', '33', '74', '81'])).to.deep.equal([
      'tertinggi-tm',
      'tertinggi-tm',
      'sedang-tm',
      'tinggi',
      'sedang',
      'rendah',
    ]);
    expect(legendItems(el)[0]).to.equal('Kualitas Tertinggi Tanpa Maladministrasi 3 wilayah');
    expect(text(el)).to.not.contain('2022–2024');
    expect(last().ratings.scale).to.deep.equal({ id: 'ombudsman-2025', year: 2025, by: 'year' });
  });

  it('states the scale it assumed for data without a year, with the attribute that sets it', async () => {
    const { el, last } = await ratingsMap({ src: `${F}/ratings-no-year.csv` });
    await openNotes(el);
    expect(text(el)).to.contain(
      'Data tidak menyebut tahun penilaian: skala Ombudsman RI 2022–2024 (kategori A–E) dianggap berlaku (atur dengan atribut year atau scheme).',
    );
    expect(last().ratings.scale).to.deep.equal({
      id: 'ombudsman-2022',
      year: undefined,
      by: 'assumed',
      attribute: 'year',
    });
    el.year = 2023;
    await el.updateComplete;
    await drawn(el, 38);
    expect(text(el)).to.not.contain('dianggap berlaku');
  });

  it('takes the 2025 scale for data without a year whose opinions exist only on it, and says so', async () => {
    const { el, last } = await ratingsMap({ src: `${F}/ratings-no-year-opinions.csv`, lang: 'en' });
    expect(last().ratings.scale.by).to.equal('opinions');
    expect(await bandOf(el, '15')).to.equal('tertinggi-tm');
    await openNotes(el);
    expect(text(el)).to.contain('its opinions exist only on the Ombudsman RI from 2025');
  });

  it('keeps a row whose published zone is readable when its score is not, and lists the value it ignored', async () => {
    const { el, last } = await ratingsMap({
      data: [
        { kode: '63', nilai: '68,5,2', zona: 'Zona Kuning', tahun: 2022 },
        { kode: '64', nilai: 'n/a', zona: 'Zona Merah', tahun: 2022 },
      ],
    });
    expect(await bandOf(el, '63')).to.equal('C');
    expect(await bandOf(el, '64')).to.equal('zone-merah');
    expect(last().skipped).to.equal(0);
    expect(last().ratings.unread.map((i) => [i.row, i.field, i.value])).to.deep.equal([
      [1, 'nilai', '68,5,2'],
      [2, 'nilai', 'n/a'],
    ]);
    await openNotes(el);
    expect(text(el)).to.contain('Nilai tak terbaca; barisnya tetap dipakai (2)');
  });

  it('classifies a score as it is shown, rounded to two decimals', async () => {
    const { el } = await ratingsMap({
      data: [
        { code: '63', score: 80.995, year: 2021 },
        { code: '64', score: 80.994, year: 2021 },
      ],
    });
    expect(await say(el, '63')).to.contain('Nilai: 81. Zona hijau (dari nilai)');
    expect(await bandOf(el, '64')).to.equal('kuning');
  });

  it('draws the shared 2022 ratings as before, but for the zone whose opinion names its category', async () => {
    const el = await provinceMap();
    const h = harness(el);
    const shown = (await h.regions())
      .map((r, i) => [r.code, h.band(i), r.band_settled_by || undefined])
      .filter(([, band]) => band)
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(shown).to.deep.equal([
      ['12', 'A', undefined],
      ['33', 'A', undefined],
      ['34', 'A', undefined],
      ['51', 'A', undefined],
      ['63', 'C', 'opinion'],
      ['71', 'A', undefined],
      ['74', 'C', undefined],
    ]);
  });
});
