/** Pure reading of a service standard for display: completeness, units, promise against delivery. */
import {
  COMPONENT_KEYS,
  type ComponentKey,
  type ServiceStandard,
  type TimeLimit,
} from '../../data/schemas/service-standard.js';

/** Which of the 14 components are published, in the law's order. */
export function completeness(s: ServiceStandard): { published: ComponentKey[]; missing: ComponentKey[] } {
  const published = COMPONENT_KEYS.filter((k) => s[k] !== undefined);
  return { published, missing: COMPONENT_KEYS.filter((k) => !published.includes(k)) };
}

/** Units the card can translate; anything else is shown as written. */
export type KnownUnit = 'workday' | 'day' | 'week' | 'month' | 'hour' | 'minute';

/** Lower case with single spaces: how units and service names are compared. */
const fold = (v: string) => v.trim().toLowerCase().replace(/\s+/g, ' ');

const UNIT_WORDS: Record<string, KnownUnit> = {
  'hari kerja': 'workday',
  'working day': 'workday',
  'business day': 'workday',
  hari: 'day',
  'hari kalender': 'day',
  day: 'day',
  minggu: 'week',
  pekan: 'week',
  week: 'week',
  bulan: 'month',
  month: 'month',
  jam: 'hour',
  hour: 'hour',
  menit: 'minute',
  minute: 'minute',
};

/** `"Hari Kerja"` → `workday`; unknown units → undefined. */
export function knownUnit(unit: string): KnownUnit | undefined {
  // English plurals read as their singular; no Indonesian unit ends in "s".
  return UNIT_WORDS[fold(unit).replace(/s$/, '')];
}

const DAYS_PER: Record<KnownUnit, number> = {
  workday: 1,
  day: 1,
  week: 7,
  month: 30,
  hour: 1 / 24,
  minute: 1 / 1440,
};

/**
 * The promise in days, for comparing with actual days. Working days count as days: delivery
 * figures rarely say which they use, and the comparison only needs to show a broken promise.
 */
export function promisedDays(limit: TimeLimit | undefined, override?: number): number | undefined {
  if (override !== undefined && override > 0) return override;
  if (!limit || !('value' in limit)) return undefined;
  const unit = knownUnit(limit.unit);
  return unit && limit.value > 0 ? limit.value * DAYS_PER[unit] : undefined;
}

/** Actual against promised days. `ratio` > 1 means the promise was broken. */
export interface DeliveryComparison {
  actual: number;
  promised: number;
  ratio: number;
  broken: boolean;
  /** Bar lengths as fractions of the longer bar (0–1]. */
  actualFraction: number;
  promisedFraction: number;
}

export function compareDelivery(
  actual: number | undefined,
  promised: number | undefined,
): DeliveryComparison | undefined {
  if (actual === undefined || promised === undefined || actual < 0 || !(promised > 0)) return undefined;
  const longest = Math.max(actual, promised);
  return {
    actual,
    promised,
    ratio: actual / promised,
    broken: actual > promised,
    actualFraction: actual / longest,
    promisedFraction: promised / longest,
  };
}

/** Finds a service by `id`, else by name (case and spacing ignored); the first one when no key is given. */
export function selectService(
  services: readonly ServiceStandard[],
  key: string | null | undefined,
): ServiceStandard | undefined {
  const wanted = key?.trim();
  if (!wanted) return services[0];
  const byId = services.find((s) => s.id === wanted);
  if (byId) return byId;
  return services.find((s) => fold(s.name) === fold(wanted));
}

/** Heading level clamped to 1–6; the card's sections sit one level below (at most 6). */
export function headingLevels(level: unknown): { title: number; section: number } {
  const n = Math.round(Number(level));
  const title = Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
  return { title, section: Math.min(6, title + 1) };
}
