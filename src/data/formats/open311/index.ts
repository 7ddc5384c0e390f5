/** Registers Open311 GeoReport v2, JSON and XML: requests and services, ranges paged in 90-day windows. */
import { registerFormat, type FormatReader } from '../../registry.js';
import { fetchOpen311, open311Rows, parseOpen311Xml } from './open311.js';

const load: FormatReader['load'] = async (url, o) => ({ data: await fetchOpen311(url, o) });
registerFormat('open311', { read: open311Rows, load });
registerFormat('open311-xml', {
  read: (text, o) => parseOpen311Xml(text as string, o.maxXmlSize),
  load,
});
