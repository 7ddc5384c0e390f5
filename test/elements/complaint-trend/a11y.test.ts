import { expect } from '@open-wc/testing';
import { trendHarness, YEARLY } from './fixtures.js';

describe('<pantau-complaint-trend> accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const mode of ['line', 'bars'] as const) {
      it(`has no axe violations in the ${theme} theme (${mode}, table open, menu open)`, async () => {
        const h = await trendHarness(YEARLY, {
          theme,
          mode,
          heading: 'Laporan',
          source: 'Ombudsman RI',
          sourceUrl: 'https://ombudsman.go.id/',
          note: 'Catatan',
        });
        await h.openTable();
        expect(await h.openDownloadMenu()).to.deep.equal(['csv', 'svg', 'png']);
        await expect(h.element).to.be.accessible();
      });
    }
  }
});
