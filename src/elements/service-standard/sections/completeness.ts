import { html, svg, nothing } from 'lit';
import { COMPONENT_KEYS } from '../../../data/validate/schemas/service-standard.js';
import { completeness } from '../model.js';
import { t } from '../pantau-service-standard.messages.js';
import type { SectionContext } from './context.js';

/**
 * "12 dari 14 komponen dipublikasikan", a 14-segment meter (one segment per component, in the
 * law's order) and, in the full card, the names of the missing components.
 */
export function completenessTemplate({ s, lang }: SectionContext, withList: boolean) {
  const { published, missing } = completeness(s);
  const total = COMPONENT_KEYS.length;
  const gap = 0.6;
  const w = (100 - gap * (total - 1)) / total;
  return html`<div class="completeness" part="completeness">
    <p class="completeness-text">${t(lang, 'completeness', { n: published.length, total })}</p>
    <svg class="meter" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${COMPONENT_KEYS.map(
        (k, i) =>
          svg`<rect class=${published.includes(k) ? 'seg on' : 'seg off'} x=${i * (w + gap)} y="0" width=${w} height="6"></rect>`,
      )}
    </svg>
    ${
      withList && missing.length
        ? html`<p class="missing-label">${t(lang, 'notPublished')}:</p>
            <ul class="missing-list">
              ${missing.map((k) => html`<li>${t(lang, k)}</li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}
