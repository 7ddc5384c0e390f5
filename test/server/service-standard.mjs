// Routes for <pantau-service-standard> tests: a catalogue that arrives late (pending state).
import { readFile } from 'node:fs/promises';

export async function serviceStandardMiddleware(ctx, next) {
  if (ctx.path !== '/__service-standard/slow.json') return next();
  await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 1500)));
  ctx.type = 'application/json';
  ctx.body = await readFile(new URL('../fixtures/services/services.json', import.meta.url), 'utf8');
}
