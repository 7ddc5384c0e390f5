export { type Lang, DEFAULT_LANG, normalizeLang, resolveLang } from './lang.js';
export {
  INTL_LOCALE,
  formatNumber,
  formatPercent,
  formatCompact,
  formatRupiah,
  monthName,
  parseCalendarDate,
  formatDate,
  type CalendarDate,
  type DateStyle,
} from './format.js';
