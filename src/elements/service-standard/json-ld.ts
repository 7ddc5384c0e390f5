/**
 * schema.org `GovernmentService` for a service standard, so search engines can show its fee and
 * steps. Only well-known properties are used; values are data, serialised as JSON text.
 */
import type { ServiceStandard } from '../../data/validate/schemas/service-standard.js';
import type { Lang } from '../../i18n/lang.js';
import { formatTimeLimit } from './format.js';
import { channelHref } from './links.js';

type Json = Record<string, unknown>;

const org = (name: string, extra: Json = {}): Json => ({ '@type': 'GovernmentOrganization', name, ...extra });

const channel = (how: Json): Json[] => [{ '@type': 'ServiceChannel', ...how }];

function channels(s: ServiceStandard): Json[] {
  return (s.complaints ?? []).flatMap((c): Json[] => {
    const href = channelHref(c);
    if (c.type === 'phone' && href)
      return channel({ servicePhone: { '@type': 'ContactPoint', telephone: c.value } });
    if (c.type === 'address' && c.value)
      return channel({ serviceLocation: { '@type': 'Place', address: c.value } });
    if (href?.startsWith('http')) return channel({ serviceUrl: href, ...(c.label ? { name: c.label } : {}) });
    return [];
  });
}

/** The JSON-LD object for one service, in the reader's language for translated parts. */
export function serviceJsonLd(s: ServiceStandard, lang: Lang): Json {
  const ld: Json = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: s.name,
  };
  if (s.id) ld.identifier = s.id;
  if (s.serviceType) ld.serviceType = s.serviceType;
  if (s.provider) ld.provider = org(s.provider, s.unit ? { department: org(s.unit) } : {});
  else if (s.unit) ld.provider = org(s.unit);
  if (s.areaServed) ld.areaServed = { '@type': 'AdministrativeArea', name: s.areaServed };
  if (s.fee) {
    const offer: Json = { '@type': 'Offer', priceCurrency: 'IDR' };
    if ('amount' in s.fee) offer.price = s.fee.amount;
    const description = 'text' in s.fee ? [s.fee.text, s.fee.note] : [s.fee.note];
    const text = description.filter(Boolean).join(' — ');
    if (text) offer.description = text;
    ld.offers = offer;
  }
  const parts: string[] = [];
  if (s.procedure) parts.push(s.procedure.map((step, i) => `${i + 1}. ${step}`).join('\n'));
  if (s.timeLimit) parts.push(formatTimeLimit(s.timeLimit, lang));
  if (parts.length) ld.description = parts.join('\n');
  if (s.product) ld.serviceOutput = s.product.map((name) => ({ '@type': 'Thing', name }));
  const available = channels(s);
  if (available.length) ld.availableChannel = available;
  if (s.legalBasis) ld.termsOfService = s.legalBasis.join('; ');
  return ld;
}

/**
 * JSON text safe inside `<script>`: `<` is escaped so data cannot close the element
 * (`</script>`) or open a comment; line separators are escaped for old parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
