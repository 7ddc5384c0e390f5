// Routes for <pantau-compliance-map> tests: ratings that arrive late (pending state) or fail.
import { readFile } from 'node:fs/promises';

export async function complianceMapMiddleware(ctx, next) {
  if (ctx.path === '/__compliance-map/slow.csv') {
    await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 1500)));
    ctx.type = 'text/csv';
    ctx.body = await readFile(
      new URL('../fixtures/compliance/ombudsman-compliance-2022.csv', import.meta.url),
      'utf8',
    );
    return;
  }
  if (ctx.path === '/__compliance-map/fail.csv') {
    ctx.status = 500;
    ctx.body = 'server error';
    return;
  }
  return next();
}
