/**
 * Validates a service standard file: one service object, a catalogue `{services: [...]}`, or a
 * bare array of services. Components may be written loosely (text or list, number or text);
 * they are normalised here. Unknown fields are kept in `extra`; an absent component is one that
 * is not published. A service without a name is left out with an issue.
 */
import { DataError } from '../errors.js';
import { dropUndefined } from '../schema.js';
import type { Validated } from '../types.js';
import {
  IssueLog,
  isRecord,
  readChannels,
  readFee,
  readText,
  readTextList,
  readTimeLimit,
} from './service-standard-fields.js';
import { readPerformance } from './service-standard-performance.js';
import {
  COMPONENT_KEYS,
  type ComponentKey,
  type ServiceCatalogue,
  type ServiceStandard,
} from './service-standard-types.js';

export * from './service-standard-types.js';

const TEXT_FIELDS = [
  'id',
  'name',
  'provider',
  'unit',
  'serviceType',
  'areaServed',
  'pledge',
  'updated',
  'note',
  'source',
  'sourceUrl',
] as const;
/** Components written as a text or a list; the other three have shapes of their own. */
const OWN_SHAPE: readonly ComponentKey[] = ['timeLimit', 'fee', 'complaints'];
const LIST_FIELDS = COMPONENT_KEYS.filter((k) => !OWN_SHAPE.includes(k));
const KNOWN = new Set<string>([...TEXT_FIELDS, ...COMPONENT_KEYS, 'performance']);

/** Normalises one service object; undefined (with an issue) when it has no name. */
export function readService(input: unknown, log: IssueLog): ServiceStandard | undefined {
  if (!isRecord(input)) return log.add('service', input, 'an object with at least a "name"');
  const name = readText(input.name);
  if (!name) return log.add('name', input.name ?? '', 'the service name');
  const service: ServiceStandard = { name, extra: {} };
  const target = service as unknown as Record<string, unknown>;
  for (const key of TEXT_FIELDS) {
    const text = readText(input[key]);
    if (text) target[key] = text;
    else if (input[key] !== undefined && input[key] !== null) log.add(key, input[key], 'a text');
  }
  for (const key of LIST_FIELDS) {
    if (input[key] !== undefined && input[key] !== null) target[key] = readTextList(input[key], key, log);
  }
  if (input.timeLimit != null) service.timeLimit = readTimeLimit(input.timeLimit, log);
  if (input.fee != null) service.fee = readFee(input.fee, log);
  if (input.complaints != null) service.complaints = readChannels(input.complaints, log);
  service.performance = readPerformance(input.performance ?? undefined, log);
  for (const [key, value] of Object.entries(input)) if (!KNOWN.has(key)) service.extra[key] = value;
  return dropUndefined(service);
}

/** The data client's `validate` for `<pantau-service-standard>`. */
export function validateServiceCatalogue(input: unknown): Validated<ServiceCatalogue> {
  const list = Array.isArray(input)
    ? input
    : isRecord(input) && Array.isArray(input.services)
      ? input.services
      : isRecord(input) && 'name' in input
        ? [input]
        : undefined;
  if (!list)
    throw new DataError(
      'shape',
      'Expected a service object with a "name", or a catalogue {"services": [...]}.',
    );
  const log = new IssueLog();
  const services: ServiceStandard[] = [];
  list.forEach((item, i) => {
    log.row = i + 1;
    const service = readService(item, log);
    if (service) services.push(service);
  });
  if (!services.length)
    throw new DataError('no-rows', 'No usable service: each needs at least a "name".', {
      issues: log.issues,
    });
  return { value: { services }, issues: log.issues, rowCount: list.length };
}
