import { html, nothing, type TemplateResult } from 'lit';
import type { DataController } from './data-controller.js';
import { DEFAULT_TIME_ZONE } from '../../time/timezone.js';
import type { DataErrorInfo, DataNote, DataProgress, RowIssue } from '../../data/types.js';
import { expectedIn, noteText } from '../../i18n/data-text.js';
import { INTL_LOCALE, formatNumber } from '../../i18n/numbers-and-dates.js';
import type { Lang } from '../../i18n/lang.js';
import { common } from '../../i18n/common.js';
import { dataStateMessages as t } from './data-state.messages.js';
import { capped } from './text-cap.js';

export { dataStateStyles } from './data-state.styles.js';

function bytes(n: number, lang: Lang): string {
  if (n < 1024 * 1024) return `${formatNumber(n / 1024, lang, 0)} KB`;
  return `${formatNumber(n / 1024 / 1024, lang, 1)} MB`;
}

function progressText(p: DataProgress | undefined, lang: Lang): string {
  if (!p) return '';
  const loaded = bytes(p.bytes, lang);
  const parts = [
    p.totalBytes
      ? t(lang, 'bytesOf', { loaded, total: bytes(p.totalBytes, lang) })
      : t(lang, 'bytes', { loaded }),
  ];
  if (p.rows) parts.push(t(lang, 'rows', { rows: formatNumber(p.rows, lang) }));
  return parts.join(' · ');
}

/** The localised sentence for an error: by code, with the HTTP status when there is one. */
function errorText(c: DataController<unknown>, lang: Lang): string {
  const e = c.error;
  return e ? t(lang, e.code, { status: e.status ? ` (HTTP ${e.status})` : '' }) : '';
}

/** One row left out, in the page's language: row, field, value and what was expected. */
export function issueLine(i: RowIssue, lang: Lang): string {
  return t(lang, 'issueLine', {
    row: formatNumber(i.row, lang),
    field: i.field || '—',
    value: i.value,
    expected: expectedIn(i, lang),
  });
}

/** Issues listed under "Detail teknis"; the element's `issues` and `pantau-error` carry them all. */
const DETAIL_ISSUES = 5;

/**
 * "Detail teknis": on an English page the data client's own message; on an Indonesian one
 * the same facts in Indonesian (the code, HTTP status, address and the first rows left out).
 * The data client's message is kept below them, marked as English: it is the only text that
 * names the cause and the way out (the parse error, the server's own words, the cap and how
 * to ask for less).
 */
function technical(e: DataErrorInfo, lang: Lang): TemplateResult {
  const issues = (e.issues ?? []).slice(0, DETAIL_ISSUES);
  if (lang === 'en')
    return html`<details>
      <summary>${t(lang, 'details')}</summary>
      <code>${capped(e.message, 'text')}</code>
    </details>`;
  const facts = [
    t(lang, 'errorCode', { code: e.code }),
    e.status && `HTTP ${e.status}`,
    e.url,
    e.code === 'format' && t(lang, 'formatHelp'),
  ].filter(Boolean);
  return html`<details>
    <summary>${t(lang, 'details')}</summary>
    <code>${facts.join(' · ')}</code>
    ${
      issues.length
        ? html`<ul>
            ${issues.map((i) => html`<li>${issueLine(i, lang)}</li>`)}
          </ul>`
        : html`<p><code lang="en">${capped(e.message, 'text')}</code></p>`
    }
  </details>`;
}

/**
 * "Catatan data": the readings the data client chose without the data settling them (a
 * number that reads two ways), each naming the attribute that states it. Collapsed, counted.
 */
export function renderReadingNotes(notes: readonly DataNote[], lang: Lang): TemplateResult | typeof nothing {
  if (!notes.length) return nothing;
  return html`<details class="data-state notes" part="data-state">
    <summary>${t(lang, 'notes', { n: formatNumber(notes.length, lang) })}</summary>
    <ul>
      ${notes.map((n) => html`<li>${noteText(n, lang)}</li>`)}
    </ul>
  </details>`;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

/**
 * What an element shows instead of (or, when stale, above) its data: a skeleton with
 * progress while loading (the controller sets `aria-busy` on the host), "no data yet",
 * an error with a retry button, or a notice that the data shown is the last good copy
 * (its time in `timeZone`). Once the data is complete, only its reading notes, if any.
 */
export function renderDataState(
  c: DataController<unknown>,
  lang: Lang,
  onRetry: () => void,
  timeZone: string = DEFAULT_TIME_ZONE,
): TemplateResult | typeof nothing {
  const retry = html`<button type="button" class="retry" part="retry" @click=${onRetry}>
    ${t(lang, 'retry')}
  </button>`;
  switch (c.status) {
    case 'pending': {
      const p = c.progress;
      // Without a total the bar has no value, which makes it indeterminate.
      return html`<div class="data-state loading" part="data-state">
        <div class="skeleton" aria-hidden="true"></div>
        <div role="status">${t(lang, 'loading')}</div>
        <progress
          max=${p?.totalBytes || nothing}
          value=${p?.totalBytes ? p.bytes : nothing}
          aria-label=${t(lang, 'progressLabel')}
        ></progress>
        <div class="progress-text">${progressText(p, lang)}</div>
      </div>`;
    }
    case 'error':
      return html`<div class="data-state error" part="data-state" role="alert">
        <p class="error-title">${t(lang, 'errorTitle')}</p>
        <p>${errorText(c, lang)}</p>
        ${c.error?.message ? technical(c.error, lang) : nothing} ${retry}
      </div>`;
    case 'stale': {
      const time = c.updatedAt
        ? new Intl.DateTimeFormat(INTL_LOCALE[lang], {
            dateStyle: 'medium',
            timeStyle: 'short',
            timeZone,
          }).format(c.updatedAt)
        : '';
      return html`<div class="data-state stale" part="data-state" role="status" aria-live="polite">
          <p>${t(lang, 'stale', { time, reason: errorText(c, lang) })}</p>
          ${retry}
        </div>
        ${renderReadingNotes(c.notes, lang)}`;
    }
    default:
      // Idle (no source yet) or loaded with nothing in it.
      return c.status === 'idle' || isEmpty(c.value)
        ? html`<p class="data-state empty" part="data-state">${common(lang, 'noData')}</p>`
        : renderReadingNotes(c.notes, lang);
  }
}
