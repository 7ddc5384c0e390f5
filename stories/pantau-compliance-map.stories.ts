import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/compliance-map/pantau-compliance-map.js';
import '../src/geo/id-provinces.js';
import type { Threshold } from '../src/ratings/custom.js';
import type { SchemeId } from '../src/ratings/schemes.js';
import { renderElement } from '../.storybook/elements.js';

interface MapArgs {
  geo?: string | object;
  geoSrc?: string;
  src?: string;
  scheme?: SchemeId;
  projection: 'mercator' | 'equal-earth' | 'albers-usa' | 'none';
  featureKey?: string;
  nameKey?: string;
  nameField?: string;
  codeSystem?: 'kemendagri' | 'bps' | 'other';
  featureKind?: 'provinsi' | 'kabupaten' | 'kota';
  aliases?: Record<string, string>;
  detailGeoSrc?: string;
  detailCodeSystem?: 'kemendagri' | 'bps' | 'other';
  detailParentKey?: string;
  detailNameKey?: string;
  heading?: string;
  source?: string;
  sourceUrl?: string;
  theme?: 'light' | 'dark' | 'auto';
  patterns?: boolean;
  thresholds?: Threshold[];
  data?: unknown;
  maxJoinedRows?: number;
}

const CSV = 'data/compliance/ombudsman-compliance-2022.csv';

// Controls, docs tables, Actions and the render come from custom-elements.json (.storybook/elements.ts):
// a new attribute needs only its JSDoc and, if a story shows it, an arg here.
const meta: Meta<MapArgs> = {
  title: 'Elements/pantau-compliance-map',
  component: 'pantau-compliance-map',
  // The element's page is its .mdx file (overview, data, accessibility, then the API tables).
  tags: ['!autodocs'],
  // Everything else comes from custom-elements.json; `feature-kind` is a free string there.
  argTypes: {
    featureKind: { control: 'inline-radio', options: [undefined, 'provinsi', 'kabupaten', 'kota'] },
  },
  args: {
    geo: 'id-provinces',
    src: CSV,
    nameField: 'entity_name',
    projection: 'mercator',
    heading: 'Kepatuhan standar pelayanan publik 2022',
    source: 'Ombudsman RI, via pemberitaan (lihat source_url di CSV)',
  },
  render: renderElement('pantau-compliance-map'),
};
export default meta;
type Story = StoryObj<MapArgs>;

/** The 38 provinces shipped with pantau, joined by name to the 2022 ratings (regency rows are reported as unmatched). */
export const Provinces2022: Story = {};

/** Select a province to see its regencies (the 507-shape file, filtered by its WADMPR property). */
export const DrillDown: Story = {
  args: {
    detailGeoSrc: 'data/geo/id-regencies-507.geojson',
    detailParentKey: 'WADMPR',
    detailNameKey: 'WADMKK',
  },
};

/** The same data on the 2021 zone scale: published zones are still shown as published. */
export const ZoneScheme: Story = { args: { scheme: 'ombudsman-2021' } };

/** Custom bands with their own labels and colours. */
export const CustomThresholds: Story = {
  args: {
    scheme: 'custom',
    thresholds: [
      { min: 0, label: { id: 'Perlu perbaikan', en: 'Needs work' }, color: '#b3261e' },
      { min: 70, label: { id: 'Cukup', en: 'Fair' }, color: '#c08900' },
      { min: 90, label: { id: 'Unggul', en: 'Excellent' }, color: '#0a6b2f' },
    ],
  },
};

/** A BPS-coded dataset on the Kemendagri geometry: the province code is looked up in both systems' lists, the regency code is never compared; the notes say so. */
export const CodeSystemMismatch: Story = {
  args: {
    src: undefined,
    nameField: undefined,
    source: undefined,
    codeSystem: 'bps',
    heading: 'BPS codes on a Kemendagri map',
    data: [
      { code: '91', name: 'Papua Barat', score: 61 },
      { code: '1672', name: 'Prabumulih', score: 80 },
    ],
  },
};

/** Names as offices and the press write them (Sumut, DKI, DIY, NTB, Kalsel), a site's own name through `aliases`, and a typo the notes suggest a fix for. */
export const NamesAsWritten: Story = {
  args: {
    src: undefined,
    nameField: undefined,
    source: undefined,
    heading: 'Nama wilayah seperti ditulis',
    aliases: { 'Bumi Cenderawasih': '91' },
    data: [
      { nama: 'Sumut', nilai: 90.54 },
      { nama: 'DKI Jakarta', nilai: 81.2 },
      { nama: 'DIY', nilai: 91.15 },
      { nama: 'NTB', nilai: 77 },
      { nama: 'Kalsel', nilai: 69.38 },
      { nama: 'Bumi Cenderawasih', nilai: 58 },
      { nama: 'Sulawesi Tengara', nilai: 55.01 },
      { tingkat: 'kota', nama: 'Jambi', nilai: 52 },
    ],
  },
};

/**
 * 2025 opinions (Peraturan Ombudsman 61/2025) written as published, with no score ranges: the
 * regions are coloured by opinion under the 2025 legend. The first three opinions and Maluku
 * Utara's are from the Ombudsman's and the press's reports; the others show the remaining kinds.
 */
export const Opinions2025: Story = {
  args: {
    src: undefined,
    nameField: undefined,
    source: undefined,
    codeSystem: 'kemendagri',
    heading: 'Opini Ombudsman RI 2025',
    data: [
      { Kode: '15', Nama: 'Jambi', Opini: 'Opini Kualitas Tertinggi Tanpa Maladministrasi', Tahun: 2025 },
      {
        Kode: '35',
        Nama: 'Jawa Timur',
        Opini: 'Opini Kualitas Tertinggi Tanpa Maladministrasi',
        Tahun: 2025,
      },
      { Kode: '18', Nama: 'Lampung', Opini: 'Kualitas Tertinggi Tanpa Maladministrasi', Tahun: 2025 },
      {
        Kode: '82',
        Nama: 'Maluku Utara',
        Opini: 'Opini Kualitas Sedang Tanpa Maladministrasi',
        Tahun: 2025,
      },
      { Kode: '74', Nama: 'Sulawesi Tenggara', Opini: 'Kualitas Sedang', Tahun: 2025 },
      { Kode: '81', Nama: 'Maluku', Opini: 'Kualitas Rendah', Tahun: 2025 },
    ],
  },
};

/** English, dark theme. */
export const EnglishDark: Story = {
  globals: { locale: 'en' },
  args: { theme: 'dark', heading: 'Public service compliance 2022' },
};

/** Geometry that is missing: the map says which entry to load. */
export const MissingGeometry: Story = { args: { geo: 'id-regencies' } };

/** Only the first rows are joined (`max-joined-rows`, default 20,000): a notice says how many were left out. */
export const JoinCap: Story = { args: { maxJoinedRows: 100 } };

/** Features that cannot be projected (no object, text coordinates, a 3-point ring, longitude 500) are left out and listed in the notes. */
export const InvalidGeometry: Story = {
  args: {
    src: undefined,
    nameField: undefined,
    source: undefined,
    geo: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'A',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [106, -7],
                [106, -6],
                [107, -6],
                [107, -7],
                [106, -7],
              ],
            ],
          },
        },
        null,
        { type: 'Feature', id: 'abc', properties: {}, geometry: { type: 'Polygon', coordinates: 'abc' } },
        {
          type: 'Feature',
          id: 'short',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [100, 0],
                [101, 0],
                [100, 0],
              ],
            ],
          },
        },
        { type: 'Feature', id: 'far', properties: {}, geometry: { type: 'Point', coordinates: [500, 0] } },
      ],
    },
  },
};

/** A title and subtitle from the page, through the `title` and `subtitle` slots (with a link the page owns). */
export const SlottedTitle: Story = {
  args: { heading: undefined, source: undefined },
  render: renderElement(
    'pantau-compliance-map',
    () =>
      html`<span slot="title"
          >Kepatuhan 2022 menurut <a href="https://ombudsman.go.id/">Ombudsman RI</a></span
        >
        <span slot="subtitle">Zona per provinsi, seperti diberitakan</span>`,
  ),
};
/** Without script: custom bands and ratings as children, read as text; a bad child would show a notice instead. */
export const ThresholdsAsJsonChild: Story = {
  render: () =>
    html`<pantau-compliance-map geo="id-provinces" scheme="custom" heading="Indeks kepuasan (contoh)">
      <script type="application/json" data-pantau="thresholds">
        [
          { "min": 88.31, "label": "Sangat baik" },
          { "min": 76.61, "label": "Baik" },
          { "min": 0, "label": "Kurang" }
        ]
      </script>
      <script type="text/csv">
        name,score
        Bali,90.1
        Jawa Tengah,80.4
        Papua,70.2
      </script>
    </pantau-compliance-map>`,
};

/** Each band's pattern over its colour (always on in forced colours and print). */
export const Patterns: Story = {
  args: { patterns: true },
};
