import { defineMessages } from '../../i18n/messages.js';

export const dataStateMessages = defineMessages({
  loading: ['Memuat data…', 'Loading data…'],
  progressLabel: ['Kemajuan pemuatan data', 'Data loading progress'],
  bytesOf: ['{loaded} dari {total}', '{loaded} of {total}'],
  bytes: ['{loaded} dimuat', '{loaded} loaded'],
  rows: ['{rows} baris dibaca', '{rows} rows read'],
  errorTitle: ['Data tidak dapat dimuat', 'The data could not be loaded'],
  retry: ['Coba lagi', 'Retry'],
  details: ['Detail teknis', 'Technical details'],
  stale: [
    'Menampilkan data terakhir yang berhasil dimuat ({time}). Pembaruan gagal: {reason}',
    'Showing the last data that loaded ({time}). The update failed: {reason}',
  ],
  network: [
    'Tidak dapat terhubung ke server data. Periksa koneksi internet Anda.',
    'Could not reach the data server. Check your internet connection.',
  ],
  timeout: ['Server data tidak merespons tepat waktu.', 'The data server did not answer in time.'],
  // {status} is " (HTTP 404)" when the server gave one, else empty.
  http: ['Server data mengembalikan kesalahan{status}.', 'The data server answered with an error{status}.'],
  'too-large': [
    'Berkas data terlalu besar untuk dimuat di halaman ini.',
    'The data file is too large to load on this page.',
  ],
  'request-limit': [
    'Sumber data ini memerlukan terlalu banyak permintaan ke server.',
    'This data source needs too many requests to the server.',
  ],
  parse: [
    'Berkas data tidak dapat dibaca: formatnya rusak atau bukan data.',
    'The data file could not be read: it is damaged or not data.',
  ],
  shape: [
    'Susunan data tidak sesuai dengan yang diharapkan elemen ini.',
    'The data is not laid out the way this element expects.',
  ],
  'no-rows': ['Tidak ada baris data yang dapat digunakan.', 'No usable rows of data.'],
  'too-many-periods': [
    'Tanggal data mencakup lebih dari 10.000 periode. Pilih periode yang lebih kasar, misalnya period="month" atau period="year".',
    'The dates span more than 10,000 periods. Choose a coarser period, such as period="month" or period="year".',
  ],
  format: [
    'Berkas pantau yang dimuat halaman ini tidak membaca format data ini.',
    'The pantau file this page loads does not read this data format.',
  ],
  aborted: ['Pemuatan data dibatalkan.', 'Loading the data was cancelled.'],
  errorCode: ['Kode kesalahan: {code}', 'Error code: {code}'],
  formatHelp: [
    "Muat pantau.js (semua format) sebagai ganti berkas satu elemen, atau dengan npm: import 'pantau/data'.",
    "Load pantau.js (every format) instead of a single element's file, or with npm: import 'pantau/data'.",
  ],
  issueLine: [
    'Baris {row}, kolom "{field}": "{value}" — yang diharapkan: {expected}',
    'Row {row}, field "{field}": "{value}" — expected {expected}',
  ],
  notes: ['Catatan data ({n})', 'Data notes ({n})'],
});
