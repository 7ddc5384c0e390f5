import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/compliance-map/pantau-compliance-map.js';
import type { PantauComplianceMap } from '../../../src/elements/compliance-map/pantau-compliance-map.js';
import { drawn, harness, text, twoSquares } from './helpers.js';

async function map(src: string, attrs: Partial<PantauComplianceMap> = {}) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const el = document.createElement('pantau-compliance-map');
  Object.assign(el, { geo: twoSquares, featureKey: 'code', dataKey: 'kode', scoreField: 'nilai', ...attrs });
  const report = oneEvent(el, 'pantau-data-issues');
  el.src = src;
  wrap.append(el);
  await report;
  await drawn(el, 2);
  return { el };
}

describe('<pantau-compliance-map> numbers as Indonesian files write them', () => {
  it('keeps the rows of an Excel file saved in Indonesian (68,52) and rates them', async () => {
    const { el } = await map('/test/fixtures/real-id/kepatuhan-excel.csv');
    const regions = await harness(el).regions();
    expect(regions.map((r) => [r.code, Number(r.score)])).to.deep.equal([
      ['63', 68.52],
      ['64', 88.1],
    ]);
    expect(text(el)).not.to.contain('Baris yang tidak terbaca');
  });

  it('says a rejected score in Indonesian, naming the attribute that reads it', async () => {
    const { el } = await map('/test/fixtures/real-id/kepatuhan-excel.csv', { numberLocale: 'en' });
    await waitUntil(() => text(el).includes('Baris 2'), 'rows reported');
    expect(text(el)).to.contain(
      'angka dengan penulisan Inggris, seperti 1,234.5 antara 0 dan 100 (dengan number-locale="id" nilai ini terbaca 68,52)',
    );
  });
});
