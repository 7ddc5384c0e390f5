/** Turns complaint channels from data into safe links: only http(s), mailto and tel ever come out. */
import type { ComplaintChannel } from '../../data/validate/schemas/service-standard.js';
import { safeHref } from '../shared/safe-url.js';

/** The national complaint system, used when a `lapor` channel gives no address. */
export const LAPOR_URL = 'https://www.lapor.go.id/';

// Every check below is linear in its input (no pattern can backtrack over a long value), and
// each first refuses values longer than any real address of its kind: a hostile 100 KB value
// costs one length comparison.
/** Longest web address made a link (browsers and servers commonly stop near 2,000 characters). */
export const MAX_URL = 2048;
/** Longest e-mail address made a link (RFC 5321's limit on a forward path). */
export const MAX_EMAIL = 254;
/** Longest phone number made a link, with its spaces and punctuation. */
export const MAX_PHONE = 40;

const ABSOLUTE = /^[a-z][a-z\d+.-]*:\/\//i;

/** An absolute http(s) URL from data, else undefined (relative paths from data are not links). */
export function webHref(value: string | undefined): string | undefined {
  return value && value.length <= MAX_URL && ABSOLUTE.test(value.trim()) ? safeHref(value) : undefined;
}

/** The digits of a phone number written only with digits, spaces and `()+.-`; else undefined. */
function phoneDigits(value: string | undefined): string | undefined {
  return value && value.length <= MAX_PHONE && /^[\d\s()+.-]+$/.test(value.trim())
    ? value.replace(/\D/g, '')
    : undefined;
}

/** `+62 21-1500-135` → `tel:+62211500135`; undefined without enough digits. */
export function telHref(value: string | undefined): string | undefined {
  const digits = phoneDigits(value);
  if (!digits || digits.length < 3) return undefined;
  return `tel:${value?.trim().startsWith('+') ? '+' : ''}${digits}`;
}

/** WhatsApp chat link; Indonesian numbers written from 0 become +62. */
export function whatsappHref(value: string | undefined): string | undefined {
  const web = webHref(value);
  if (web) return /^https:\/\/(wa\.me|api\.whatsapp\.com)\//.test(web) ? web : undefined;
  const digits = phoneDigits(value)?.replace(/^0/, '62');
  return digits && digits.length >= 8 ? `https://wa.me/${digits}` : undefined;
}

/** Characters never part of an address a reader could mail to (a quoted local part is not supported). */
const NOT_IN_ADDRESS = /[\s@<>"'():;,\\/]/;

/**
 * Whether `v` reads as `local@domain.tld`: one `@`, no forbidden character, and a dot inside
 * the domain. Scans the string a fixed number of times, so it is linear however long `v` is
 * (a single pattern with two overlapping runs split by `.` backtracks quadratically).
 */
export function looksLikeEmail(v: string): boolean {
  const at = v.indexOf('@');
  if (at < 1 || v.indexOf('@', at + 1) >= 0) return false;
  const local = v.slice(0, at);
  const domain = v.slice(at + 1);
  if (NOT_IN_ADDRESS.test(local) || NOT_IN_ADDRESS.test(domain)) return false;
  const dot = domain.indexOf('.', 1);
  return dot > 0 && dot < domain.length - 1;
}

export function mailHref(value: string | undefined): string | undefined {
  const v = value?.trim().replace(/^mailto:/i, '');
  return v && v.length <= MAX_EMAIL && looksLikeEmail(v) ? safeHref(`mailto:${v}`, ['mailto:']) : undefined;
}

/** The link a channel opens, or undefined when it is shown as text (addresses, unusable values). */
export function channelHref(c: ComplaintChannel): string | undefined {
  switch (c.type) {
    case 'lapor':
      return c.value === undefined ? LAPOR_URL : webHref(c.value);
    case 'web':
      return webHref(c.value);
    case 'phone':
      return telHref(c.value);
    case 'whatsapp':
      return whatsappHref(c.value);
    case 'email':
      return mailHref(c.value);
    default:
      return undefined;
  }
}

const CTA_ORDER: readonly ComplaintChannel['type'][] = ['lapor', 'web', 'whatsapp', 'email', 'phone'];

/** The channel behind the "Laporkan" button: SP4N-LAPOR! first, then the web, chat, e-mail, phone. */
export function primaryChannel(
  channels: readonly ComplaintChannel[] | undefined,
): { channel: ComplaintChannel; href: string } | undefined {
  for (const type of CTA_ORDER) {
    for (const channel of channels ?? []) {
      const href = channel.type === type ? channelHref(channel) : undefined;
      if (href) return { channel, href };
    }
  }
  return undefined;
}
