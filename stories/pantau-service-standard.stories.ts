import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/elements/service-standard/pantau-service-standard.js';
import catalogue from '../demo/data/services/services.json';
import { renderElement } from '../.storybook/elements.js';

interface ServiceArgs {
  service: string;
  variant: 'full' | 'audit' | 'compact';
  hideCompleteness: boolean;
  numberLocale?: 'id' | 'en';
  headingLevel: number;
  noJsonLd: boolean;
  detailsHref?: string;
  data: unknown;
}

// Set through the CSSOM (styleMap), so the story also runs under a strict style-src.
const GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(15rem, 1fr))', gap: '1rem' };
const ids = catalogue.services.map((s) => s.id);

const meta: Meta<ServiceArgs> = {
  title: 'Elements/pantau-service-standard',
  component: 'pantau-service-standard',
  // The element's page is its .mdx file (overview, data, accessibility, then the API tables).
  tags: ['!autodocs'],
  argTypes: {
    service: { control: 'select', options: ids },
    headingLevel: { control: { type: 'range', min: 1, max: 6, step: 1 } },
    data: { control: false },
  },
  args: {
    service: 'ktp-el',
    variant: 'full',
    hideCompleteness: false,
    headingLevel: 2,
    noJsonLd: false,
    data: catalogue,
  },
  // Controls, docs tables, Actions and the render come from custom-elements.json (.storybook/elements.ts).
  render: renderElement('pantau-service-standard'),
};
export default meta;

type Story = StoryObj<ServiceArgs>;

/** KTP-el issuance (an example): free, one working day, 11 of 14 components, and a broken promise. */
export const KtpEl: Story = {};

/** A business licence through OSS RBA (an example): a time limit given as text, 8 of 14 components. */
export const BusinessLicence: Story = { args: { service: 'nib-oss' } };

/** A puskesmas visit (an example): a fee in Rupiah, WhatsApp and e-mail channels, a derived 2021 zone. */
export const HealthService: Story = { args: { service: 'puskesmas-umum' } };

/** Baltimore 311, real figures: water requests promised in 3 days took 19 on average. */
export const BrokenPromise: Story = { args: { service: 'baltimore-311-water' } };

/** Tiles for a grid of services, each linking to its full standard. */
export const CompactGrid: Story = {
  args: { variant: 'compact', detailsHref: '#' },
  render: (a) =>
    html`<div style=${styleMap(GRID)}>
      ${ids.map(
        (id) =>
          html`<pantau-service-standard
            .data=${a.data}
            service=${id}
            variant="compact"
            heading-level=${a.headingLevel}
            details-href=${ifDefined(a.detailsHref)}
            ?no-json-ld=${a.noJsonLd}
          ></pantau-service-standard>`,
      )}
    </div>`,
};

/** A service id that is not in the catalogue is a clear error, not a blank card. */
export const MissingService: Story = {
  args: { service: 'akta-kelahiran' },
  argTypes: { service: { control: 'text' } },
};

/** Hostile strings in every field are shown as text; `javascript:` links are not links. */
export const HostileStrings: Story = {
  args: {
    service: 'x',
    data: {
      id: 'x',
      name: '<img src=x onerror=alert(1)>',
      provider: '"><script>alert(1)</script>',
      requirements: ['<b>bold?</b>'],
      procedure: ['javascript:alert(1)'],
      fee: { text: '<i>free</i>', note: '</script>' },
      complaints: [
        { type: 'web', value: 'javascript:alert(1)' },
        { type: 'email', value: '"><img src=x>@x.y' },
      ],
    },
  },
};

/** The auditor's view: "n dari 14 komponen" and the unpublished components first, under the name. */
export const AuditView: Story = { args: { service: 'puskesmas-umum', variant: 'audit' } };

/** A citizen's page without the completeness meter (`hide-completeness`). */
export const WithoutCompleteness: Story = { args: { service: 'puskesmas-umum', hideCompleteness: true } };

/**
 * A standard as an office publishes it: Indonesian field names, "Rp 0,-", "-" for an unpublished
 * component, an IKM on the 1–4 scale with a grade that disagrees, 18 calendar days against 14
 * working days (on time by the 5-per-7 rule), and an unknown field reported in "Catatan data".
 */
export const IndonesianFieldNames: Story = {
  args: {
    service: 'akta',
    data: {
      kode_layanan: 'akta',
      nama_layanan: 'Penerbitan Akta Kelahiran (contoh)',
      penyelenggara: 'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Contoh',
      persyaratan: ['Surat keterangan kelahiran', 'Kartu Keluarga', 'KTP-el orang tua'],
      sistem_mekanisme_prosedur: ['Isi formulir F-2.01', 'Verifikasi berkas', 'Penyerahan akta'],
      jangka_waktu: '14 hari kerja',
      'biaya/tarif': 'Rp 0,-',
      produk_pelayanan: 'Kutipan Akta Kelahiran',
      penanganan_pengaduan: ['SP4N-LAPOR!', 'Kotak saran di ruang tunggu'],
      jaminan_keamanan: '-',
      nomor_sk: 'SK 12/2024',
      kinerja: {
        ikm: { tahun: 2024, nilai: '3,45', mutu: 'A' },
        realisasi: { periode: '2024', realisasi_hari: 18 },
      },
    },
  },
};
