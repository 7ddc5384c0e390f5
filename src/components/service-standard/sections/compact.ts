import { html, nothing } from 'lit';
import { formatFee, formatTimeLimit } from '../format.js';
import { t } from '../messages.js';
import { completenessTemplate } from './completeness.js';
import { heading, type SectionContext } from './context.js';
import { complianceText, deliverySentence, satisfactionText } from './performance.js';

// Long texts (a time limit such as "Seketika setelah data lengkap") take the tile's full width.
const factClass = (value: string | undefined) =>
  value === undefined ? 'fact unpublished' : value.length > 16 ? 'fact wide' : 'fact';

/**
 * A tile for a grid of services: name, fee, time limit, completeness, ratings and a link to
 * the full standard (`details-href`, or anything in the `details` slot).
 */
export function compactTemplate(ctx: SectionContext, detailsHref: string | undefined) {
  const { s, lang } = ctx;
  const compliance = complianceText(ctx);
  const satisfaction = satisfactionText(ctx);
  const delivery = deliverySentence(ctx);
  const row = (label: string, value: unknown, cls = 'fact') =>
    html`<div class=${cls}>
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  const notPublished = t(lang, 'notPublished');
  const fee = s.fee && formatFee(s.fee, lang);
  const time = s.timeLimit && formatTimeLimit(s.timeLimit, lang);
  return html`${heading(ctx.levels.title, s.name, 'title')}
    ${s.provider ? html`<p class="provider">${s.provider}</p>` : nothing}
    <dl class="facts compact-facts">
      ${row(t(lang, 'feeShort'), fee ?? notPublished, factClass(fee))}
      ${row(t(lang, 'timeLimitShort'), time ?? notPublished, factClass(time))}
      ${
        compliance?.rating
          ? row(
              t(lang, 'compliance'),
              html`${compliance.color ? html`<span class="swatch ${compliance.color}" aria-hidden="true"></span>` : nothing}${compliance.rating}`,
              'fact wide',
            )
          : nothing
      }
      ${satisfaction ? row(t(lang, 'satisfaction'), satisfaction, 'fact wide') : nothing}
    </dl>
    ${delivery ? html`<p class="verdict ${delivery.cmp.broken ? 'bad' : 'good'}">${delivery.text}</p>` : nothing}
    ${completenessTemplate(ctx, false)}
    <slot name="details"
      >${detailsHref ? html`<a class="details-link" part="details-link" href=${detailsHref}>${t(lang, 'details')}<span class="visually-hidden">: ${s.name}</span></a>` : nothing}</slot
    >`;
}
