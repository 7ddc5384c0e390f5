export * from './elements/compliance-map/pantau-compliance-map.js';
export { registerGeometry, getGeometry, type RegisteredGeometry } from './geo/registry.js';
export type { ComplianceRecord } from './data/validate/schemas/compliance.js';
export type { Threshold } from './ratings/custom.js';
export type { SchemeId } from './ratings/schemes.js';
export type { CodeSystem } from './geo/codes.js';
export type { ProjectionName } from './geo/projection/projection.js';
export * from './events/region-select.js';
export * from './events/data-issues.js';
