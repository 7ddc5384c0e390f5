import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/service-standard/pantau-service-standard.js';
import type { PantauServiceStandard } from '../../../src/elements/service-standard/pantau-service-standard.js';

export const FIXTURE_URL = '/test/fixtures/services/services.json';

let cached: unknown;
/** The sample catalogue (three Indonesian examples and seven Baltimore 311 groups). */
export async function catalogue(): Promise<{ services: Record<string, unknown>[] }> {
  cached ??= await (await fetch(FIXTURE_URL)).json();
  return structuredClone(cached) as { services: Record<string, unknown>[] };
}

/** Renders a card from data and waits until the data client has read it. */
export async function card(
  data: unknown,
  o: {
    service?: string;
    variant?: 'full' | 'compact';
    lang?: string;
    theme?: string;
    level?: number;
    noJsonLd?: boolean;
    detailsHref?: string;
  } = {},
): Promise<PantauServiceStandard> {
  const el = await fixture<PantauServiceStandard>(
    html`<pantau-service-standard
      .data=${data}
      service=${o.service ?? ''}
      variant=${o.variant ?? 'full'}
      lang=${o.lang ?? 'id'}
      theme=${o.theme ?? 'light'}
      heading-level=${o.level ?? 2}
      details-href=${o.detailsHref ?? ''}
      ?no-json-ld=${o.noJsonLd ?? false}
    ></pantau-service-standard>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('article, [role=alert]'), 'the card did not render');
  await el.updateComplete;
  return el;
}

export const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
export const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
export const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
