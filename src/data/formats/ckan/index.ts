/** The CKAN plugin, registered at once (`pantau/data`, `pantau.js`); elements load it on first use. */
import { fetchText } from '../../net/fetch.js';
import { registerFormat } from '../../registry.js';
import { ckanPlugins } from './plugins.js';

ckanPlugins(fetchText).forEach(registerFormat);
