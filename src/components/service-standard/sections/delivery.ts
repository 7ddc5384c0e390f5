import { html, nothing, type TemplateResult } from 'lit';
import type { ComponentKey } from '../../../data/schemas/service-standard.js';
import { formatFee, formatTimeLimit } from '../format.js';
import { t } from '../messages.js';
import { complaintsTemplate } from './complaints.js';
import { heading, type SectionContext } from './context.js';

function fact(
  ctx: SectionContext,
  key: ComponentKey,
  value: TemplateResult | string | undefined,
  note?: string,
) {
  return html`<div class="fact ${value === undefined ? 'unpublished' : ''}">
    <dt>${t(ctx.lang, key)}</dt>
    <dd>
      ${value ?? t(ctx.lang, 'notPublished')} ${note ? html`<span class="fact-note">${note}</span>` : nothing}
    </dd>
  </div>`;
}

function block(ctx: SectionContext, key: ComponentKey, body: TemplateResult | undefined) {
  return html`<section class="block" part="section">
    ${heading(ctx.levels.section, t(ctx.lang, key), 'section-title')}
    ${body ?? html`<p class="unpublished">${t(ctx.lang, 'notPublished')}</p>`}
  </section>`;
}

/**
 * The six citizen-facing components, in full: key facts (time limit, fee, product), the
 * requirements checklist, the numbered procedure and the complaint channels. An unpublished
 * one says so rather than vanishing, since this is what a citizen came to read.
 */
export function deliveryTemplate(ctx: SectionContext) {
  const { s, lang } = ctx;
  return html`<dl class="facts" part="facts">
      ${fact(ctx, 'timeLimit', s.timeLimit && formatTimeLimit(s.timeLimit, lang))}
      ${fact(ctx, 'fee', s.fee && formatFee(s.fee, lang), s.fee?.note)}
      ${fact(ctx, 'product', s.product && s.product.join('; '))}
    </dl>
    ${block(
      ctx,
      'requirements',
      s.requirements &&
        html`<ul class="checklist">
          ${s.requirements.map((r) => html`<li>${r}</li>`)}
        </ul>`,
    )}
    ${block(
      ctx,
      'procedure',
      s.procedure &&
        html`<ol class="steps">
          ${s.procedure.map((r) => html`<li>${r}</li>`)}
        </ol>`,
    )}
    ${block(ctx, 'complaints', s.complaints && complaintsTemplate(ctx))}`;
}
