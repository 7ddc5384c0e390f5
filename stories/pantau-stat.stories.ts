import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/stat/pantau-stat.js';
import type { StatNotation } from '../src/elements/stat/stat-model.js';
import { renderElement } from '../.storybook/elements.js';

interface StatArgs {
  value?: number;
  previous?: number;
  label?: string;
  unit?: string;
  period?: string;
  previousPeriod?: string;
  source?: string;
  sourceUrl?: string;
  lastUpdated?: string;
  lowerIsBetter: boolean;
  notation: StatNotation;
  src?: string;
  select?: string;
}

const meta: Meta<StatArgs> = {
  title: 'Elements/pantau-stat',
  component: 'pantau-stat',
  // The element's page is its .mdx file (overview, data, accessibility, then the API tables).
  tags: ['!autodocs'],
  args: {
    label: 'Laporan masyarakat ke Ombudsman RI',
    value: 10846,
    previous: 8452,
    unit: 'laporan',
    period: '2024',
    previousPeriod: '2023',
    source: 'Ombudsman RI, dikutip detik.com',
    sourceUrl:
      'https://finance.detik.com/berita-ekonomi-bisnis/d-7744159/ombudsman-klaim-amankan-potensi-kerugian-masyarakat-rp-496-m',
    lastUpdated: '2025-01-15',
    lowerIsBetter: true,
    notation: 'standard',
  },
  // Controls, docs tables, Actions and the render come from custom-elements.json (.storybook/elements.ts).
  render: renderElement('pantau-stat'),
};
export default meta;

type Story = StoryObj<StatArgs>;

// A field set by an attribute wins over the file's, so the file stories unset the example's.
const FROM_FILE_ONLY: Partial<StatArgs> = {
  value: undefined,
  previous: undefined,
  label: undefined,
  unit: undefined,
  period: undefined,
  previousPeriod: undefined,
  source: undefined,
  sourceUrl: undefined,
  lastUpdated: undefined,
  lowerIsBetter: false,
};

/** Ombudsman RI's yearly totals: complaints rose 28.3% from 2023 to 2024, which is bad news. */
export const OmbudsmanYearlyTotal: Story = {};

/** When higher is better (the default), the same rise is coloured as good news. */
export const HigherIsBetter: Story = {
  args: {
    label: 'Laporan diselesaikan',
    value: 8970,
    previous: 7148,
    period: '2025',
    previousPeriod: '2021',
    lowerIsBetter: false,
  },
};

/** A fee in Rupiah with compact numbers off. */
export const Rupiah: Story = {
  args: {
    label: 'Biaya rata-rata layanan',
    value: 50000,
    previous: 75000,
    unit: undefined,
    notation: 'rupiah',
    period: '2024',
    previousPeriod: '2023',
    lowerIsBetter: true,
  },
};

/** Large numbers in compact notation ("1,5 jt"). */
export const Compact: Story = {
  args: {
    label: 'Akses layanan daring',
    value: 1534000,
    previous: 1210000,
    unit: 'kunjungan',
    notation: 'compact',
  },
};

/** No value yet: the card says so instead of showing a blank or NaN. */
export const NoData: Story = {
  args: { value: undefined, previous: undefined, source: undefined, lastUpdated: undefined },
};

/** Hostile strings are shown as text; a `javascript:` source URL is not turned into a link. */
export const HostileStrings: Story = {
  args: {
    label: '<img src=x onerror=alert(1)>',
    unit: '"><script>alert(1)</script>',
    source: '<b>bold?</b>',
    sourceUrl: 'javascript:alert(1)',
  },
};

/** The figure comes from a JSON file by `src`; `select` picks one of several by id. */
export const FromJsonFile: Story = {
  args: { ...FROM_FILE_ONLY, src: 'data/stats/ombudsman-totals.json', select: 'laporan-2024' },
};

/** A failing `src` shows an error with a retry button and fires `pantau-error`. */
export const LoadError: Story = {
  args: { ...FROM_FILE_ONLY, src: 'data/stats/missing.json' },
};

/**
 * Figures from a CSV saved by a spreadsheet in Indonesian (`;`, `10.846`, `68,52`) and a
 * timestamp without an offset, wall time in `time-zone`. Unset, `number-locale` is inferred per
 * column; with `en` the same file reads 10.846 as ten point eight and the decimal comma is refused.
 */
export const IndonesianSpreadsheet: StoryObj<{
  numberLocale?: 'id' | 'en';
  timeZone: string;
  select: string;
}> = {
  argTypes: {
    numberLocale: { control: 'inline-radio', options: [undefined, 'id', 'en'] },
    select: { control: 'inline-radio', options: ['laporan', 'ikm'] },
  },
  args: { numberLocale: undefined, timeZone: 'Asia/Jakarta', select: 'laporan' },
  render: (a) =>
    html`<pantau-stat number-locale=${ifDefined(a.numberLocale)} time-zone=${a.timeZone} select=${a.select}>
      <script type="text/csv">
        id;label;value;previous;unit;period;previous_period;updated
        laporan;Laporan masyarakat diterima;10.846;8.452;laporan;2024;2023;2024-12-31T20:00:00
        ikm;Indeks kepuasan masyarakat;68,52;70,1;;2024;2023;2024-12-31
      </script>
    </pantau-stat>`,
};

/**
 * `loading="lazy"` (every element takes it): far down a page, the figure waits, without a
 * request, until it is scrolled near; until then its loading state keeps its place. Scroll down.
 */
export const WaitsOffScreen: Story = {
  render: () =>
    html`<p>
        Gulir ke bawah: angka di bawah dimuat saat mendekat. / Scroll down: the figure loads when near.
      </p>
      <div style="height: 150vh"></div>
      <pantau-stat
        loading="lazy"
        src="data/stats/ombudsman-totals.json"
        select="laporan-2024"
      ></pantau-stat>`,
};
