/** The GeoJSON and TopoJSON plugins (TopoJSON through topojson-client): either becomes a FeatureCollection. */
import { registerFormat } from '../../registry.js';
import { geojsonSignature, topojsonSignature } from './detect.js';
import { toFeatureCollection } from './feature-collection.js';

const read = (value: unknown, o: { objectName?: string }) => toFeatureCollection(value, o.objectName);
registerFormat({ ...geojsonSignature, read });
registerFormat({ ...topojsonSignature, read });
