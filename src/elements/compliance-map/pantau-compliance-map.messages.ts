import { defineMessages } from '../../i18n/messages.js';
import { settledBy } from './settled.messages.js';

export const t = defineMessages({
  mapLabel: [
    'Peta kepatuhan: {count} wilayah. Tombol panah berpindah wilayah, Enter memilih, Escape membatalkan.',
    'Compliance map: {count} regions. Arrow keys move between regions, Enter selects, Escape clears.',
  ],
  noData: ['Tidak ada data', 'No data'],
  scheme: ['Skala: {name}', 'Scale: {name}'],
  regions: ['{count} wilayah', '{count} regions'],
  regionOne: ['1 wilayah', '1 region'],
  score: ['Nilai', 'Score'],
  band: ['Kategori/zona', 'Category/zone'],
  rank: ['Peringkat', 'Rank'],
  rankOf: ['{rank} dari {of}', '{rank} of {of}'],
  year: ['Tahun', 'Year'],
  region: ['Wilayah', 'Region'],
  code: ['Kode', 'Code'],
  showList: ['Tampilkan daftar', 'Show list'],
  hideList: ['Sembunyikan daftar', 'Hide list'],
  listCaption: ['Daftar wilayah dan nilai kepatuhan', 'Regions and their compliance scores'],
  notes: ['Catatan data', 'Data notes'],
  allGood: ['Semua baris data cocok dengan wilayah di peta.', 'Every data row matched a region on the map.'],
  usedScheme: [
    'Skala yang dipakai: {name}. Zona, kategori atau opini yang diterbitkan ditampilkan apa adanya; nilai diubah menjadi kategori hanya jika tidak ada satu pun.',
    'Scale used: {name}. Published zones, categories or opinions are shown as given; a score is turned into a category only when none is given.',
  ],
  opinionYear: [
    'Sejak 2025 Ombudsman RI menerbitkan opini, bukan nilai: nilai tidak diubah menjadi kategori.',
    'From 2025 Ombudsman RI publishes an opinion, not a score: scores are not turned into categories.',
  ],
  systems: ['Sistem kode: data {data}, peta {geometry}.', 'Code systems: data {data}, map {geometry}.'],
  systemUnstated: ['tidak disebut', 'not stated'],
  notesLoading: ['Memuat catatan…', 'Loading the notes…'],
  sideMissing: [
    'Bagian ini tidak tersedia: berkas {file} tidak dapat dimuat. Letakkan berkas itu di samping skrip pantau.',
    'This part is unavailable: could not load the file {file}. Put that file beside the pantau script.',
  ],
  selected: ['Dipilih: {name}', 'Selected: {name}'],
  cleared: ['Pilihan dibatalkan', 'Selection cleared'],
  noGeometry: [
    'Geometri "{name}" belum dimuat: pantau hanya membawa "id-provinces". Daftarkan dengan registerGeometry() atau beri geo-src.',
    'Geometry "{name}" is not loaded: pantau ships only "id-provinces". Register it with registerGeometry() or give geo-src.',
  ],
  loadingGeometry: ['Memuat batas wilayah "{name}"…', 'Loading the "{name}" boundaries…'],
  shippedGeometryFailed: [
    'Batas wilayah "{name}" tidak dapat dimuat dari {file}. Letakkan berkas itu di samping skrip pantau.',
    'The "{name}" boundaries could not be loaded from {file}. Put that file beside the pantau script.',
  ],
  drawing: ['Menggambar peta…', 'Drawing the map…'],
  joinCap: [
    'Hanya {kept} dari {total} baris yang dipadukan ke peta (atur max-joined-rows).',
    'Only {kept} of {total} rows were joined to the map (set max-joined-rows).',
  ],
  geometryTitle: ['Peta tidak dapat digambar', 'The map cannot be drawn'],
  geometryUnusable: [
    'Tidak ada wilayah dengan geometri sah ({count} fitur ditinggalkan).',
    'No region has valid geometry ({count} features left out).',
  ],
  geometryFailed: ['Geometri peta tidak terbaca.', 'The map geometry could not be read.'],
  geometryProjected: [
    'Koordinat di luar rentang bujur/lintang: untuk data terproyeksi, pakai projection="none".',
    'Coordinates outside longitude/latitude: for projected data, set projection="none".',
  ],
  fromPublisher: ['dari penerbit', 'as published'],
  fromScore: ['dari nilai', 'from the score'],
  fromOpinion: ['dari opini penerbit', 'from the published opinion'],
  ...settledBy,
  opinion: ['Opini', 'Opinion'],
  category: ['Kategori', 'Category'],
});

export type MessageKey = Parameters<typeof t>[1];
