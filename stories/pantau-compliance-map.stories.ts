import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/compliance-map/pantau-compliance-map.js';
import '../src/geo/id-provinces.js';
import type { Threshold } from '../src/geo/schemes.js';

interface MapArgs {
  geo?: string;
  geoSrc?: string;
  src?: string;
  scheme?: 'ombudsman-2021' | 'ombudsman-2022' | 'ombudsman-2025' | 'custom';
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
  lang: 'id' | 'en';
  thresholds?: Threshold[];
  maxJoinedRows?: number;
}

const CSV = '/data/compliance/ombudsman-compliance-2022.csv';

const meta: Meta<MapArgs> = {
  title: 'Elements/pantau-compliance-map',
  component: 'pantau-compliance-map',
  tags: ['autodocs'],
  argTypes: {
    scheme: {
      control: 'select',
      options: [undefined, 'ombudsman-2021', 'ombudsman-2022', 'ombudsman-2025', 'custom'],
    },
    projection: { control: 'inline-radio', options: ['mercator', 'equal-earth', 'albers-usa', 'none'] },
    codeSystem: { control: 'inline-radio', options: [undefined, 'kemendagri', 'bps', 'other'] },
    featureKind: { control: 'inline-radio', options: [undefined, 'provinsi', 'kabupaten', 'kota'] },
    detailCodeSystem: { control: 'inline-radio', options: [undefined, 'kemendagri', 'bps', 'other'] },
    aliases: { control: 'object' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    thresholds: { control: 'object' },
  },
  args: {
    geo: 'id-provinces',
    src: CSV,
    nameField: 'entity_name',
    projection: 'mercator',
    heading: 'Kepatuhan standar pelayanan publik 2022',
    source: 'Ombudsman RI, via pemberitaan (lihat source_url di CSV)',
    lang: 'id',
  },
  render: (a) =>
    html`<pantau-compliance-map
      lang=${a.lang}
      theme=${ifDefined(a.theme)}
      ?patterns=${!!a.patterns}
      geo=${ifDefined(a.geo)}
      geo-src=${ifDefined(a.geoSrc)}
      src=${ifDefined(a.src)}
      scheme=${ifDefined(a.scheme)}
      projection=${a.projection}
      feature-key=${ifDefined(a.featureKey)}
      name-key=${ifDefined(a.nameKey)}
      name-field=${ifDefined(a.nameField)}
      code-system=${ifDefined(a.codeSystem)}
      feature-kind=${ifDefined(a.featureKind)}
      .aliases=${a.aliases}
      detail-geo-src=${ifDefined(a.detailGeoSrc)}
      detail-code-system=${ifDefined(a.detailCodeSystem)}
      detail-parent-key=${ifDefined(a.detailParentKey)}
      detail-name-key=${ifDefined(a.detailNameKey)}
      heading=${ifDefined(a.heading)}
      source=${ifDefined(a.source)}
      source-url=${ifDefined(a.sourceUrl)}
      .thresholds=${a.thresholds}
      max-joined-rows=${ifDefined(a.maxJoinedRows)}
    ></pantau-compliance-map>`,
};
export default meta;
type Story = StoryObj<MapArgs>;

/** The 38 provinces shipped with pantau, joined by name to the 2022 ratings (regency rows are reported as unmatched). */
export const Provinces2022: Story = {};

/** Select a province to see its regencies (the 507-shape file, filtered by its WADMPR property). */
export const DrillDown: Story = {
  args: {
    detailGeoSrc: '/data/geo/id-regencies-507.geojson',
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
  args: { src: undefined, codeSystem: 'bps', heading: 'BPS codes on a Kemendagri map' },
  render: (a) =>
    html`<pantau-compliance-map
      lang=${a.lang}
      geo="id-provinces"
      code-system="bps"
      heading=${ifDefined(a.heading)}
      .data=${[
        { code: '91', name: 'Papua Barat', score: 61 },
        { code: '1672', name: 'Prabumulih', score: 80 },
      ]}
    ></pantau-compliance-map>`,
};

/** Names as offices and the press write them (Sumut, DKI, DIY, NTB, Kalsel), a site's own name through `aliases`, and a typo the notes suggest a fix for. */
export const NamesAsWritten: Story = {
  args: { src: undefined, heading: 'Nama wilayah seperti ditulis', aliases: { 'Bumi Cenderawasih': '91' } },
  render: (a) =>
    html`<pantau-compliance-map
      lang=${a.lang}
      geo="id-provinces"
      heading=${ifDefined(a.heading)}
      .aliases=${a.aliases}
      .data=${[
        { nama: 'Sumut', nilai: 90.54 },
        { nama: 'DKI Jakarta', nilai: 81.2 },
        { nama: 'DIY', nilai: 91.15 },
        { nama: 'NTB', nilai: 77 },
        { nama: 'Kalsel', nilai: 69.38 },
        { nama: 'Bumi Cenderawasih', nilai: 58 },
        { nama: 'Sulawesi Tengara', nilai: 55.01 },
        { tingkat: 'kota', nama: 'Jambi', nilai: 52 },
      ]}
    ></pantau-compliance-map>`,
};

/**
 * 2025 opinions (Peraturan Ombudsman 61/2025) written as published, with no score ranges: the
 * regions are coloured by opinion under the 2025 legend. The first three opinions and Maluku
 * Utara's are from the Ombudsman's and the press's reports; the others show the remaining kinds.
 */
export const Opinions2025: Story = {
  args: { src: undefined, heading: 'Opini Ombudsman RI 2025' },
  render: (a) =>
    html`<pantau-compliance-map
      lang=${a.lang}
      geo="id-provinces"
      code-system="kemendagri"
      heading=${ifDefined(a.heading)}
      .data=${[
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
      ]}
    ></pantau-compliance-map>`,
};

/** English, dark theme. */
export const EnglishDark: Story = {
  args: { lang: 'en', theme: 'dark', heading: 'Public service compliance 2022' },
};

/** Geometry that is missing: the map says which entry to load. */
export const MissingGeometry: Story = { args: { geo: 'id-regencies' } };

/** Only the first rows are joined (`max-joined-rows`, default 20,000): a notice says how many were left out. */
export const JoinCap: Story = { args: { maxJoinedRows: 100 } };

/** Features that cannot be projected (no object, text coordinates, a 3-point ring, longitude 500) are left out and listed in the notes. */
export const InvalidGeometry: Story = {
  args: { geo: undefined, src: undefined },
  render: (a) =>
    html`<pantau-compliance-map
      lang=${a.lang}
      .geo=${{
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
      }}
    ></pantau-compliance-map>`,
};

/** A title and subtitle from the page, through the `title` and `subtitle` slots (with a link the page owns). */
export const SlottedTitle: Story = {
  args: { heading: undefined },
  render: (a) =>
    html`<pantau-compliance-map lang=${a.lang} geo="id-provinces" src=${CSV} name-field="entity_name">
      <span slot="title">Kepatuhan 2022 menurut <a href="https://ombudsman.go.id/">Ombudsman RI</a></span>
      <span slot="subtitle">Zona per provinsi, seperti diberitakan</span>
    </pantau-compliance-map>`,
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
