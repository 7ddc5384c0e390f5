import { formatNumber } from '../../i18n/numbers-and-dates.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { DataErrorInfo, DataNote, RowIssue } from '../../data/types.js';
import { expectedIn } from '../../i18n/data-text.js';
import { renderReadingNotes } from '../shared/data-state.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from './pantau-complaint-trend.messages.js';
import { capped } from '../shared/text-cap.js';
import { dataStateMessages } from '../shared/data-state.messages.js';

/** Why nothing can be drawn: too long a span for the period, else no usable row. */
const unusable = (error: DataErrorInfo, lang: Lang) =>
  error.code === 'too-many-periods' ? dataStateMessages(lang, error.code) : t(lang, 'unusable');

/** The first issues are listed in the page; `issues` on the element has them all (up to the cap). */
const SHOWN = 20;

/**
 * Under the chart: the readings chosen without the data settling them ("Catatan data"); how
 * many rows were left out, with the first ones (row, field, value, what was expected) in a
 * disclosure; or, when no row is usable with the current fields, an alert.
 */
export function renderIssues(
  o: { issues: readonly RowIssue[]; skipped: number; error?: DataErrorInfo; notes: readonly DataNote[] },
  lang: Lang,
): TemplateResult | typeof nothing {
  return html`${renderReadingNotes(o.notes, lang)}${renderSkipped(o, lang)}`;
}

function renderSkipped(
  o: { issues: readonly RowIssue[]; skipped: number; error?: DataErrorInfo },
  lang: Lang,
): TemplateResult | typeof nothing {
  const { issues, error } = o;
  if (!error && !o.skipped) return nothing;
  const more = issues.length - SHOWN;
  return html`<div class=${error ? 'issues error' : 'issues'} part="issues" role=${error ? 'alert' : nothing}>
    <p>${error ? unusable(error, lang) : t(lang, 'skipped', { n: formatNumber(o.skipped, lang) })}</p>
    <details>
      <summary>${t(lang, 'issuesDetails')}</summary>
      ${error?.message && lang === 'en' ? html`<p><code>${capped(error.message, 'text')}</code></p>` : nothing}
      ${
        issues.length
          ? html`<ul>
              ${issues.slice(0, SHOWN).map(
                (i) =>
                  html`<li>
                    ${t(lang, 'issue', {
                      row: formatNumber(i.row, lang),
                      field: capped(i.field) || '—',
                      value: i.value,
                      expected: capped(expectedIn(i, lang), 'text'),
                    })}
                  </li>`,
              )}
              ${more > 0 ? html`<li>${t(lang, 'moreIssues', { n: formatNumber(more, lang) })}</li>` : nothing}
            </ul>`
          : nothing
      }
    </details>
  </div>`;
}
