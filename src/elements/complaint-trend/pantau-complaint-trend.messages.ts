import { defineMessages } from '../../i18n/messages.js';

/** Every visible string of `<pantau-complaint-trend>`, in Indonesian and English. */
export const t = defineMessages({
  subject: ['Pengaduan', 'Complaints'],
  roledescription: ['grafik', 'chart'],
  plotLabel: ['Grafik {caption}', 'Chart of {caption}'],
  plotHint: [
    'Panah kiri dan kanan memilih periode, atas dan bawah memilih seri, Enter memilih periode.',
    'Left and right arrows pick a period, up and down pick a series, Enter selects the period.',
  ],
  legend: ['Seri', 'Series'],
  rightAxis: ['sumbu kanan', 'right axis'],
  tableCaption: ['{subject} per {period}', '{subject} per {period}'],
  period: ['Periode', 'Period'],
  total: ['Jumlah', 'Total'],
  noSeries: ['(tanpa kategori)', '(no category)'],
  other: ['Lainnya', 'Other'],
  otherNote: ['Lainnya: {names}', 'Other: {names}'],
  'unit-day': ['hari', 'day'],
  'unit-week': ['minggu', 'week'],
  'unit-month': ['bulan', 'month'],
  'unit-quarter': ['triwulan', 'quarter'],
  'unit-year': ['tahun', 'year'],
  'measure-on-time': ['Selesai tepat waktu', 'Resolved on time'],
  'measure-resolution': ['Median hari penyelesaian', 'Median days to resolve'],
  // The summary sentence.
  rose: [
    '{s} naik {pct} dari {a} pada {pa} menjadi {b} pada {pb}',
    '{s} rose {pct} from {a} in {pa} to {b} in {pb}',
  ],
  roseFromZero: [
    '{s} naik dari {a} pada {pa} menjadi {b} pada {pb}',
    '{s} rose from {a} in {pa} to {b} in {pb}',
  ],
  fell: [
    '{s} turun {pct} dari {a} pada {pa} menjadi {b} pada {pb}',
    '{s} fell {pct} from {a} in {pa} to {b} in {pb}',
  ],
  same: ['{s} tetap {b} pada {pa} dan {pb}', '{s} stayed at {b} in {pa} and {pb}'],
  single: ['{s} pada {pb}: {b}', '{s} in {pb}: {b}'],
  largest: ['; terbanyak: {name}', '; largest: {name}'],
  changeUp: ['Naik {pct} dibandingkan {prev}', 'Up {pct} from {prev}'],
  changeDown: ['Turun {pct} dibandingkan {prev}', 'Down {pct} from {prev}'],
  changeSame: ['Sama dengan {prev}', 'Same as {prev}'],
  announce: ['{period}, {series}: {value}', '{period}, {series}: {value}'],
  missing: ['tidak ada data', 'no data'],
  announceAnnotation: ['{text}. Catatan: {note}', '{text}. Note: {note}'],
  days: ['{n} hari', '{n} days'],
  skipped: ['{n} baris dilewati', '{n} rows skipped'],
  issuesDetails: ['Baris yang dilewati dan alasannya', 'Rows skipped and why'],
  issue: [
    'Baris {row}, kolom "{field}": "{value}" (diharapkan: {expected})',
    'Row {row}, field "{field}": "{value}" (expected: {expected})',
  ],
  moreIssues: ['… dan {n} lainnya', '… and {n} more'],
  unusable: [
    'Tidak ada baris data yang dapat digunakan dengan pengaturan grafik ini.',
    'No data row can be used with this chart’s settings.',
  ],
});
