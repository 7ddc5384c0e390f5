// Koa middleware for the test server. Each area adds its own routes in its own file.
import { serviceStandardMiddleware } from './service-standard.mjs';
import { cspMiddleware } from './csp.mjs';
import { complianceMapMiddleware } from './compliance-map.mjs';
import { complaintTrendMiddleware } from './complaint-trend.mjs';
import { faultsMiddleware } from './faults.mjs';
import { chaosMiddleware } from './chaos.mjs';

export const testServerMiddleware = [
  cspMiddleware,
  serviceStandardMiddleware,
  complianceMapMiddleware,
  complaintTrendMiddleware,
  faultsMiddleware,
  chaosMiddleware,
];
