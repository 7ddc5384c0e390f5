/** Service-standard values as text in the reader's language. */
import type { Fee, TimeLimit } from '../../data/validate/schemas/service-standard.js';
import { formatNumber, formatRupiah } from '../../i18n/numbers-and-dates.js';
import type { Lang } from '../../i18n/lang.js';
import { knownUnit, type KnownUnit } from './units.js';
import { t } from './pantau-service-standard.messages.js';

function withUnit(lang: Lang, unit: string, n: number): string {
  const known = knownUnit(unit);
  let word = known ? t(lang, `unit_${known}`) : unit;
  // English plural units: "1 working day", not "1 working days".
  if (known && lang === 'en' && n === 1) word = word.replace(/s$/, '');
  return `${formatNumber(n, lang, 1)} ${word}`;
}

/** `{value: 14, unit: "hari kerja"}` → "14 hari kerja" / "14 working days"; text as given. */
export function formatTimeLimit(limit: TimeLimit, lang: Lang): string {
  return 'text' in limit ? limit.text : withUnit(lang, limit.unit, limit.value);
}

/** "Gratis"/"Free" for zero, Rupiah otherwise, text as given; the note is separate. */
export function formatFee(fee: Fee, lang: Lang): string {
  return 'amount' in fee ? (fee.amount === 0 ? t(lang, 'free') : formatRupiah(fee.amount, lang)) : fee.text;
}

/** "19 hari" / "19 days" (one decimal at most). */
export function formatDays(days: number, lang: Lang): string {
  return withUnit(lang, 'days', days);
}

/** A duration in a known unit: "18 hari", "12 hari kerja". */
export function formatSpan(value: number, unit: KnownUnit, lang: Lang): string {
  return withUnit(lang, unit === 'workday' ? 'hari kerja' : unit === 'day' ? 'hari' : unit, value);
}
