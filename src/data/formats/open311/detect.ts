import { isObject, type FormatSignature } from '../plugin.js';

/** Open311 XML: an `.xml` path (the one XML format read), or any text that starts with `<`. */
export const open311XmlSignature: FormatSignature = {
  name: 'open311-xml',
  url: /\.xml$/,
  text: 'xml',
};

/**
 * Open311 JSON. Only a requests URL names it (its range is paged in 90-day windows); a
 * `services.json` may be anything, such as a catalogue of service standards, so a service
 * list is recognised by its content: an array of requests or of services.
 */
export const open311Signature: FormatSignature = {
  name: 'open311',
  url: /\/requests(\/[^/]+)?\.json$/,
  json: (v) =>
    Array.isArray(v) &&
    isObject(v[0]) &&
    ('service_request_id' in v[0] || ('service_code' in v[0] && 'service_name' in v[0])),
  rowsOnly: true,
};
