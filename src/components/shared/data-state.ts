import { html, nothing, type TemplateResult } from 'lit';
import type { DataController } from '../../data/controller.js';
import type { DataProgress } from '../../data/types.js';
import { INTL_LOCALE, formatNumber } from '../../i18n/format.js';
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

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

/**
 * What an element shows instead of (or, when stale, above) its data: a skeleton with
 * progress while loading (the controller sets `aria-busy` on the host), "no data yet",
 * an error with a retry button, or a notice that the data shown is the last good copy.
 * Nothing once the data is complete.
 */
export function renderDataState(
  c: DataController<unknown>,
  lang: Lang,
  onRetry: () => void,
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
        ${
          c.error?.message
            ? html`<details>
                <summary>${t(lang, 'details')}</summary>
                <code>${capped(c.error.message, 'text')}</code>
              </details>`
            : nothing
        }
        ${retry}
      </div>`;
    case 'stale': {
      const time = c.updatedAt
        ? new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(
            c.updatedAt,
          )
        : '';
      return html`<div class="data-state stale" part="data-state" role="status" aria-live="polite">
        <p>${t(lang, 'stale', { time, reason: errorText(c, lang) })}</p>
        ${retry}
      </div>`;
    }
    default:
      // Idle (no source yet) or loaded with nothing in it.
      return c.status === 'idle' || isEmpty(c.value)
        ? html`<p class="data-state empty" part="data-state">${common(lang, 'noData')}</p>`
        : nothing;
  }
}
