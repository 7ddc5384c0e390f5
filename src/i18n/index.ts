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
  type DateStyle,
} from './numbers-and-dates.js';
export type { CalendarDate } from '../time/civil.js';
