import { fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/elements/complaint-trend/pantau-complaint-trend.js';
import type { PantauComplaintTrend } from '../../../src/elements/complaint-trend/pantau-complaint-trend.js';
import type { PeriodTable } from '../../../src/data/aggregate/period-table.js';
import { TrendHarness } from '../../harness/trend.js';

/** The Ombudsman's national yearly totals and two subjects, as a ready table. */
export const YEARLY: PeriodTable = {
  period: 'year',
  periods: ['2021', '2022', '2023', '2024'],
  series: ['agraria', 'kepegawaian'],
  values: [
    [3000, 3500, 4452, 6846],
    [4148, 4795, 4000, 4000],
  ],
  total: 34741,
};

/** Raw records: one complaint per row, counted by the element. */
export const RECORDS = [
  { date: '2024-01-15', kategori: 'agraria' },
  { date: '2024-01-20', kategori: 'agraria' },
  { date: '2024-02-03', kategori: 'kepolisian' },
  { date: '2024-03-30', kategori: 'agraria' },
  { date: '2024-03-31', kategori: 'kepolisian' },
  { date: '2024-03-31', kategori: 'kepolisian' },
];

export async function settle(el: PantauComplaintTrend): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await nextFrame();
  }
}

/** A chart 600 px wide with the given data and attributes. */
export async function trend(
  data: unknown,
  attrs: Partial<PantauComplaintTrend> = {},
  width = 600,
): Promise<PantauComplaintTrend> {
  const el = await fixture<PantauComplaintTrend>(
    html`<div style="width:${width}px">
      <pantau-complaint-trend .data=${data} lang="id"></pantau-complaint-trend>
    </div>`,
  ).then((wrap) => wrap.querySelector('pantau-complaint-trend')!);
  Object.assign(el, attrs);
  await settle(el);
  return el;
}

/** The same chart, through its harness: what a reader sees and does. */
export async function trendHarness(
  data: unknown,
  attrs: Partial<PantauComplaintTrend> = {},
  width = 600,
): Promise<TrendHarness> {
  return new TrendHarness(await trend(data, attrs, width));
}

export const $ = <T extends Element = HTMLElement>(el: PantauComplaintTrend, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel)!;
export const $$ = <T extends Element = HTMLElement>(el: PantauComplaintTrend, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];
