import { html, nothing } from 'lit';
import type { ComplaintChannel } from '../../../data/validate/schemas/service-standard.js';
import { channelHref, primaryChannel } from '../links.js';
import { t } from '../pantau-service-standard.messages.js';
import type { SectionContext } from './context.js';

function channelName(c: ComplaintChannel, lang: SectionContext['lang']): string {
  return c.label ?? t(lang, `ch_${c.type}`);
}

/** Complaint channels as real links (http(s), mailto, tel only) and a "Laporkan" call to action. */
export function complaintsTemplate({ s, lang }: SectionContext) {
  const channels = s.complaints ?? [];
  const primary = primaryChannel(channels);
  return html`${
      primary
        ? html`<p class="cta-row">
            <a class="cta" part="report" href=${primary.href} rel="noopener noreferrer"
              >${t(lang, 'reportVia', { channel: channelName(primary.channel, lang) })}</a
            >
          </p>`
        : nothing
    }
    <ul class="channels">
      ${channels.map((c) => {
        const href = channelHref(c);
        const shown = c.value ?? (c.type === 'lapor' ? 'lapor.go.id' : '');
        return html`<li>
          <span class="channel-type">${channelName(c, lang)}</span>
          ${href ? html`<a href=${href} rel="noopener noreferrer">${shown}</a>` : html`<span>${shown}</span>`}
        </li>`;
      })}
    </ul>`;
}
