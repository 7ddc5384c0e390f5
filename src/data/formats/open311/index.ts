/** The Open311 plugins, registered at once (`pantau/data`, `pantau.js`); elements load them on first use. */
import { fetchText } from '../../net/fetch.js';
import { registerFormat } from '../../registry.js';
import { open311Plugins } from './plugins.js';

open311Plugins(fetchText).forEach(registerFormat);
