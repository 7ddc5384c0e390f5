import { expect } from '@open-wc/testing';
import { $, settle, trend, YEARLY } from './fixtures.js';

describe('<pantau-complaint-trend> accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const mode of ['line', 'bars'] as const) {
      it(`has no axe violations in the ${theme} theme (${mode}, table open, menu open)`, async () => {
        const el = await trend(YEARLY, {
          theme,
          mode,
          heading: 'Laporan',
          source: 'Ombudsman RI',
          sourceUrl: 'https://ombudsman.go.id/',
          note: 'Catatan',
        });
        $(el, '[part=table-toggle]').click();
        $(el, '[part=download-button]').click();
        await settle(el);
        await expect(el).to.be.accessible();
      });
    }
  }
});
