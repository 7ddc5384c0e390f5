/**
 * Readers for the loose parts of a service standard. Each returns the normalised value, or
 * undefined plus a `RowIssue` when a value is present but unusable, so a webmaster learns why a
 * component counts as unpublished.
 */
import { parseNumber } from '../numbers.js';
import { valueText } from '../schema.js';
import type { RowIssue } from '../types.js';
import {
  CHANNEL_TYPES,
  type ChannelType,
  type ComplaintChannel,
  type Fee,
  type TimeLimit,
} from './service-standard-types.js';

/** Records issues for one service (its 1-based position in the catalogue). */
export class IssueLog {
  readonly issues: RowIssue[] = [];
  row = 1;
  add(field: string, value: unknown, expected: string): undefined {
    this.issues.push({ row: this.row, field, value: valueText(value), expected });
    return undefined;
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A non-empty trimmed string; numbers are accepted as their text. */
export function readText(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t ? t : undefined;
}

/** A number, or numeric text written plainly (`86.2`) or the Indonesian way (`86,2`). */
export function readAmount(v: unknown): number | undefined {
  const n = parseNumber(v);
  const out = Number.isNaN(n) ? parseNumber(v, 'id') : n;
  return Number.isNaN(out) ? undefined : out;
}

/** Rupiah: `50000`, `"50.000"` or `"Rp 50.000"` (a dot groups thousands: Rupiah has no cents). */
export function readRupiah(v: unknown): number | undefined {
  const n = parseNumber(typeof v === 'string' ? v.trim().replace(/^rp\.?\s*/i, '') : v, 'id');
  return Number.isNaN(n) ? undefined : n;
}

/** A text or a list of texts (list items may be `{text}`, `{name}` or `{label}` objects). */
export function readTextList(v: unknown, field: string, log: IssueLog): string[] | undefined {
  const items = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of items) {
    const text = isRecord(item) ? readText(item.text ?? item.name ?? item.label) : readText(item);
    if (text) out.push(text);
    else if (item !== null && item !== undefined && item !== '')
      log.add(field, item, 'a text or a list of texts');
  }
  return out.length ? out : undefined;
}

const TIME_LIMIT_EXPECTED = '{"value": 14, "unit": "hari kerja"} or a text';

export function readTimeLimit(v: unknown, log: IssueLog): TimeLimit | undefined {
  if (isRecord(v)) {
    const value = readAmount(v.value);
    const unit = readText(v.unit);
    if (value !== undefined && value >= 0 && unit) return { value, unit };
    const text = readText(v.text);
    if (text) return { text };
    return log.add('timeLimit', v, TIME_LIMIT_EXPECTED);
  }
  const text = readText(v);
  return text ? { text } : log.add('timeLimit', v, TIME_LIMIT_EXPECTED);
}

export function readFee(v: unknown, log: IssueLog): Fee | undefined {
  const expected = 'an amount in Rupiah, {"amount": 0, "note": "..."} or a text';
  const direct = readRupiah(v);
  if (direct !== undefined) return direct >= 0 ? { amount: direct } : log.add('fee', v, expected);
  if (isRecord(v)) {
    const amount = readRupiah(v.amount);
    const note = readText(v.note);
    const text = readText(v.text);
    if (amount !== undefined && amount >= 0) return note ? { amount, note } : { amount };
    if (text || note) return { text: text ?? note!, ...(text && note ? { note } : {}) };
    return log.add('fee', v, expected);
  }
  const text = readText(v);
  return text ? { text } : log.add('fee', v, expected);
}

export function readChannels(v: unknown, log: IssueLog): ComplaintChannel[] | undefined {
  const out: ComplaintChannel[] = [];
  for (const item of Array.isArray(v) ? v : [v]) {
    const type = isRecord(item) ? readText(item.type)?.toLowerCase() : undefined;
    if (!isRecord(item) || !CHANNEL_TYPES.includes(type as ChannelType)) {
      log.add('complaints', item, `{"type": "${CHANNEL_TYPES.join('|')}", "value": "..."}`);
      continue;
    }
    const value = readText(item.value);
    const label = readText(item.label);
    if (!value && type !== 'lapor') {
      log.add('complaints', item, 'a channel with a value');
      continue;
    }
    out.push({ type: type as ChannelType, ...(value ? { value } : {}), ...(label ? { label } : {}) });
  }
  return out.length ? out : undefined;
}
