import { expect } from '@open-wc/testing';
import { $, card, text } from './helpers.js';

describe('<pantau-service-standard> dates', () => {
  it('shows "Diperbarui" for a timestamp without an offset as the day it names in the time zone', async () => {
    const el = await card({ name: 'KTP-el', updated: '2024-12-31T20:00:00' });
    expect(text($(el, '.footer'))).to.contain('Diperbarui 31 Desember 2024');
    el.timeZone = 'America/Los_Angeles';
    await el.updateComplete;
    expect(text($(el, '.footer'))).to.contain('Diperbarui 31 Desember 2024');
  });

  it('shows a timestamp with an offset as its day in the time-zone attribute', async () => {
    const el = await card({ name: 'KTP-el', updated: '2024-12-31T20:00:00Z' });
    expect(text($(el, '.footer'))).to.contain('Diperbarui 1 Januari 2025');
    el.timeZone = 'UTC';
    await el.updateComplete;
    expect(text($(el, '.footer'))).to.contain('Diperbarui 31 Desember 2024');
  });
});
