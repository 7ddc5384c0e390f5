/**
 * Readers for the loose parts of a service standard. Each returns the normalised value, or
 * undefined plus a `RowIssue` when a value is present but unusable, so a webmaster learns why a
 * component counts as unpublished. A placeholder ("-", "Tidak ada", "N/A", blank) is how
 * offices write "not published": it reads as absent, without an issue.
 */
import type { NumberLocale } from '../numbers.js';
import { MAX_ISSUES, valueText } from '../schema.js';
import type { RowIssue } from '../../types.js';
import { isObject } from '../../row.js';
import { ISSUE_TEXT, type ServiceIssueCode } from './service-standard-issues.js';
import { readNumeric, type NumericOptions } from './service-standard-numbers.js';
import type { ComponentKey, Fee, TimeLimit } from './service-standard-types.js';

export { isPlaceholder } from './service-standard-numbers.js';
import { isPlaceholder } from './service-standard-numbers.js';

/** A row issue of the service standard schema, with a code the card translates. */
export interface ServiceIssue extends RowIssue {
  /** Why, as a code of the card's own (the data client's `code` is for its shared field readers). */
  reason: ServiceIssueCode;
  /** The component the value was given for, when it is one of the 14. */
  component?: ComponentKey;
}

/** Records issues for one service (its 1-based position in the catalogue). */
export class IssueLog {
  readonly issues: ServiceIssue[] = [];
  row = 1;
  /** How the file writes numbers, when stated (`number-locale`); unstated, both readings are tried. */
  constructor(readonly locale?: NumberLocale) {}
  add(field: string, value: unknown, code: ServiceIssueCode): undefined {
    if (this.issues.length >= MAX_ISSUES) return undefined;
    this.issues.push({
      row: this.row,
      field,
      value: valueText(value),
      expected: ISSUE_TEXT[code],
      reason: code,
    });
    return undefined;
  }
}

/** A non-empty trimmed string that is not a placeholder; numbers are accepted as their text. */
export function readText(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t && !isPlaceholder(t) ? t : undefined;
}

/** True when a value says "nothing published": absent, blank or a placeholder. */
export const isUnpublished = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && (!v.trim() || isPlaceholder(v)));

/** A number read by `readNumeric`; a present value it cannot read is an issue naming why. */
export function readAmount(
  v: unknown,
  field: string,
  log: IssueLog,
  o: NumericOptions = {},
): number | undefined {
  const r = readNumeric(v, { locale: log.locale, ...o });
  return typeof r === 'string' ? log.add(field, v, r) : r;
}

/** A text or a list of texts (list items may be `{text}`, `{name}` or `{label}` objects). */
export function readTextList(v: unknown, field: string, log: IssueLog): string[] | undefined {
  const items = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of items) {
    const text = isObject(item) ? readText(item.text ?? item.name ?? item.label) : readText(item);
    if (text) out.push(text);
    else if (!isUnpublished(item)) log.add(field, item, 'textList');
  }
  return out.length ? out : undefined;
}

// "14 hari kerja", "Paling lama 14 (empat belas) hari kerja", "60 menit": a number and a unit word.
const LIMIT_TEXT =
  /^(?:(?:paling lama|paling lambat|maksimal|maks\.?|selambat-lambatnya|at most|within)\s+)?(\d+(?:[.,]\d+)?)\s*(?:\([^)]{0,40}\)\s*)?([a-z][a-z ]{0,24}?)\.?$/i;

export function readTimeLimit(v: unknown, log: IssueLog): TimeLimit | undefined {
  if (isObject(v)) {
    const given = !isUnpublished(v.value);
    const value = given ? readAmount(v.value, 'timeLimit.value', log, { min: 0 }) : undefined;
    const unit = readText(v.unit);
    if (value !== undefined && unit) return { value, unit };
    const text = readText(v.text);
    if (text) return { text };
    if (value !== undefined) return log.add('timeLimit.unit', v.unit ?? '', 'timeLimitUnit');
    // An unreadable value is reported already; a record of placeholders is simply unpublished.
    return given || Object.values(v).every(isUnpublished) ? undefined : log.add('timeLimit', v, 'timeLimit');
  }
  if (typeof v === 'number') return log.add('timeLimit', v, 'timeLimitUnit');
  const text = readText(v);
  if (!text) return isUnpublished(v) ? undefined : log.add('timeLimit', v, 'timeLimit');
  const m = LIMIT_TEXT.exec(text);
  const value = m && readNumeric(m[1], { locale: log.locale, min: 0 });
  return typeof value === 'number' ? { value, unit: m![2]!.trim() } : { text };
}

// "Gratis", "Tidak dipungut biaya", "Rp 0,-", "0": a fee of nothing, written in words or digits.
// Each phrase once per token, so the pattern stays linear on long texts ("0 0 0 … x").
const FREE =
  /^(?:(?:gratis|free|free of charge|no fee|tidak dipungut biaya|tidak dikenakan biaya|tanpa biaya|bebas biaya|rp 0+|0+)(?: |$))+$/;
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** True for a text that says the service is free. */
export const isFreeText = (v: unknown): boolean => typeof v === 'string' && FREE.test(fold(v));

/** Rupiah from a number or text: `50000`, `"Rp 50.000,-"`, `"Gratis"`; undefined (with an issue) otherwise. */
function readRupiah(v: unknown, field: string, log: IssueLog): number | undefined {
  if (isFreeText(v)) return 0;
  return readAmount(v, field, log, { min: 0, rupiah: true });
}

/** Whether a text is meant as an amount (digits, maybe "Rp"), rather than a fee described in words. */
const looksNumeric = (v: unknown) =>
  typeof v === 'number' || (typeof v === 'string' && /^(?:rp\.?)?[-+\d.,e\s]+$/i.test(v.trim()));

export function readFee(v: unknown, log: IssueLog): Fee | undefined {
  if (isObject(v)) {
    const note = readText(v.note);
    const text = readText(v.text);
    const amount = isUnpublished(v.amount) ? undefined : readRupiah(v.amount, 'fee.amount', log);
    if (amount !== undefined) return note ? { amount, note } : { amount };
    if (text && isFreeText(text)) return note ? { amount: 0, note } : { amount: 0 };
    if (text || note) return { text: text ?? note!, ...(text && note ? { note } : {}) };
    // An unreadable amount is reported already; a record of placeholders is simply unpublished.
    return !isUnpublished(v.amount) || Object.values(v).every(isUnpublished)
      ? undefined
      : log.add('fee', v, 'fee');
  }
  if (typeof v === 'string' && isPlaceholder(v) && v.trim().length > 1) return log.add('fee', v, 'feeNone');
  if (isUnpublished(v)) return undefined;
  if (isFreeText(v) || looksNumeric(v)) {
    const amount = readRupiah(v, 'fee', log);
    return amount === undefined ? undefined : { amount };
  }
  const text = readText(v);
  return text ? { text } : log.add('fee', v, 'fee');
}
