import { html, nothing } from 'lit';
import { formatFee, formatTimeLimit } from '../format.js';
import { t } from '../pantau-service-standard.messages.js';
import { complaintsTemplate } from './complaints.js';
import { missingText, section, type SectionContext } from './context.js';

/** A fact tile (`dt`/`dd`): an unpublished one says so rather than vanishing. */
export function fact(
  ctx: SectionContext,
  label: string,
  value: unknown,
  cls = '',
  note?: string,
  key?: string,
) {
  return html`<div class="fact ${value === undefined ? 'unpublished' : cls}">
    <dt>${label}</dt>
    <dd>
      ${value ?? missingText(ctx, key)}${note ? html` <span class="fact-note">${note}</span>` : nothing}
    </dd>
  </div>`;
}

/**
 * The six citizen-facing components, in full: key facts (time limit, fee, product), the
 * requirements checklist, the numbered procedure and the complaint channels. An unpublished
 * one says so rather than vanishing, since this is what a citizen came to read.
 */
export function deliveryTemplate(ctx: SectionContext) {
  const { s, lang } = ctx;
  const item = (r: string) => html`<li>${r}</li>`;
  const unpublished = (key: string) => html`<p class="unpublished">${missingText(ctx, key)}</p>`;
  return html`<dl class="facts" part="facts">
      ${fact(ctx, t(lang, 'timeLimit'), s.timeLimit && formatTimeLimit(s.timeLimit, lang), '', undefined, 'timeLimit')}
      ${fact(ctx, t(lang, 'fee'), s.fee && formatFee(s.fee, lang), '', s.fee?.note, 'fee')}
      ${fact(ctx, t(lang, 'product'), s.product?.join('; '), '', undefined, 'product')}
    </dl>
    ${section(
      ctx,
      'requirements',
      s.requirements
        ? html`<ul class="checklist">
            ${s.requirements.map(item)}
          </ul>`
        : unpublished('requirements'),
    )}
    ${section(
      ctx,
      'procedure',
      s.procedure
        ? html`<ol class="steps">
            ${s.procedure.map(item)}
          </ol>`
        : unpublished('procedure'),
    )}
    ${section(ctx, 'complaints', s.complaints ? complaintsTemplate(ctx) : unpublished('complaints'))}`;
}
