// Koa middleware for the test server. Each area adds its own routes in its own file.
export const testServerMiddleware = [];
