/** The Open311 GeoReport v2 plugins, JSON and XML: requests and services, ranges paged in 90-day windows. */
import type { FormatPlugin } from '../plugin.js';
import { registerFormat } from '../../registry.js';
import { open311Signature, open311XmlSignature } from './detect.js';
import { fetchOpen311, open311Rows, parseOpen311Xml } from './open311.js';

const load: FormatPlugin['load'] = async (url, o) => ({ data: await fetchOpen311(url, o) });
registerFormat({ ...open311Signature, read: open311Rows, load });
registerFormat({
  ...open311XmlSignature,
  read: (text, o) => parseOpen311Xml(text as string, o.maxXmlSize),
  load,
});
