/**
 * The download menu's items (issue 18): drawn only once the menu is opened, so they travel with
 * the downloads they start, in each element's export side file (`pantau-<element>.export.js`,
 * see side-module.ts). Opening the menu loads that file, so a pick starts without waiting.
 */
import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/lang.js';
import { defineMessages } from '../../i18n/messages.js';

export type DownloadKind = 'csv' | 'svg' | 'png';

const t = defineMessages({
  csv: ['Data (CSV)', 'Data (CSV)'],
  svg: ['Gambar vektor (SVG)', 'Vector image (SVG)'],
  png: ['Gambar (PNG)', 'Image (PNG)'],
});

/** One button per download kind, each in a list item; `pick` gets the kind pressed. */
export function renderMenuItems(lang: Lang, pick: (kind: DownloadKind) => void): TemplateResult[] {
  return (['csv', 'svg', 'png'] as const).map(
    (k) =>
      html`<li>
        <button type="button" class="btn" data-kind=${k} @click=${() => pick(k)}>${t(lang, k)}</button>
      </li>`,
  );
}
