/** Every format reader: `pantau/data` and the all-in-one `pantau.js` read every format. */
import './csv.js';
import './aggregate.js';
import './open311.js';
import './ckan.js';
import './geo.js';
