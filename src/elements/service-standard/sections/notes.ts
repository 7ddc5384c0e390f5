import { html, nothing } from 'lit';
import type { ServiceIssue } from '../../../data/validate/schemas/service-standard.js';
import type { RowIssue } from '../../../data/types.js';
import type { Lang } from '../../../i18n/lang.js';
import { t, type MessageKey } from '../pantau-service-standard.messages.js';
import type { SectionContext } from './context.js';
import { deliverySentence, readSatisfactionText, ruleText } from './performance.js';

/** Long lists are cut in the page; the `pantau-data-issues` event carries them all. */
const MAX_ITEMS = 100;

/** How the card read the shown service: unit rules, IKM conversion, a grade it did not take. */
export function readingNotes(ctx: SectionContext): string[] {
  const rules = deliverySentence(ctx)?.rules ?? [];
  return [...rules.map((r) => ruleText(r, ctx.lang)), ...(readSatisfactionText(ctx)?.notes ?? [])];
}

/** Components of the service at `row` given in the data but unreadable ("Tidak ada" for a fee is unpublished, not unreadable). */
export function unreadableComponents(issues: readonly RowIssue[], row: number | undefined): Set<string> {
  const out = new Set<string>();
  for (const i of issues as readonly Partial<ServiceIssue>[])
    if (i.row === row && i.component && i.reason !== 'feeNone') out.add(i.component);
  return out;
}

/** One issue in the page's language: the schema's code is translated, its English text is the fallback. */
export function issueText(i: RowIssue, lang: Lang, withRow: boolean): string {
  const code = (i as Partial<ServiceIssue>).reason;
  const expected = code ? t(lang, `exp_${code}` as MessageKey) : i.expected;
  const line = t(lang, 'issueLine', { field: i.field, value: i.value, expected });
  return withRow ? `${t(lang, 'serviceNo', { row: i.row })}, ${line}` : line;
}

/**
 * "Catatan data", collapsed at the foot of the card: how figures were read (working days,
 * IKM scale, a grade that disagrees) and every value left out or field not read, and why.
 * The issues are those of the service shown (all of them for a one-service file).
 */
export function notesTemplate(ctx: SectionContext, issues: readonly RowIssue[], multiple: boolean) {
  const notes = readingNotes(ctx);
  if (!notes.length && !issues.length) return nothing;
  const lines = issues.slice(0, MAX_ITEMS).map((i) => issueText(i, ctx.lang, multiple));
  return html`<details class="notes" part="notes">
    <summary>${t(ctx.lang, 'notes')}${issues.length ? ` (${issues.length})` : ''}</summary>
    ${notes.map((n) => html`<p>${n}</p>`)}
    ${
      lines.length
        ? html`<ul>
            ${lines.map((l) => html`<li>${l}</li>`)}${issues.length > lines.length ? html`<li>…</li>` : nothing}
          </ul>`
        : nothing
    }
  </details>`;
}
