/**
 * Row problems and reading notes as codes with parameters, so each element can say them in
 * its page's language (`src/i18n/data-text.ts`); the English text here is the data client's
 * own (`RowIssue.expected`, `DataNote.message`).
 */

/** What a rejected value should have been. */
export type IssueCode =
  'number' | 'date' | 'period-date' | 'text' | 'code' | 'enum' | 'object' | 'row' | 'link' | 'region';

/** Parameters of an issue or note: plain values, so they serialise into events and workers. */
export type IssueParams = Record<string, string | number | boolean | undefined>;

/** A row problem as a code: what was expected, and the details that make it precise. */
export interface IssueSpec {
  code: IssueCode;
  params?: IssueParams;
}

/** Example text of each date kind, as the issue texts quote them. */
export const DATE_EXAMPLES: Record<string, string> = {
  date: '2024-03-01',
  local: '2024-03-01 10:00:00',
  instant: '2024-03-01T10:00:00+07:00',
  year: '2024',
  quarter: '2024-Q1',
  month: '2024-03',
  week: '2024-W09',
};

const LOCALE_EXAMPLE: Record<string, string> = {
  id: 'written the Indonesian way, like 1.234,5',
  en: 'written the English way, like 1,234.5',
  '': 'like 1234.5 or 1.234,5',
};

/** The English text of what was expected (`RowIssue.expected`). */
export function expectedText(spec: IssueSpec): string {
  const p = spec.params ?? {};
  let s: string;
  switch (spec.code) {
    case 'number':
      s = `${p.integer ? 'a whole number' : 'a number'} ${LOCALE_EXAMPLE[String(p.locale ?? '')]}`;
      if (p.min !== undefined || p.max !== undefined) s += ` between ${p.min ?? '-∞'} and ${p.max ?? '∞'}`;
      if (p.other !== undefined)
        s += ` (it reads as ${p.other} with number-locale="${p.locale === 'id' ? 'en' : 'id'}")`;
      break;
    case 'date':
      s = `a date like ${String(p.kinds ?? 'date')
        .split(',')
        .map((k) => DATE_EXAMPLES[k] ?? k)
        .join(' or ')}`;
      break;
    case 'period-date':
      s = `a date usable per ${p.period}, like 2024-03-01 or 2024-03-01T10:00:00+07:00`;
      break;
    case 'text':
      s = p.max !== undefined ? `text of at most ${p.max} characters` : 'text';
      break;
    case 'code':
      s = p.example ? `a code like ${p.example}` : 'a code';
      break;
    case 'enum':
      s = `one of ${p.values}`;
      break;
    case 'object':
      s = 'an object with named fields';
      break;
    case 'link':
      s = 'an http(s) link';
      break;
    case 'region':
      s = 'a region code or name';
      break;
    default:
      s = 'a usable row';
  }
  return p.required ? `${s} (required)` : s;
}
