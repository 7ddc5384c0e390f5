/** Registers GeoJSON and TopoJSON (through topojson-client): either becomes a FeatureCollection. */
import { registerFormat } from '../../registry.js';
import { toFeatureCollection } from './feature-collection.js';

const geo = {
  read: (value: unknown, o: { objectName?: string }) => toFeatureCollection(value, o.objectName),
};
registerFormat('geojson', geo);
registerFormat('topojson', geo);
