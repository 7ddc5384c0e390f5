// What the embed builder offers for each element: its attributes (frame, data fields, look),
// and, for elements that read a table, sample data that travels inline in the code, so the
// code works on any page and any path. Samples are real figures from the demo's data.
import type { Field, Recipe } from './embed-code.js';

const frame = (heading: string, source: string, sourceUrl: string): Field[] => [
  { name: 'heading', label: 'Judul / Heading', value: heading },
  { name: 'subheading', label: 'Subjudul / Subheading', value: '' },
  { name: 'source', label: 'Sumber / Source', value: source },
  { name: 'source-url', label: 'URL sumber / Source URL', value: sourceUrl },
  { name: 'note', label: 'Catatan / Note', value: '' },
];
const updated: Field = { name: 'updated', label: 'Diperbarui / Updated (2025-01-15)', value: '' };

const TREND_CSV = `date,value
2019,7903
2021,7148
2022,8295
2023,8452
2024,10846
`;

const MAP_CSV = `province,score,category,zone,year
Sulawesi Utara,98.15,A,hijau,2022
Bali,94.01,A,hijau,2022
Jawa Tengah,93.14,A,hijau,2022
DI Yogyakarta,91.15,A,hijau,2022
Sumatera Utara,90.54,A,hijau,2022
Kalimantan Selatan,69.38,,kuning,2022
Sulawesi Tenggara,55.01,C,kuning,2022
`;

const SERVICE_JSON = JSON.stringify(
  {
    name: 'Penerbitan KTP-el',
    provider: 'Dinas Kependudukan dan Pencatatan Sipil Kota Contoh',
    requirements: ['Kartu Keluarga (KK) asli', 'KTP-el lama bagi penggantian karena rusak'],
    procedure: ['Ambil nomor antrean', 'Perekaman biometrik', 'Penyerahan KTP-el'],
    timeLimit: { value: 1, unit: 'hari kerja' },
    fee: { amount: 0 },
    product: 'KTP-el',
    complaints: [{ type: 'lapor' }, { type: 'phone', value: '1500537', label: 'Call Center Dukcapil' }],
  },
  null,
  2,
);

const SOURCE_OMBUDSMAN = 'https://ombudsman.go.id/';

export const RECIPES: Recipe[] = [
  {
    tag: 'pantau-stat',
    bundle: 'pantau-stat.js',
    fields: [
      { name: 'label', label: 'Label', value: 'Laporan masyarakat ke Ombudsman RI' },
      { name: 'value', label: 'Nilai / Value', value: '10846' },
      { name: 'previous', label: 'Nilai sebelumnya / Previous', value: '8452' },
      { name: 'unit', label: 'Satuan / Unit', value: 'laporan' },
      { name: 'period', label: 'Periode / Period', value: '2024' },
      { name: 'previous-period', label: 'Periode sebelumnya / Previous period', value: '2023' },
      { name: 'source', label: 'Sumber / Source', value: 'Ombudsman RI' },
      { name: 'source-url', label: 'URL sumber / Source URL', value: SOURCE_OMBUDSMAN },
      updated,
      { name: 'lower-is-better', label: 'Turun = baik / Lower is better', value: 'true', bool: true },
    ],
  },
  {
    tag: 'pantau-complaint-trend',
    bundle: 'pantau-complaint-trend.js',
    data: {
      sample: TREND_CSV,
      hint: 'Satu baris per tanggal atau per laporan / One row per date or per report',
    },
    fields: [
      ...frame('Laporan masyarakat ke Ombudsman RI', 'Laporan tahunan Ombudsman RI', SOURCE_OMBUDSMAN),
      updated,
      {
        name: 'period',
        label: 'Periode / Period',
        value: 'year',
        options: ['day', 'week', 'month', 'quarter', 'year'],
      },
      { name: 'mode', label: 'Mode', value: 'line', options: ['line', 'area', 'bars', 'grouped'] },
      { name: 'date-field', label: 'Kolom tanggal / Date field', value: '' },
      { name: 'value-field', label: 'Kolom nilai / Value field (kosong: hitung baris)', value: '' },
      { name: 'series-field', label: 'Kolom seri / Series field', value: '' },
      { name: 'filter', label: 'Saring / Filter (kolom=nilai&…)', value: '' },
      { name: 'subject', label: 'Yang dihitung / Subject', value: 'Laporan' },
      {
        name: 'format',
        label: 'Format',
        value: '',
        options: ['', 'csv', 'json', 'open311', 'open311-xml', 'ckan'],
      },
    ],
    option: {
      name: 'annotations',
      label: 'Anotasi / Annotations (tanggal | teks, satu per baris)',
      sample: '2024 | Termasuk IAP dan RCO',
      entry: ([date, label]) => (date && label ? { date, label } : undefined),
    },
  },
  {
    tag: 'pantau-compliance-map',
    bundle: 'pantau-compliance-map.js',
    data: { sample: MAP_CSV, hint: 'Satu baris per wilayah / One row per region' },
    fields: [
      ...frame('Kepatuhan standar pelayanan 2022', 'Ombudsman RI', SOURCE_OMBUDSMAN),
      { name: 'geo', label: 'Peta / Boundaries', value: 'id-provinces', options: ['id-provinces'] },
      { name: 'name-field', label: 'Kolom nama / Name field', value: 'province' },
      { name: 'code-field', label: 'Kolom kode / Code field', value: '' },
      {
        name: 'code-system',
        label: 'Sistem kode / Code system',
        value: '',
        options: ['', 'kemendagri', 'bps', 'other'],
      },
      { name: 'score-field', label: 'Kolom nilai / Score field', value: '' },
      { name: 'zone-field', label: 'Kolom zona / Zone field', value: '' },
      { name: 'category-field', label: 'Kolom kategori / Category field', value: '' },
      { name: 'year-field', label: 'Kolom tahun / Year field', value: '' },
      {
        name: 'scheme',
        label: 'Skema / Scheme',
        value: '',
        options: ['', 'ombudsman-2022', 'ombudsman-2021', 'custom'],
      },
      { name: 'year', label: 'Tahun / Year', value: '' },
    ],
    option: {
      name: 'thresholds',
      label: 'Ambang kustom / Custom thresholds (nilai minimum | label | warna, satu per baris)',
      sample: '',
      entry: ([min, label, color]) => {
        const n = Number(min?.replace(',', '.'));
        if (!min || !Number.isFinite(n) || !label) return undefined;
        return color ? { min: n, label, color } : { min: n, label };
      },
    },
  },
  {
    tag: 'pantau-service-standard',
    bundle: 'pantau-service-standard.js',
    data: {
      sample: SERVICE_JSON,
      hint: 'Satu layanan (JSON), atau katalog dengan id / One service, or a catalogue with ids',
    },
    fields: [
      { name: 'service', label: 'Id layanan dalam katalog / Service id in a catalogue', value: '' },
      { name: 'variant', label: 'Varian / Variant', value: 'full', options: ['full', 'compact'] },
      {
        name: 'heading-level',
        label: 'Tingkat judul / Heading level',
        value: '',
        options: ['', '2', '3', '4'],
      },
    ],
  },
];
