/** Reads the optional `performance` of a service: compliance, satisfaction and delivery figures. */
import { isObject } from '../../row.js';
import { IssueLog, isUnpublished, readAmount, readText } from './service-standard-fields.js';
import { canonicalise, foldName } from './service-standard-names.js';
import type { NumericOptions } from './service-standard-numbers.js';
import type { Performance } from './service-standard-types.js';

type Spec = Record<string, { n?: NumericOptions; aliases?: readonly string[] }>;

const YEAR = { n: { min: 1900, max: 2100 }, aliases: ['tahun'] };

/** The parts of `performance`, their fields (`n`: a number in a range, else a text) and Indonesian names. */
const PARTS: Record<string, { aliases: readonly string[]; spec: Spec }> = {
  compliance: {
    aliases: ['kepatuhan', 'penilaiankepatuhan', 'ombudsman'],
    spec: {
      year: YEAR,
      scheme: { aliases: ['skema'] },
      score: { n: { min: 0, max: 100 }, aliases: ['nilai', 'skor', 'nilaikepatuhan'] },
      category: { aliases: ['kategori'] },
      zone: { aliases: ['zona'] },
      opinion: { aliases: ['opini', 'predikat'] },
    },
  },
  satisfaction: {
    aliases: ['kepuasan', 'ikm', 'skm', 'indekskepuasan', 'indekskepuasanmasyarakat', 'surveikepuasan'],
    spec: {
      year: YEAR,
      index: { n: { min: 1, max: 100 }, aliases: ['indeks', 'nilai', 'ikm', 'skm', 'nilaiikm', 'nilaiskm'] },
      grade: { aliases: ['mutu', 'mutupelayanan', 'kategori', 'predikat'] },
    },
  },
  delivery: {
    aliases: ['realisasi', 'realisasiwaktu', 'waktupenyelesaian'],
    spec: {
      period: { aliases: ['periode'] },
      actualDays: { n: { min: 0 }, aliases: ['realisasihari', 'harirealisasi'] },
      actualWorkingDays: { n: { min: 0 }, aliases: ['realisasiharikerja', 'harikerjarealisasi'] },
      promisedDays: { n: { min: 0 }, aliases: ['standarhari'] },
      statistic: { aliases: ['statistik'] },
      onTimeRate: { n: { min: 0, max: 100 }, aliases: ['tepatwaktu', 'persentasetepatwaktu'] },
    },
  },
};

/** A lookup from folded source names to the canonical names of `spec`. */
function namer(spec: Record<string, { aliases?: readonly string[] }>) {
  const map = new Map<string, string>();
  for (const [key, { aliases }] of Object.entries(spec)) {
    map.set(foldName(key), key);
    for (const a of aliases ?? []) map.set(a, key);
  }
  return (name: string) => map.get(foldName(name));
}

/** Renames an object's fields; unknown and repeated ones become issues under `field`. */
function rename(
  v: Record<string, unknown>,
  field: string,
  known: (n: string) => string | undefined,
  log: IssueLog,
) {
  const r = canonicalise(v, known);
  for (const [k, value] of r.unknown) log.add(`${field}.${k}`, value, 'unknownField');
  for (const [k, value] of r.duplicates) log.add(`${field}.${k}`, value, 'duplicateField');
  return r.fields;
}

/** Copies the fields of `spec` that read cleanly; others become issues. */
function readPart(
  input: unknown,
  field: string,
  spec: Spec,
  log: IssueLog,
): Record<string, unknown> | undefined {
  if (!isObject(input)) return isUnpublished(input) ? undefined : log.add(field, input, 'object');
  const v = rename(input, field, namer(spec), log);
  const out: Record<string, unknown> = {};
  for (const [key, { n }] of Object.entries(spec)) {
    if (isUnpublished(v[key])) continue;
    const read = n ? readAmount(v[key], `${field}.${key}`, log, n) : readText(v[key]);
    if (read === undefined && !n) log.add(`${field}.${key}`, v[key], 'text');
    if (read !== undefined) out[key] = read;
  }
  return Object.keys(out).length ? out : undefined;
}

/** An index on the survey's 1–4 scale is converted to 25–100 (×25); one between the scales is reported. */
function readSatisfaction(sat: Record<string, unknown> | undefined, log: IssueLog) {
  const index = sat?.index as number | undefined;
  if (!sat || index === undefined || index >= 25) return sat;
  if (index <= 4) return { ...sat, index: index * 25, indexOnScale4: index };
  log.add('performance.satisfaction.index', index, 'ikmScale');
  delete sat.index;
  return Object.keys(sat).length ? sat : undefined;
}

/** Normalised performance, or undefined when nothing in it is usable. */
export function readPerformance(input: unknown, log: IssueLog): Performance | undefined {
  if (!isObject(input)) return isUnpublished(input) ? undefined : log.add('performance', input, 'object');
  const v = rename(input, 'performance', namer(PARTS), log);
  const read = (part: string) => readPart(v[part], `performance.${part}`, PARTS[part]!.spec, log);
  const compliance = read('compliance');
  const satisfaction = readSatisfaction(read('satisfaction'), log);
  const delivery = read('delivery');
  if (delivery) {
    if (/^(rata-?rata|rerata|average)$/i.test(String(delivery.statistic))) delivery.statistic = 'mean';
    if (delivery.statistic !== 'median' && delivery.statistic !== 'mean') delete delivery.statistic;
    const rate = delivery.onTimeRate as number | undefined;
    // Percentages written as 0–100 are common in dashboards; a ratio is what the card expects.
    if (rate !== undefined && rate > 1) delivery.onTimeRate = rate / 100;
  }
  const out = { compliance, satisfaction, delivery };
  return compliance || satisfaction || delivery
    ? (JSON.parse(JSON.stringify(out)) as Performance)
    : undefined;
}
