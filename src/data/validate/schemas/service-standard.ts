/**
 * Validates a service standard file: one service object, a catalogue `{services: [...]}`, or a
 * bare array of services. Fields may carry the law's Indonesian names (`persyaratan`,
 * `jangka_waktu` …, see `service-standard-names.ts`); components may be written loosely (text
 * or list, number or text); they are normalised here. Unknown fields are kept in `extra` and
 * reported; an absent or placeholder component ("-", "Tidak ada") is one that is not
 * published. A service without a name is left out with an issue.
 */
import { DataError } from '../../errors.js';
import type { NumberLocale } from '../numbers.js';
import { dropUndefined } from '../schema.js';
import type { Validated } from '../../types.js';
import { isObject } from '../../row.js';
import { readChannels } from './service-standard-channels.js';
import {
  IssueLog,
  isUnpublished,
  readFee,
  readText,
  readTextList,
  readTimeLimit,
} from './service-standard-fields.js';
import { CATALOGUE_KEYS, canonicalise, foldName } from './service-standard-names.js';
import { readPerformance } from './service-standard-performance.js';
import {
  COMPONENT_KEYS,
  type ComponentKey,
  type ServiceCatalogue,
  type ServiceStandard,
} from './service-standard-types.js';

export * from './service-standard-types.js';
export type { ServiceIssue } from './service-standard-fields.js';
export type { ServiceIssueCode } from './service-standard-issues.js';

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

/** Normalises one service object; undefined (with an issue) when it has no name. */
export function readService(raw: unknown, log: IssueLog): ServiceStandard | undefined {
  if (!isObject(raw)) return log.add('service', raw, 'service');
  const { fields: input, names, unknown, duplicates } = canonicalise(raw);
  const first = log.issues.length;
  const name = readText(input.name);
  if (!name) return log.add(names.name ?? 'name', input.name ?? '', 'name');
  const service: ServiceStandard = { name, extra: {} };
  const target = service as unknown as Record<string, unknown>;
  for (const key of TEXT_FIELDS) {
    const text = readText(input[key]);
    if (text) target[key] = text;
    else if (!isUnpublished(input[key])) log.add(key, input[key], 'text');
  }
  for (const key of LIST_FIELDS) {
    if (!isUnpublished(input[key])) target[key] = readTextList(input[key], key, log);
  }
  if (input.timeLimit != null) service.timeLimit = readTimeLimit(input.timeLimit, log);
  if (input.fee != null) service.fee = readFee(input.fee, log);
  if (input.complaints != null) service.complaints = readChannels(input.complaints, log);
  service.performance = readPerformance(input.performance ?? undefined, log);
  // Issues name the field as the source wrote it ("biaya.amount", not "fee.amount").
  for (const issue of log.issues.slice(first)) {
    const [head, ...rest] = issue.field.split('.');
    if (COMPONENT_KEYS.includes(head as ComponentKey)) issue.component = head as ComponentKey;
    const source = names[head!];
    if (source !== undefined) issue.field = [source, ...rest].join('.');
  }
  for (const [key, value] of duplicates) log.add(key, value, 'duplicateField');
  for (const [key, value] of unknown) {
    service.extra[key] = value;
    log.add(key, value, 'unknownField');
  }
  return dropUndefined(service);
}

const ROWS = new WeakMap<ServiceStandard, number>();

/** A service's 1-based position in its source file: the `row` of its issues. */
export const serviceRow = (s: ServiceStandard): number | undefined => ROWS.get(s);

/** The list of services in a catalogue object, under `services` or an Indonesian name. */
function catalogueList(input: Record<string, unknown>): unknown[] | undefined {
  const key = Object.keys(input).find((k) => CATALOGUE_KEYS.includes(foldName(k)));
  return key !== undefined && Array.isArray(input[key]) ? input[key] : undefined;
}

/** The data client's `validate` for `<pantau-service-standard>`. */
export function validateServiceCatalogue(
  input: unknown,
  options: { locale?: NumberLocale } = {},
): Validated<ServiceCatalogue> {
  const list = Array.isArray(input)
    ? input
    : isObject(input)
      ? (catalogueList(input) ?? (canonicalise(input).fields.name !== undefined ? [input] : undefined))
      : undefined;
  if (!list)
    throw new DataError(
      'shape',
      'Expected a service object with a "name", or a catalogue {"services": [...]}.',
    );
  const log = new IssueLog(options.locale);
  const services: ServiceStandard[] = [];
  list.forEach((item, i) => {
    log.row = i + 1;
    const service = readService(item, log);
    if (service) services.push(service);
    if (service) ROWS.set(service, i + 1);
  });
  if (!services.length)
    throw new DataError('no-rows', 'No usable service: each needs at least a "name".', {
      issues: log.issues,
    });
  return { value: { services }, issues: log.issues, rowCount: list.length };
}
