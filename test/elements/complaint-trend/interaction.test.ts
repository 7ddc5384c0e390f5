import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PantauPeriodSelectEvent } from '../../../src/events/period-select.js';
import { trendHarness, YEARLY } from './fixtures.js';

describe('<pantau-complaint-trend> interaction', () => {
  it('says a missing value in words: "tidak ada data", never a dash', async () => {
    const gap = { ...YEARLY, series: ['agraria'], values: [[3000, NaN, 4452, 6846]] };
    const h = await trendHarness(gap);
    h.plot.focus();
    await h.settle();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await h.settle();
    expect(h.announcement()).to.equal('2022, agraria: tidak ada data');
    h.element.setAttribute('lang', 'en');
    await h.settle();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    await h.settle();
    expect(h.announcement()).to.equal('2022, agraria: no data');
  });

  it('groups the smallest of 13 series into "Lainnya" and names them; max-series changes the limit', async () => {
    const names = Array.from({ length: 13 }, (_, s) => `kategori ${s + 1}`);
    const data = { ...YEARLY, series: names, values: names.map((_, s) => [s, s, s, s]) };
    const h = await trendHarness(data, {}, 360);
    const legend = () => h.legend().map((l) => l.name);
    expect(legend()).to.have.length(8);
    expect(legend().at(-1)).to.equal('Lainnya');
    expect(h.$('.other-note')!.textContent).to.equal(
      'Lainnya: kategori 1, kategori 2, kategori 3, kategori 4, kategori 5, kategori 6',
    );
    // The legend no longer outgrows the plot on a phone.
    expect(h.$('.legend')!.offsetHeight).to.be.below(h.plot.offsetHeight);
    h.element.maxSeries = 0;
    await h.settle();
    expect(legend()).to.have.length(13);
    expect(h.$('.other-note')).to.equal(null);
  });

  it('walks periods and series with the keyboard and announces the focused value', async () => {
    const h = await trendHarness(YEARLY);
    expect(h.plot.getAttribute('tabindex')).to.equal('0');
    await h.focusPlot();
    expect(h.announcement()).to.equal('2024, agraria: 6.846');
    await h.press('ArrowLeft');
    expect(h.announcement()).to.equal('2023, agraria: 4.452');
    await h.press('ArrowDown');
    expect(h.announcement()).to.equal('2023, kepegawaian: 4.000');
    await h.press('Home');
    expect(h.announcement()).to.equal('2021, kepegawaian: 4.148');
    expect(h.hasGuide()).to.equal(true);
    await h.press('End');
    expect(h.announcement()).to.contain('2024');
  });

  it('fires pantau-period-select on Enter with every series value', async () => {
    const h = await trendHarness(YEARLY);
    h.plot.focus();
    await h.settle();
    await sendKeys({ press: 'ArrowLeft' });
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const e = (await oneEvent(h.element, 'pantau-period-select')) as PantauPeriodSelectEvent;
    expect(e.detail).to.deep.equal({
      period: '2023',
      label: '2023',
      values: { agraria: 4452, kepegawaian: 4000 },
    });
    expect(e.bubbles && e.composed).to.equal(true);
  });

  it('fires pantau-period-select on click at the clicked period', async () => {
    const h = await trendHarness(YEARLY);
    setTimeout(() => h.click('2021'));
    const e = (await oneEvent(h.element, 'pantau-period-select')) as PantauPeriodSelectEvent;
    expect(e.detail.period).to.equal('2021');
  });

  it('never fires pantau-period-select for programmatic changes', async () => {
    const h = await trendHarness(YEARLY);
    const el = h.element;
    let fired = 0;
    el.addEventListener('pantau-period-select', () => fired++);
    el.period = 'month';
    el.mode = 'bars';
    el.data = { ...YEARLY };
    await h.settle();
    expect(fired).to.equal(0);
  });

  it('shows a tooltip with every series and the total on hover, without redrawing the plot', async () => {
    const h = await trendHarness(YEARLY);
    const before = h.$('g.plot .line');
    await h.hover('2023');
    expect(h.tooltip()!.rows).to.deep.equal([
      ['agraria', '4.452'],
      ['kepegawaian', '4.000'],
      ['Jumlah', '8.452'],
    ]);
    expect(h.$('g.plot .line')).to.equal(before);
    await h.leave();
    expect(h.tooltip()).to.equal(null);
  });

  it('hides and shows a series with a legend toggle button', async () => {
    const h = await trendHarness(YEARLY, { mode: 'bars' });
    expect(h.legend()[0]).to.deep.equal({ name: 'agraria', shown: true });
    await h.toggleSeries('agraria');
    expect(h.legend()[0]).to.deep.equal({ name: 'agraria', shown: false });
    expect(h.series().filter((s) => s.mark === 'fill')).to.have.length(1);
    expect(h.summary()).to.equal('Pengaduan tetap 4.000 pada 2023 dan 2024.');
    await h.toggleSeries('agraria');
    expect(h.series().filter((s) => s.mark === 'fill')).to.have.length(2);
  });

  it('toggles a real table with caption and scoped headers', async () => {
    const h = await trendHarness(YEARLY);
    const toggle = h.$('[part=table-toggle]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(h.$('table[part=table]')).to.equal(null);
    const rows = await h.openTable();
    expect(h.$('[part=table-toggle]')!.getAttribute('aria-expanded')).to.equal('true');
    const table = h.$('table[part=table]')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Pengaduan per tahun');
    expect([...table.querySelectorAll('th[scope=col]')].map((th) => th.textContent)).to.deep.equal([
      'Periode',
      'agraria',
      'kepegawaian',
      'Jumlah',
    ]);
    expect([...table.querySelectorAll('th[scope=row]')].map((th) => th.textContent)).to.deep.equal([
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    expect(rows.map((r) => r[0])).to.deep.equal(['2021', '2022', '2023', '2024']);
    expect(rows.at(-1)!.at(-1)).to.equal('10.846');
  });
});
