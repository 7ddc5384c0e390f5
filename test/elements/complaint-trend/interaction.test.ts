import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PantauPeriodSelectEvent } from '../../../src/events/period-select.js';
import { $, $$, settle, trend, YEARLY } from './fixtures.js';

describe('<pantau-complaint-trend> interaction', () => {
  it('says a missing value in words: "tidak ada data", never a dash', async () => {
    const gap = { ...YEARLY, series: ['agraria'], values: [[3000, NaN, 4452, 6846]] };
    const el = await trend(gap);
    $(el, '[part=plot]').focus();
    await settle(el);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect($(el, '[aria-live=polite]').textContent).to.equal('2022, agraria: tidak ada data');
    el.setAttribute('lang', 'en');
    await settle(el);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect($(el, '[aria-live=polite]').textContent).to.equal('2022, agraria: no data');
  });

  it('groups the smallest of 13 series into "Lainnya" and names them; max-series changes the limit', async () => {
    const names = Array.from({ length: 13 }, (_, s) => `kategori ${s + 1}`);
    const data = { ...YEARLY, series: names, values: names.map((_, s) => [s, s, s, s]) };
    const el = await trend(data, {}, 360);
    const legend = () => $$(el, '.legend-item').map((b) => b.textContent!.trim());
    expect(legend()).to.have.length(8);
    expect(legend().at(-1)).to.equal('Lainnya');
    expect($(el, '.other-note').textContent).to.equal(
      'Lainnya: kategori 1, kategori 2, kategori 3, kategori 4, kategori 5, kategori 6',
    );
    // The legend no longer outgrows the plot on a phone.
    expect($(el, '.legend').offsetHeight).to.be.below($(el, '.plot').offsetHeight);
    el.maxSeries = 0;
    await settle(el);
    expect(legend()).to.have.length(13);
    expect($(el, '.other-note')).to.equal(null);
  });

  it('walks periods and series with the keyboard and announces the focused value', async () => {
    const el = await trend(YEARLY);
    const plot = $(el, '[part=plot]');
    expect(plot.getAttribute('tabindex')).to.equal('0');
    plot.focus();
    await settle(el);
    const live = $(el, '[aria-live=polite]');
    expect(live.textContent).to.equal('2024, agraria: 6.846');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(live.textContent).to.equal('2023, agraria: 4.452');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(live.textContent).to.equal('2023, kepegawaian: 4.000');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(live.textContent).to.equal('2021, kepegawaian: 4.148');
    expect($(el, '.tooltip .tooltip-title').textContent).to.equal('2021');
    expect($(el, '.guide-line')).to.exist;
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(live.textContent).to.contain('2024');
  });

  it('fires pantau-period-select on Enter with every series value', async () => {
    const el = await trend(YEARLY);
    $(el, '[part=plot]').focus();
    await settle(el);
    await sendKeys({ press: 'ArrowLeft' });
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const e = (await oneEvent(el, 'pantau-period-select')) as PantauPeriodSelectEvent;
    expect(e.detail).to.deep.equal({
      period: '2023',
      label: '2023',
      values: { agraria: 4452, kepegawaian: 4000 },
    });
    expect(e.bubbles && e.composed).to.equal(true);
  });

  it('fires pantau-period-select on click at the clicked period', async () => {
    const el = await trend(YEARLY);
    const plot = $(el, '[part=plot]');
    const box = plot.getBoundingClientRect();
    const l = (el as unknown as { trendView: { layout: { left: number; step: number } } }).trendView.layout;
    setTimeout(() =>
      plot.dispatchEvent(
        new MouseEvent('click', {
          bubbles: true,
          clientX: box.left + l.left + l.step * 0.5,
          clientY: box.top + 50,
        }),
      ),
    );
    const e = (await oneEvent(el, 'pantau-period-select')) as PantauPeriodSelectEvent;
    expect(e.detail.period).to.equal('2021');
  });

  it('never fires pantau-period-select for programmatic changes', async () => {
    const el = await trend(YEARLY);
    let fired = 0;
    el.addEventListener('pantau-period-select', () => fired++);
    el.period = 'month';
    el.mode = 'bars';
    el.data = { ...YEARLY };
    await settle(el);
    expect(fired).to.equal(0);
  });

  it('shows a tooltip with every series and the total on hover, without redrawing the plot', async () => {
    const el = await trend(YEARLY);
    const plot = $(el, '[part=plot]');
    const before = $(el, 'g.plot .line');
    const box = plot.getBoundingClientRect();
    const l = (el as unknown as { trendView: { layout: { left: number; step: number } } }).trendView.layout;
    plot.dispatchEvent(
      new PointerEvent('pointermove', {
        bubbles: true,
        clientX: box.left + l.left + l.step * 2.5,
        clientY: box.top + 40,
      }),
    );
    await settle(el);
    const rows = $$(el, '.tooltip tr').map((r) =>
      [...r.querySelectorAll('td')]
        .slice(1)
        .map((td) => td.textContent)
        .join('|'),
    );
    expect(rows).to.deep.equal(['agraria|4.452', 'kepegawaian|4.000', 'Jumlah|8.452']);
    expect($(el, 'g.plot .line')).to.equal(before);
    plot.dispatchEvent(new PointerEvent('pointerleave'));
    await settle(el);
    expect($(el, '.tooltip')).to.equal(null);
  });

  it('hides and shows a series with a legend toggle button', async () => {
    const el = await trend(YEARLY, { mode: 'bars' });
    const [first] = $$(el, '.legend-item');
    expect(first.getAttribute('aria-pressed')).to.equal('true');
    first.click();
    await settle(el);
    expect($$(el, '.legend-item')[0].getAttribute('aria-pressed')).to.equal('false');
    expect($$(el, 'g.plot .fill')).to.have.length(1);
    expect($(el, '.summary').textContent).to.equal('Pengaduan tetap 4.000 pada 2023 dan 2024.');
    $$(el, '.legend-item')[0].click();
    await settle(el);
    expect($$(el, 'g.plot .fill')).to.have.length(2);
  });

  it('toggles a real table with caption and scoped headers', async () => {
    const el = await trend(YEARLY);
    const toggle = $(el, '[part=table-toggle]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, 'table[part=table]')).to.equal(null);
    toggle.click();
    await settle(el);
    expect($(el, '[part=table-toggle]').getAttribute('aria-expanded')).to.equal('true');
    const table = $(el, 'table[part=table]');
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
    expect(table.querySelector('tbody tr:last-child td:last-child')!.textContent).to.equal('10.846');
  });
});
