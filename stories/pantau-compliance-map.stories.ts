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
  scheme?: 'ombudsman-2021' | 'ombudsman-2022' | 'custom';
  projection: 'mercator' | 'equal-earth' | 'albers-usa' | 'none';
  featureKey?: string;
  nameKey?: string;
  nameField?: string;
  codeSystem?: 'kemendagri' | 'bps' | 'other';
  detailGeoSrc?: string;
  detailParentKey?: string;
  detailNameKey?: string;
  heading?: string;
  source?: string;
  sourceUrl?: string;
  theme?: 'light' | 'dark' | 'auto';
  patterns?: boolean;
  lang: 'id' | 'en';
  thresholds?: Threshold[];
}

const CSV = '/data/compliance/ombudsman-compliance-2022.csv';

const meta: Meta<MapArgs> = {
  title: 'Elements/pantau-compliance-map',
  component: 'pantau-compliance-map',
  tags: ['autodocs'],
  argTypes: {
    scheme: { control: 'select', options: [undefined, 'ombudsman-2021', 'ombudsman-2022', 'custom'] },
    projection: { control: 'inline-radio', options: ['mercator', 'equal-earth', 'albers-usa', 'none'] },
    codeSystem: { control: 'inline-radio', options: [undefined, 'kemendagri', 'bps', 'other'] },
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
      detail-geo-src=${ifDefined(a.detailGeoSrc)}
      detail-parent-key=${ifDefined(a.detailParentKey)}
      detail-name-key=${ifDefined(a.detailNameKey)}
      heading=${ifDefined(a.heading)}
      source=${ifDefined(a.source)}
      source-url=${ifDefined(a.sourceUrl)}
      .thresholds=${a.thresholds}
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

/** A BPS-coded dataset on the Kemendagri geometry: nothing is coloured, the notes say why. */
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

/** English, dark theme. */
export const EnglishDark: Story = {
  args: { lang: 'en', theme: 'dark', heading: 'Public service compliance 2022' },
};

/** Geometry that is missing: the map says which entry to load. */
export const MissingGeometry: Story = { args: { geo: 'id-regencies' } };

/** A title and subtitle from the page, through the `title` and `subtitle` slots (with a link the page owns). */
export const SlottedTitle: Story = {
  args: { heading: undefined },
  render: (a) =>
    html`<pantau-compliance-map lang=${a.lang} geo="id-provinces" src=${CSV} name-field="entity_name">
      <span slot="title">Kepatuhan 2022 menurut <a href="https://ombudsman.go.id/">Ombudsman RI</a></span>
      <span slot="subtitle">Zona per provinsi, seperti diberitakan</span>
    </pantau-compliance-map>`,
};

/** Each band's pattern over its colour (always on in forced colours and print). */
export const Patterns: Story = {
  args: { patterns: true },
};
