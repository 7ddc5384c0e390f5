import { expect, fixture, html } from '@open-wc/testing';
import type { PantauComplianceMap } from '../../../src/elements/compliance-map/pantau-compliance-map.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { drawn, harness, provinceMap, regionShapes, shadow, text } from './helpers.js';

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
}

describe('<pantau-compliance-map> states, downloads and accessibility', () => {
  it('shows the loading state while the ratings arrive, then the map', async () => {
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        geo="id-provinces"
        src="/__compliance-map/slow.csv?ms=800"
        name-key="name"
        name-field="province"
      ></pantau-compliance-map>`,
    );
    await until(
      () =>
        el.getAttribute('aria-busy') === 'true' ||
        !!shadow(el).querySelector('[role="progressbar"], .skeleton'),
    );
    expect(regionShapes(el)).to.have.length(0);
    await drawn(el, 38);
    expect(regionShapes(el)).to.have.length(38);
  });

  it('shows an error with a retry button when the ratings fail', async () => {
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map
        geo="id-provinces"
        src="/__compliance-map/fail.csv"
      ></pantau-compliance-map>`,
    );
    await until(() => !!shadow(el).querySelector('[role="alert"]'));
    expect(shadow(el).querySelector('[role="alert"]')).to.exist;
    expect([...shadow(el).querySelectorAll('button')].some((b) => /Coba lagi/.test(b.textContent!))).to.equal(
      true,
    );
  });

  it('draws the regions hatched and says there is no data yet when no ratings are given', async () => {
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map geo="id-provinces"></pantau-compliance-map>`,
    );
    await drawn(el, 38);
    expect(regionShapes(el).every((s) => /-nd\)$/.test(s.getAttribute('fill')!))).to.equal(true);
    expect(text(el)).to.contain('Belum ada data');
  });

  it('says which entry to load when a named geometry is not registered', async () => {
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map lang="en" geo="id-regencies"></pantau-compliance-map>`,
    );
    expect(text(el)).to.contain('Geometry "id-regencies" is not loaded');
  });

  it('exports the joined table as CSV with how each region was matched', async () => {
    const el = await provinceMap('en');
    const csv = await harness(el).csv();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).to.equal(
      'code,name,score,band,band_source,band_settled_by,opinion,rank,rank_of,year,matched_by,data_row',
    );
    expect(lines).to.have.length(39);
    expect(lines.find((l) => l.startsWith('74,'))).to.equal(
      '74,Sulawesi Tenggara,55.01,C · medium quality,category,,kualitas sedang,32,34,2022,code,12',
    );
  });

  it('has no axe violations in the light theme', async () => {
    const el = await provinceMap('id', 'light');
    await harness(el).openList();
    shadow(el).querySelector<HTMLDetailsElement>('details.notes')!.open = true;
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });

  it('has no axe violations in the dark theme', async () => {
    const el = await provinceMap('en', 'dark');
    shadow(el).querySelector<HTMLButtonElement>('.legend-item')!.click();
    await harness(el).openList();
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });
});
