/**
 * Complaint channels (penanganan pengaduan) as offices write them: typed objects
 * (`{"type": "phone", "value": "..."}`, or `jenis`/`nilai` in Indonesian), or plain texts. A text
 * that is only an e-mail address, a web address or a phone number becomes that channel; any
 * other text ("Kotak saran di ruang tunggu") is kept as written, as an `other` channel.
 */
import { isObject } from '../../row.js';
import { IssueLog, isUnpublished, readText } from './service-standard-fields.js';
import { CHANNEL_TYPES, type ChannelType, type ComplaintChannel } from './service-standard-types.js';

const TYPE_WORDS: Record<string, ChannelType> = {
  telepon: 'phone',
  telp: 'phone',
  tel: 'phone',
  hp: 'phone',
  sms: 'phone',
  'call center': 'phone',
  surel: 'email',
  'e-mail': 'email',
  wa: 'whatsapp',
  website: 'web',
  situs: 'web',
  'situs web': 'web',
  laman: 'web',
  url: 'web',
  alamat: 'address',
  'sp4n-lapor': 'lapor',
  'sp4n-lapor!': 'lapor',
  'lapor!': 'lapor',
  lainnya: 'other',
};

function channelType(v: unknown): ChannelType | undefined {
  const word = readText(v)?.toLowerCase().replace(/\s+/g, ' ');
  if (!word) return undefined;
  return CHANNEL_TYPES.includes(word as ChannelType) ? (word as ChannelType) : TYPE_WORDS[word];
}

/** The channel a bare text stands for. */
function fromText(text: string): ComplaintChannel {
  if (/^(?:mailto:)?[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(text)) return { type: 'email', value: text };
  if (/^https?:\/\/\S+$/i.test(text)) return { type: 'web', value: text };
  if (/^\+?[\d\s().-]{6,20}$/.test(text)) return { type: 'phone', value: text };
  if (/^(?:sp4n[\s-]*)?lapor!?$/i.test(text)) return { type: 'lapor' };
  return { type: 'other', value: text };
}

export function readChannels(v: unknown, log: IssueLog): ComplaintChannel[] | undefined {
  const out: ComplaintChannel[] = [];
  for (const item of Array.isArray(v) ? v : [v]) {
    if (isUnpublished(item)) continue;
    const text = isObject(item) ? undefined : readText(item);
    if (text) {
      out.push(fromText(text));
      continue;
    }
    const type = isObject(item) ? channelType(item.type ?? item.jenis ?? item.tipe) : undefined;
    if (!isObject(item) || !type) {
      log.add('complaints', item, 'channel');
      continue;
    }
    const value = readText(item.value ?? item.nilai ?? item.kontak);
    const label = readText(item.label ?? item.nama);
    if (!value && type !== 'lapor') {
      log.add('complaints', item, 'channelValue');
      continue;
    }
    out.push({ type, ...(value ? { value } : {}), ...(label ? { label } : {}) });
  }
  return out.length ? out : undefined;
}
