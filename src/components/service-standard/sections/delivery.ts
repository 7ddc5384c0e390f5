import { html, nothing } from 'lit';
import { formatFee, formatTimeLimit } from '../format.js';
import { t } from '../messages.js';
import { complaintsTemplate } from './complaints.js';
import { section, type SectionContext } from './context.js';

/** A fact tile (`dt`/`dd`): an unpublished one says so rather than vanishing. */
export function fact(ctx: SectionContext, label: string, value: unknown, cls = '', note?: string) {
  return html`<div class="fact ${value === undefined ? 'unpublished' : cls}">
    <dt>${label}</dt>
    <dd>
      ${value ?? t(ctx.lang, 'notPublished')}${note ? html` <span class="fact-note">${note}</span>` : nothing}
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
  const unpublished = html`<p class="unpublished">${t(lang, 'notPublished')}</p>`;
  return html`<dl class="facts" part="facts">
      ${fact(ctx, t(lang, 'timeLimit'), s.timeLimit && formatTimeLimit(s.timeLimit, lang))}
      ${fact(ctx, t(lang, 'fee'), s.fee && formatFee(s.fee, lang), '', s.fee?.note)}
      ${fact(ctx, t(lang, 'product'), s.product?.join('; '))}
    </dl>
    ${section(
      ctx,
      'requirements',
      s.requirements
        ? html`<ul class="checklist">
            ${s.requirements.map(item)}
          </ul>`
        : unpublished,
    )}
    ${section(
      ctx,
      'procedure',
      s.procedure
        ? html`<ol class="steps">
            ${s.procedure.map(item)}
          </ol>`
        : unpublished,
    )}
    ${section(ctx, 'complaints', s.complaints ? complaintsTemplate(ctx) : unpublished)}`;
}
