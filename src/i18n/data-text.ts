import { DATE_EXAMPLES, type IssueParams } from '../data/issue-codes.js';
import type { DataNote, RowIssue } from '../data/types.js';
import { formatNumber } from './format.js';
import type { Lang } from './lang.js';
import { defineMessages } from './messages.js';

/** Row problems and reading notes in both languages, filled from an issue's code and params. */
const t = defineMessages({
  number: ['angka{how}', 'a number{how}'],
  integer: ['bilangan bulat{how}', 'a whole number{how}'],
  'how-id': [' dengan penulisan Indonesia, seperti 1.234,5', ' written the Indonesian way, like 1.234,5'],
  'how-en': [' dengan penulisan Inggris, seperti 1,234.5', ' written the English way, like 1,234.5'],
  'how-': [' seperti 1234,5 atau 1.234,5', ' like 1234.5 or 1.234,5'],
  between: [' antara {min} dan {max}', ' between {min} and {max}'],
  other: [
    ' (dengan number-locale="{locale}" nilai ini terbaca {value})',
    ' (it reads as {value} with number-locale="{locale}")',
  ],
  date: ['tanggal seperti {examples}', 'a date like {examples}'],
  or: [' atau ', ' or '],
  'period-date': [
    'tanggal yang dapat dikelompokkan per {unit}, seperti 2024-03-01 atau 2024-03-01T10:00:00+07:00',
    'a date usable per {unit}, like 2024-03-01 or 2024-03-01T10:00:00+07:00',
  ],
  text: ['teks', 'text'],
  textMax: ['teks paling panjang {max} karakter', 'text of at most {max} characters'],
  code: ['kode', 'a code'],
  codeLike: ['kode seperti {example}', 'a code like {example}'],
  enum: ['salah satu dari {values}', 'one of {values}'],
  object: ['objek dengan kolom bernama', 'an object with named fields'],
  link: ['tautan http(s)', 'an http(s) link'],
  row: ['baris yang dapat digunakan', 'a usable row'],
  required: ['{text} (wajib diisi)', '{text} (required)'],
  'unit-day': ['hari', 'day'],
  'unit-week': ['minggu', 'week'],
  'unit-month': ['bulan', 'month'],
  'unit-quarter': ['triwulan', 'quarter'],
  'unit-year': ['tahun', 'year'],
  'locale-id': ['cara Indonesia', 'the Indonesian way'],
  'locale-en': ['cara Inggris', 'the English way'],
  'number-locale-assumed': [
    'Kolom "{field}": "{example}" dapat dibaca dua cara; dibaca {locale} ({value}). Atur atribut number-locale ("id" atau "en") untuk menyatakan cara penulisan angka dalam berkas.',
    'Column "{field}": "{example}" can be read two ways; it was read {locale} ({value}). Set the number-locale attribute ("id" or "en") to state how the file writes numbers.',
  ],
  'number-locale-mixed': [
    'Kolom "{field}" menulis angka dengan cara Indonesia dan cara Inggris sekaligus; tiap nilai dibaca dengan satu-satunya cara yang mungkin, sisanya {locale}. Atur atribut number-locale ("id" atau "en") untuk menyatakan cara penulisan angka dalam berkas.',
    'Column "{field}" writes numbers both the Indonesian and the English way; each value was read the only way it can be, the rest {locale}. Set the number-locale attribute ("id" or "en") to state how the file writes numbers.',
  ],
  'wide-table': [
    'Tabel dibaca sebagai satu seri per kolom ({fields}) dengan tanggal dari kolom "{date}". Atur value-fields untuk memilih kolom lain.',
    'The table was read as one series per column ({fields}) with dates from column "{date}". Set value-fields to choose other columns.',
  ],
  'wide-ignored': [
    'Baris dihitung satu per satu; kolom angka {fields} tidak dijumlahkan. Atur value-field (satu kolom) atau value-fields (satu seri per kolom) untuk menjumlahkannya.',
    'Rows were counted one by one; the numeric columns {fields} were not summed. Set value-field (one column) or value-fields (one series per column) to sum them.',
  ],
});

type Key = Parameters<typeof t>[1];

function number(p: IssueParams, lang: Lang): string {
  const n = (v: unknown) => (typeof v === 'number' ? formatNumber(v, lang, 20) : String(v));
  let s = t(lang, p.integer ? 'integer' : 'number', { how: t(lang, `how-${String(p.locale ?? '')}` as Key) });
  if (p.min !== undefined || p.max !== undefined)
    s += t(lang, 'between', {
      min: p.min === undefined ? '−∞' : n(p.min),
      max: p.max === undefined ? '∞' : n(p.max),
    });
  if (p.other !== undefined)
    s += t(lang, 'other', { value: n(p.other), locale: p.locale === 'id' ? 'en' : 'id' });
  return s;
}

function expected(i: Pick<RowIssue, 'code' | 'params'>, lang: Lang): string {
  const p = i.params ?? {};
  switch (i.code) {
    case 'number':
      return number(p, lang);
    case 'date': {
      const kinds = String(p.kinds ?? 'date').split(',');
      return t(lang, 'date', { examples: kinds.map((k) => DATE_EXAMPLES[k] ?? k).join(t(lang, 'or')) });
    }
    case 'period-date':
      return t(lang, 'period-date', { unit: t(lang, `unit-${String(p.period)}` as Key) });
    case 'text':
      return p.max === undefined ? t(lang, 'text') : t(lang, 'textMax', { max: String(p.max) });
    case 'code':
      return p.example ? t(lang, 'codeLike', { example: String(p.example) }) : t(lang, 'code');
    case 'enum':
      return t(lang, 'enum', { values: String(p.values) });
    default:
      return t(lang, i.code ?? 'row');
  }
}

/**
 * What a rejected value should have been, in the page's language. An issue with no code
 * (a schema's own free text) keeps its English `expected`.
 */
export function expectedIn(issue: RowIssue, lang: Lang): string {
  if (!issue.code) return issue.expected;
  const s = expected(issue, lang);
  return issue.params?.required ? t(lang, 'required', { text: s }) : s;
}

/** A reading note in the page's language. */
export function noteText(note: DataNote, lang: Lang): string {
  const p = note.params;
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(p))
    if (v !== undefined) vars[k] = typeof v === 'number' ? formatNumber(v, lang, 20) : String(v);
  if (p.locale === 'id' || p.locale === 'en') vars.locale = t(lang, `locale-${p.locale}`);
  return t(lang, note.code, vars);
}
