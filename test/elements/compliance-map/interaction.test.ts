import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PantauComplianceMap } from '../../../src/elements/compliance-map/pantau-compliance-map.js';
import type { PantauRegionSelectEvent } from '../../../src/events/region-select.js';
import { drawn, harness, provinceMap, provinceRatings, regionShapes, shadow, type Row } from './helpers.js';

const live = (el: Element) => shadow(el).querySelector('[aria-live="polite"]')!.textContent!.trim();

describe('<pantau-compliance-map> keyboard, legend and list', () => {
  it('moves between regions with the arrow keys, announces them, selects with Enter and clears with Escape', async () => {
    const el = await provinceMap();
    const events: PantauRegionSelectEvent[] = [];
    el.addEventListener('pantau-region-select', (e) => events.push(e));
    (shadow(el).querySelector('.map-focus') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const first = live(el);
    expect(first).to.match(/^Aceh\./); // the top-left province
    expect(shadow(el).querySelector('.overlay .focus')).to.exist;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(live(el)).to.not.equal(first);
    expect(live(el)).to.match(/^Sumatera Utara\. Nilai: 90,54/);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0]!.detail.code).to.equal('12');
    expect(events[0]!.detail.name).to.equal('Sumatera Utara');
    expect(events[0]!.detail.record?.score).to.equal(90.54);
    expect(shadow(el).querySelector('.overlay .sel')).to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(events).to.have.length(2);
    expect(events[1]!.detail).to.deep.equal({ name: '' });
    expect(shadow(el).querySelector('.overlay .sel')).to.equal(null);
  });

  it('does not fire a select event for programmatic changes', async () => {
    const el = await provinceMap();
    let fired = 0;
    el.addEventListener('pantau-region-select', () => fired++);
    el.year = 2022;
    el.scheme = 'ombudsman-2021';
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('highlights a band from the legend with aria-pressed, and releases it on a second press', async () => {
    const el = await provinceMap();
    const button = shadow(el).querySelector<HTMLButtonElement>('.legend-item')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(el).querySelectorAll('.overlay .hl')).to.have.length(5); // five provinces in category A
    expect(shadow(el).querySelector('.overlay .dim')).to.exist;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(shadow(el).querySelector('.overlay .dim')).to.equal(null);
  });

  it('lists every region in a sortable table', async () => {
    const el = await provinceMap('en');
    const toggle = shadow(el).querySelector<HTMLButtonElement>('.toolbar .btn')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    // The table's code loads on the first opening: the list opens once it has.
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'the list did not open');
    await el.updateComplete;
    const rows = () =>
      [...shadow(el).querySelectorAll('tbody tr')].map((r) => r.querySelector('th')!.textContent!.trim());
    expect(rows()).to.have.length(38);
    expect(rows()[0]).to.equal('Sulawesi Utara'); // highest score first
    const scoreHeader = shadow(el).querySelectorAll('thead th')[2]!;
    expect(scoreHeader.getAttribute('aria-sort')).to.equal('descending');
    scoreHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(scoreHeader.getAttribute('aria-sort')).to.equal('ascending');
    expect(rows()[0]).to.equal('Sulawesi Tenggara'); // lowest score; regions without one go last
    shadow(el).querySelectorAll('thead th')[0]!.querySelector('button')!.click();
    await el.updateComplete;
    expect(rows()[0]).to.equal('Aceh');
  });

  it('drills down into the regencies of a province and back', async () => {
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        geo="id-provinces"
        detail-geo-src="/test/fixtures/geo/id-regencies-507.geojson"
        detail-parent-key="WADMPR"
        detail-name-key="WADMKK"
      ></pantau-compliance-map>`,
    );
    await drawn(el, 38);
    const h = harness(el);
    h.clickRegion(await h.indexOf('12'));
    for (let k = 0; k < 100 && regionShapes(el).length !== 31; k++)
      await new Promise((r) => setTimeout(r, 30));
    expect(regionShapes(el)).to.have.length(31);
    expect(shadow(el).textContent).to.contain('Kabupaten/kota di Sumatera Utara');
    shadow(el).querySelector<HTMLButtonElement>('.drill button')!.click();
    await drawn(el, 38);
    expect(regionShapes(el)).to.have.length(38);
  });

  describe('drill-down with ratings', () => {
    async function drillMap(rows: Row[]) {
      const el = await fixture<PantauComplianceMap>(
        html`<pantau-compliance-map
          geo="id-provinces"
          data-key="code"
          code-system="kemendagri"
          name-field="province"
          detail-geo-src="/test/fixtures/geo/id-regencies-507.geojson"
          detail-parent-key="WADMPR"
          detail-name-key="WADMKK"
          .data=${rows}
        ></pantau-compliance-map>`,
      );
      await drawn(el, 38);
      return el;
    }
    const focusRegion = async (el: PantauComplianceMap, code: string) => {
      // With the arrow keys, as a reader gets there: the map has the keyboard focus.
      const h = harness(el);
      await h.focusRegion(await h.indexOf(code));
    };

    it('does not open an empty detail with Enter on a province without a rating', async () => {
      const el = await drillMap((await provinceRatings()).filter((r) => r.code !== '12'));
      await focusRegion(el, '12');
      const events: PantauRegionSelectEvent[] = [];
      el.addEventListener('pantau-region-select', (e) => events.push(e));
      await sendKeys({ press: 'Enter' });
      await new Promise((r) => setTimeout(r, 300));
      await el.updateComplete;
      expect(events).to.have.length(1);
      expect(shadow(el).querySelector('.drill')).to.equal(null);
      expect(regionShapes(el)).to.have.length(38);
      expect(live(el)).to.contain('Tidak ada data');
    });

    it('closes the detail with Escape and gives the focus back to the map', async () => {
      const el = await drillMap(await provinceRatings());
      await focusRegion(el, '12');
      await sendKeys({ press: 'Enter' });
      for (let k = 0; k < 100 && regionShapes(el).length !== 31; k++)
        await new Promise((r) => setTimeout(r, 30));
      expect(shadow(el).querySelector('.drill')).to.exist;
      await sendKeys({ press: 'Escape' });
      await drawn(el, 38);
      await el.updateComplete;
      expect(shadow(el).querySelector('.drill')).to.equal(null);
      expect(regionShapes(el)).to.have.length(38);
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('.map-focus'));
    });

    it('closes the detail with Escape on the back button too', async () => {
      const el = await drillMap(await provinceRatings());
      await focusRegion(el, '12');
      await sendKeys({ press: 'Enter' });
      for (let k = 0; k < 100 && !shadow(el).querySelector('.drill'); k++)
        await new Promise((r) => setTimeout(r, 30));
      shadow(el).querySelector<HTMLButtonElement>('.drill button')!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await el.updateComplete;
      expect(shadow(el).querySelector('.drill')).to.equal(null);
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('.map-focus'));
    });
  });
});
