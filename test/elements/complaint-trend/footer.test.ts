import { expect } from '@open-wc/testing';
import { settle, trend, YEARLY } from './fixtures.js';

const footer = (el: Element) =>
  el.shadowRoot!.querySelector('[part=footer]')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<pantau-complaint-trend> footer', () => {
  it('never passes off the time the page loaded the data as the date it was updated', async () => {
    const el = await trend(YEARLY, { source: 'Ombudsman RI' });
    expect(footer(el)).to.contain('Ombudsman RI');
    expect(footer(el)).not.to.contain('Diperbarui');
  });

  it('shows the update date it is given, as a calendar date', async () => {
    const el = await trend(YEARLY, { source: 'Ombudsman RI', lastUpdated: '2025-01-15' });
    await settle(el);
    expect(footer(el)).to.contain('Diperbarui 15 Januari 2025');
  });
});
