/** Reads the optional `performance` of a service: compliance, satisfaction and delivery figures. */
import { IssueLog, isRecord, readAmount, readText } from './service-standard-fields.js';
import type { Performance } from './service-standard-types.js';

/** Copies the numeric and text fields of `spec` that read cleanly; others become issues. */
function readPart(
  v: unknown,
  field: string,
  spec: Record<string, 'n' | 't'>,
  log: IssueLog,
): Record<string, unknown> | undefined {
  if (!isRecord(v)) return v === undefined ? undefined : log.add(field, v, 'an object');
  const out: Record<string, unknown> = {};
  for (const [key, kind] of Object.entries(spec)) {
    if (v[key] === undefined || v[key] === null) continue;
    const read = kind === 'n' ? readAmount(v[key]) : readText(v[key]);
    if (read === undefined) log.add(`${field}.${key}`, v[key], kind === 'n' ? 'a number' : 'a text');
    else out[key] = read;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Normalised performance, or undefined when nothing in it is usable. */
export function readPerformance(v: unknown, log: IssueLog): Performance | undefined {
  if (!isRecord(v)) return v === undefined ? undefined : log.add('performance', v, 'an object');
  const compliance = readPart(
    v.compliance,
    'performance.compliance',
    { year: 'n', scheme: 't', score: 'n', category: 't', zone: 't', opinion: 't' },
    log,
  );
  const satisfaction = readPart(
    v.satisfaction,
    'performance.satisfaction',
    { year: 'n', index: 'n', grade: 't' },
    log,
  );
  const delivery = readPart(
    v.delivery,
    'performance.delivery',
    { period: 't', actualDays: 'n', promisedDays: 'n', statistic: 't', onTimeRate: 'n' },
    log,
  );
  if (delivery) {
    if (delivery.statistic !== 'median' && delivery.statistic !== 'mean') delete delivery.statistic;
    const rate = delivery.onTimeRate as number | undefined;
    // Percentages written as 0–100 are common in dashboards; a ratio is what the card expects.
    if (rate !== undefined) delivery.onTimeRate = rate > 1 && rate <= 100 ? rate / 100 : rate;
    if ((delivery.onTimeRate as number) < 0 || (delivery.onTimeRate as number) > 1)
      delete delivery.onTimeRate;
  }
  const out = { compliance, satisfaction, delivery };
  return compliance || satisfaction || delivery
    ? (JSON.parse(JSON.stringify(out)) as Performance)
    : undefined;
}
