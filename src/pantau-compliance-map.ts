export * from './components/compliance-map/pantau-compliance-map.js';
export { registerGeometry, getGeometry, type RegisteredGeometry } from './geo/registry.js';
export type { ComplianceRecord } from './data/schemas/compliance.js';
export type { Threshold, SchemeId } from './geo/schemes.js';
export type { CodeSystem } from './geo/codes.js';
export type { ProjectionName } from './geo/projection.js';
export * from './events/region-select.js';
export * from './events/data-issues.js';
