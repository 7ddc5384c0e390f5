import { html, nothing } from 'lit';
import { formatFee, formatTimeLimit } from '../format.js';
import { t } from '../pantau-service-standard.messages.js';
import { heading, type SectionContext } from './context.js';
import { fact } from './delivery.js';
import { complianceText, deliverySentence, satisfactionText, swatch, verdict } from './performance.js';

// Long texts (a time limit such as "Seketika setelah data lengkap") take the tile's full width.
const width = (value: string | undefined) => (value && value.length > 16 ? 'wide' : '');

/**
 * A tile for a grid of services: name, fee, time limit, completeness, ratings and a link to
 * the full standard (`details-href`, or anything in the `details` slot).
 */
export function compactTemplate(ctx: SectionContext, detailsHref: string | undefined, completeness: unknown) {
  const { s, lang } = ctx;
  const compliance = complianceText(ctx);
  const satisfaction = satisfactionText(ctx);
  const fee = s.fee && formatFee(s.fee, lang);
  const time = s.timeLimit && formatTimeLimit(s.timeLimit, lang);
  return html`${heading(ctx.levels.title, s.name, 'title')}
    ${s.provider ? html`<p class="provider">${s.provider}</p>` : nothing}
    <dl class="facts">
      ${fact(ctx, t(lang, 'feeShort'), fee, width(fee), undefined, 'fee')}
      ${fact(ctx, t(lang, 'timeLimitShort'), time, width(time), undefined, 'timeLimit')}
      ${
        compliance?.rating
          ? fact(ctx, t(lang, 'compliance'), html`${swatch(compliance.color)}${compliance.rating}`, 'wide')
          : nothing
      }
      ${satisfaction ? fact(ctx, t(lang, 'satisfaction'), satisfaction, 'wide') : nothing}
    </dl>
    ${verdict(deliverySentence(ctx))} ${completeness}
    <slot name="details"
      >${detailsHref ? html`<a class="details-link" part="details-link" href=${detailsHref}>${t(lang, 'details')}<span class="visually-hidden">: ${s.name}</span></a>` : nothing}</slot
    >`;
}
