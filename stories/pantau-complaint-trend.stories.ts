import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/complaint-trend/pantau-complaint-trend.js';
import { renderElement } from '../.storybook/elements.js';
import type { TrendAnnotation } from '../src/elements/complaint-trend/pantau-complaint-trend.js';
import type { PeriodTable } from '../src/data/aggregate/period-table.js';

interface TrendArgs {
  mode: 'line' | 'area' | 'bars' | 'grouped';
  period: 'day' | 'week' | 'month' | 'quarter' | 'year';
  src?: string;
  format?: string;
  data?: unknown;
  dateField?: string;
  seriesField?: string;
  valueField?: string;
  filter?: string;
  timeZone?: string;
  measure?: 'on-time' | 'resolution';
  subject?: string;
  heading?: string;
  subheading?: string;
  source?: string;
  sourceUrl?: string;
  note?: string;
  lastUpdated?: string;
  refresh?: number;
  deadline?: number;
  maxRequests?: number;
  noDownload: boolean;
  theme?: 'light' | 'dark' | 'auto';
  maxSeries?: number;
  annotations: TrendAnnotation[];
}

// Monthly complaints by channel, 2023–2024: made up for the mode stories (the real-data stories follow).
const channels = ['SP4N-LAPOR!', 'Surat', 'Datang langsung', 'Telepon'];
const months = Array.from(
  { length: 24 },
  (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);
const SAMPLE: PeriodTable = {
  period: 'month',
  periods: months,
  series: channels,
  values: channels.map((_, s) =>
    months.map((_, i) => Math.round((320 - s * 70) * (1 + 0.25 * Math.sin((i + s) / 2.5)) + i * (6 - s))),
  ),
  total: 0,
};

// Controls, docs tables, Actions and the render come from custom-elements.json (.storybook/elements.ts):
// a new attribute needs only its JSDoc and, if a story shows it, an arg here.
const meta: Meta<TrendArgs> = {
  title: 'Elements/pantau-complaint-trend',
  component: 'pantau-complaint-trend',
  // The element's page is its .mdx file (overview, data, accessibility, then the API tables).
  tags: ['!autodocs'],
  args: {
    mode: 'line',
    period: 'month',
    data: SAMPLE,
    heading: 'Pengaduan per saluran',
    subheading: 'Contoh data bulanan, 2023–2024',
    source: 'Data contoh pantau',
    noDownload: false,
    annotations: [{ date: '2024-01', label: 'Aplikasi baru' }],
  },
  render: renderElement('pantau-complaint-trend'),
};
export default meta;

type Story = StoryObj<TrendArgs>;

/** Lines with a dash pattern and marker shape per series. */
export const Line: Story = {};
/** Stacked areas with a hatch per series. */
export const Area: Story = { args: { mode: 'area' } };
/** Stacked bars. */
export const Bars: Story = { args: { mode: 'bars' } };
/** Bars side by side. */
export const Grouped: Story = {
  args: {
    mode: 'grouped',
    data: { ...SAMPLE, periods: months.slice(-6), values: SAMPLE.values.map((r) => r.slice(-6)) },
  },
};
/** The same chart in English and the dark theme. */
export const EnglishDark: Story = {
  globals: { locale: 'en' },
  args: { theme: 'dark', heading: 'Complaints by channel', subheading: 'Sample monthly data' },
};

/** 100,000 daily values: drawn per pixel column (min and max kept), so it costs what 1,000 would. */
export const LargeData: Story = {
  args: {
    period: 'day',
    heading: '100.000 hari',
    annotations: [],
    data: (() => {
      const n = 100_000;
      const start = Date.UTC(1750, 0, 1);
      const periods = Array.from({ length: n }, (_, i) =>
        new Date(start + i * 86_400_000).toISOString().slice(0, 10),
      );
      return {
        period: 'day',
        periods,
        series: ['total'],
        values: [periods.map((_, i) => Math.round(100 + 60 * Math.sin(i / 900) + (i % 37)))],
        total: 0,
      };
    })(),
  },
};

/** Ombudsman RI national yearly totals, filtered from the long-format CSV with `filter` alone. */
export const OmbudsmanYearlyTotals: Story = {
  args: {
    data: undefined,
    src: 'data/complaints/ombudsman-ri-reports.csv',
    period: 'year',
    dateField: 'year',
    valueField: 'count',
    filter:
      'scope=Ombudsman RI (national)&period=full year&category=total&metric=laporan diterima&metric=laporan masyarakat&metric=laporan masyarakat (incl. IAP/RCO)',
    subject: 'Laporan masyarakat',
    heading: 'Laporan masyarakat ke Ombudsman RI',
    subheading: 'Per tahun, nasional (2020 tidak tercatat)',
    source: 'Ombudsman RI via detik.com',
    sourceUrl:
      'https://finance.detik.com/berita-ekonomi-bisnis/d-7744159/ombudsman-klaim-amankan-potensi-kerugian-masyarakat-rp-496-m',
    note: '2024 termasuk IAP dan RCO; definisi berubah antar tahun.',
    annotations: [{ date: '2024', label: 'Termasuk IAP/RCO' }],
  },
};

/** Ombudsman RI 2024 reports by subject (top ten), as grouped bars. */
export const Ombudsman2024Subjects: Story = {
  args: {
    ...OmbudsmanYearlyTotals.args,
    mode: 'grouped',
    seriesField: 'category',
    filter: 'scope=Ombudsman RI (national)&year=2024&metric=laporan by substansi',
    subject: 'Laporan',
    heading: 'Substansi laporan 2024',
    subheading: 'Sepuluh substansi teratas',
    note: undefined,
    annotations: [],
  },
};

/** Real Open311 requests from Bloomington, counted per day by service. */
export const BloomingtonOpen311PerDay: Story = {
  args: {
    data: undefined,
    src: 'data/open311/open311status-bloomington_requests.json',
    format: 'open311',
    period: 'day',
    mode: 'bars',
    seriesField: 'service_name',
    timeZone: 'America/Indiana/Indianapolis',
    measure: 'resolution',
    subject: 'Permintaan',
    heading: 'Permintaan 311 Bloomington per hari',
    subheading: 'Open311 GeoReport v2, menurut layanan',
    source: 'City of Bloomington via open311status (MIT)',
    sourceUrl: 'https://github.com/bensheldon/open311status',
    annotations: [],
  },
};

/**
 * Rows whose date or value cannot be read are left out and listed under the chart; the element
 * reports them once as `pantau-data-issues` (`{ rowIssues, skipped }`).
 */
export const RowsSkipped: Story = {
  args: {
    period: 'month',
    seriesField: 'kategori',
    heading: 'Pengaduan per kategori',
    subheading: 'Data dengan tiga baris rusak',
    annotations: [],
    data: [
      { date: '2024-01-04', kategori: 'agraria' },
      { date: '2024-01-19', kategori: 'kepolisian' },
      { date: '31/01/2024', kategori: 'agraria' },
      { date: '2024-02-02', kategori: 'agraria' },
      { date: '', kategori: 'pendidikan' },
      { date: '2024-02-27', kategori: 'kepolisian' },
      { date: '2024-03-08', kategori: 'pendidikan' },
      { date: 'Maret 2024', kategori: 'agraria' },
      { date: '2024-03-21', kategori: 'agraria' },
    ],
  },
};

let generated: string | undefined;
/** 200,000 made-up complaints over two years (5 MB), with a bad date every 50,000th row. */
function generatedCsvUrl(): string {
  if (generated) return generated;
  const kinds = ['agraria', 'kepolisian', 'pendidikan', 'kesehatan', 'kepegawaian'];
  const lines = ['date,kategori'];
  for (let i = 0; i < 200_000; i++) {
    const day = new Date(Date.UTC(2023, 0, 1) + ((i * 7919) % 731) * 86_400_000);
    const date = (i + 1) % 50_000 === 0 ? 'bukan tanggal' : day.toISOString().slice(0, 10);
    lines.push(`${date},${kinds[[0, 0, 0, 1, 1, 2, 3, 4][i % 8]]}`);
  }
  generated = URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/csv' }));
  return generated;
}

/** A CSV `src` over 2 MiB: counted in a module worker while it streams, with a progress bar. */
export const StreamedCsv: Story = {
  args: {
    data: undefined,
    format: 'csv',
    period: 'month',
    mode: 'area',
    seriesField: 'kategori',
    heading: '200.000 pengaduan dari satu berkas CSV',
    subheading: 'Dihitung di Web Worker saat dimuat',
    source: 'Data buatan pantau',
    annotations: [],
  },
  loaders: [async () => ({ src: generatedCsvUrl() })],
  render: (a, ctx) => meta.render!({ ...a, src: ctx.loaded.src as string }, ctx),
};

/** Loading: the request never answers, so the skeleton stays. */
export const Loading: Story = {
  args: { data: undefined, src: '/__pantau-story/never' },
  loaders: [
    async () => {
      const real = window.fetch;
      window.fetch = (input, init) =>
        String(input).includes('/__pantau-story/never') ? new Promise<Response>(() => {}) : real(input, init);
      return {};
    },
  ],
};
/** Deadline: a server that never answers; after `deadline` seconds (here 3) the load ends with an error and a retry button. */
export const Deadline: Story = {
  args: { data: undefined, src: '/__pantau-story/never-deadline', deadline: 3 },
  loaders: [
    async () => {
      const real = window.fetch;
      window.fetch = (input, init) =>
        String(input).includes('/__pantau-story/never')
          ? new Promise<Response>((_, reject) =>
              init?.signal?.addEventListener('abort', () =>
                reject(new DOMException('Aborted', 'AbortError')),
              ),
            )
          : real(input, init);
      return {};
    },
  ],
};
/** Empty: no data given yet. */
export const Empty: Story = { args: { data: undefined, heading: 'Belum ada data' } };
/** Error: the file does not exist; the retry button tries again. */
export const LoadError: Story = { args: { data: undefined, src: 'data/complaints/missing.csv' } };
/** Stale: refreshed every 5 s; after the first load the source fails, and the last good data stays with a notice. */
export const Stale: Story = {
  args: { data: undefined, src: '/__pantau-story/flaky.json', refresh: 5, period: 'year' },
  loaders: [
    async () => {
      const real = window.fetch;
      let calls = 0;
      window.fetch = (input, init) => {
        if (!String(input).includes('/__pantau-story/flaky')) return real(input, init);
        calls++;
        if (calls > 1) return Promise.resolve(new Response('down', { status: 503 }));
        const rows = [
          { date: '2023', value: 8452 },
          { date: '2024', value: 10846 },
        ];
        return Promise.resolve(
          new Response(JSON.stringify(rows), { headers: { 'content-type': 'application/json' } }),
        );
      };
      return {};
    },
  ],
};
/** Without script: the data and the annotations as children, read as text (what a strict-CSP CMS page writes). */
export const OptionsAsJsonChildren: Story = {
  render: () =>
    html`<pantau-complaint-trend
      period="year"
      heading="Laporan masyarakat ke Ombudsman RI"
      source="Ombudsman RI"
    >
      <script type="application/json" data-pantau="annotations">
        [{ "date": "2024", "label": "Termasuk IAP dan RCO" }]
      </script>
      <script type="text/csv">
        date,value
        2022,8295
        2023,8452
        2024,10846
      </script>
    </pantau-complaint-trend>`,
};

/**
 * A wide table, one column per series (`bulan,Infrastruktur,Kesehatan,…`, as spreadsheets and
 * Datawrapper write it), saved by a spreadsheet in Indonesian (`;`, `1.204`). Read as one series
 * per numeric column by itself (the data notes say so), or by the columns `value-fields` names.
 * `number-locale` states how numbers are written; unset, they are inferred per column.
 */
export const WideTable: StoryObj<{ valueFields?: string; numberLocale?: 'id' | 'en' }> = {
  argTypes: {
    valueFields: { control: 'text' },
    numberLocale: { control: 'inline-radio', options: [undefined, 'id', 'en'] },
  },
  args: { valueFields: '', numberLocale: undefined },
  render: (a) =>
    html`<pantau-complaint-trend
      heading="Pengaduan per bidang, Januari–Juni 2024"
      value-fields=${ifDefined(a.valueFields || undefined)}
      number-locale=${ifDefined(a.numberLocale)}
    >
      <script type="text/csv">
        bulan;Infrastruktur;Kesehatan;Pendidikan;Kepegawaian
        2024-01;1.204;845;512;230
        2024-02;1.098;790;498;241
        2024-03;1.311;902;530;219
        2024-04;1.150;811;;205
        2024-05;1.276;866;547;228
        2024-06;1.032;754;489;199
      </script>
    </pantau-complaint-trend>`,
};
