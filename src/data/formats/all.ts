/** Every format plugin: `pantau/data` and the all-in-one `pantau.js` read every format. */
import './csv/index.js';
import './csv-aggregate/index.js';
import './open311/index.js';
import './ckan/index.js';
import './geojson/index.js';
import './ndjson/index.js';
