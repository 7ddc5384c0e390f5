/**
 * What the service standard schema reports, by code. `expected` in a `RowIssue` is English
 * (the data client's contract); the card shows the same code in the page's language.
 */
export const ISSUE_TEXT = {
  service: 'an object with at least a "name"',
  name: 'the service name',
  text: 'a text',
  textList: 'a text or a list of texts',
  object: 'an object',
  number: 'a number',
  unreadable: 'a number (this one cannot be read; it is left out, not taken as 0)',
  ambiguous:
    'a number that reads one way only ("1,234" is 1.234 in Indonesian and 1234 in English): write 1234 or Rp 1.234, or set the number-locale attribute',
  range: 'a number in the range the field allows',
  timeLimit: '{"value": 14, "unit": "hari kerja"} or a text',
  timeLimitUnit: 'a time limit with its unit, like {"value": 14, "unit": "hari kerja"} or "14 hari kerja"',
  fee: 'an amount in Rupiah, {"amount": 0, "note": "..."}, "Gratis" or a text',
  feeNone: 'a fee: "Tidak ada" is read as not published; write "Gratis" or 0 if the service is free',
  channel: '{"type": "lapor|phone|email|whatsapp|web|address", "value": "..."} or a text',
  channelValue: 'a channel with a value',
  unknownField:
    'a field this version reads (see the data shape in docs/data.md); kept in `extra` and not shown',
  duplicateField: 'one value per component: another name for this component came first and is used',
  ikmScale: 'an index on the 25–100 scale, or 1–4 (converted ×25)',
} as const;

export type ServiceIssueCode = keyof typeof ISSUE_TEXT;
