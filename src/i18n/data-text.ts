import { DATE_EXAMPLES, type IssueParams } from '../data/validate/issue-codes.js';
import type { DataNote, RowIssue } from '../data/types.js';
import { formatNumber } from './numbers-and-dates.js';
import type { Lang } from './lang.js';

/**
 * Row problems and reading notes in Indonesian, filled from an issue's code and params. English
 * is the data client's own text (`RowIssue.expected`, `DataNote.message`), so it is not kept twice.
 */
const ID = {
  number: 'angka{how}',
  integer: 'bilangan bulat{how}',
  'how-id': ' dengan penulisan Indonesia, seperti 1.234,5',
  'how-en': ' dengan penulisan Inggris, seperti 1,234.5',
  'how-': ' seperti 1234,5 atau 1.234,5',
  between: ' antara {min} dan {max}',
  other: ' (dengan number-locale="{locale}" nilai ini terbaca {value})',
  date: 'tanggal seperti {examples}',
  or: ' atau ',
  'period-date':
    'tanggal yang dapat dikelompokkan per {unit}, seperti 2024-03-01 atau 2024-03-01T10:00:00+07:00',
  text: 'teks',
  textMax: 'teks paling panjang {max} karakter',
  code: 'kode',
  codeLike: 'kode seperti {example}',
  enum: 'salah satu dari {values}',
  object: 'objek dengan kolom bernama',
  link: 'tautan http(s)',
  region: 'kode atau nama wilayah',
  row: 'baris yang dapat digunakan',
  required: '{text} (wajib diisi)',
  'unit-day': 'hari',
  'unit-week': 'minggu',
  'unit-month': 'bulan',
  'unit-quarter': 'triwulan',
  'unit-year': 'tahun',
  'locale-id': 'cara Indonesia',
  'locale-en': 'cara Inggris',
  'number-locale-assumed':
    'Kolom "{field}": "{example}" dapat dibaca dua cara; dibaca {locale} ({value}). Atur atribut number-locale ("id" atau "en") untuk menyatakan cara penulisan angka dalam berkas.',
  'number-locale-mixed':
    'Kolom "{field}" menulis angka dengan cara Indonesia dan cara Inggris sekaligus; tiap nilai dibaca dengan satu-satunya cara yang mungkin, sisanya {locale}. Atur atribut number-locale ("id" atau "en") untuk menyatakan cara penulisan angka dalam berkas.',
  'wide-table':
    'Tabel dibaca sebagai satu seri per kolom ({fields}) dengan tanggal dari kolom "{date}". Atur value-fields untuk memilih kolom lain.',
  'wide-ignored':
    'Baris dihitung satu per satu; kolom angka {fields} tidak dijumlahkan. Atur value-field (satu kolom) atau value-fields (satu seri per kolom) untuk menjumlahkannya.',
};

type Key = keyof typeof ID;

/** An Indonesian text with `{name}` filled (as text, never markup). */
function t(key: Key, vars: Record<string, string> = {}): string {
  return ID[key].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

const n = (v: unknown) => (typeof v === 'number' ? formatNumber(v, 'id', 20) : String(v));

function number(p: IssueParams): string {
  let s = t(p.integer ? 'integer' : 'number', { how: t(`how-${String(p.locale ?? '')}` as Key) });
  if (p.min !== undefined || p.max !== undefined)
    s += t('between', {
      min: p.min === undefined ? '−∞' : n(p.min),
      max: p.max === undefined ? '∞' : n(p.max),
    });
  if (p.other !== undefined) s += t('other', { value: n(p.other), locale: p.locale === 'id' ? 'en' : 'id' });
  return s;
}

function expected(i: Pick<RowIssue, 'code' | 'params'>): string {
  const p = i.params ?? {};
  switch (i.code) {
    case 'number':
      return number(p);
    case 'date': {
      const kinds = String(p.kinds ?? 'date').split(',');
      return t('date', { examples: kinds.map((k) => DATE_EXAMPLES[k] ?? k).join(t('or')) });
    }
    case 'period-date':
      return t('period-date', { unit: t(`unit-${String(p.period)}` as Key) });
    case 'text':
      return p.max === undefined ? t('text') : t('textMax', { max: String(p.max) });
    case 'code':
      return p.example ? t('codeLike', { example: String(p.example) }) : t('code');
    case 'enum':
      return t('enum', { values: String(p.values) });
    default:
      return t(i.code ?? 'row');
  }
}

/**
 * What a rejected value should have been, in the page's language. An issue with no code
 * (a schema's own free text) keeps its English `expected`.
 */
export function expectedIn(issue: RowIssue, lang: Lang): string {
  if (!issue.code || lang === 'en') return issue.expected;
  const s = expected(issue);
  return issue.params?.required ? t('required', { text: s }) : s;
}

/** A reading note in the page's language. */
export function noteText(note: DataNote, lang: Lang): string {
  if (lang === 'en') return note.message;
  const p = note.params;
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(p)) if (v !== undefined) vars[k] = n(v);
  if (p.locale === 'id' || p.locale === 'en') vars.locale = t(`locale-${p.locale}`);
  return t(note.code, vars);
}
