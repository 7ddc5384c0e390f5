/**
 * Every format plugin: `pantau/data` and the all-in-one `pantau.js` read every format. In the
 * order that packs pantau-data.js smallest; the registry, not this order, decides detection.
 */
import './csv-aggregate/index.js';
import './csv/index.js';
import './open311/index.js';
import './ckan/index.js';
import './geojson/index.js';
import './ndjson/index.js';
