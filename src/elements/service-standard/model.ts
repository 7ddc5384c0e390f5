/** Pure reading of a service standard for display: completeness, units, promise against delivery. */
import {
  COMPONENT_KEYS,
  type ComponentKey,
  type ServiceStandard,
} from '../../data/validate/schemas/service-standard.js';

export * from './units.js';
export * from './delivery.js';

/** Which of the 14 components are published, in the law's order. */
export function completeness(s: ServiceStandard): { published: ComponentKey[]; missing: ComponentKey[] } {
  const published = COMPONENT_KEYS.filter((k) => s[k] !== undefined);
  return { published, missing: COMPONENT_KEYS.filter((k) => !published.includes(k)) };
}

/** Lower case with single spaces: how units and service names are compared. */
const fold = (v: string) => v.trim().toLowerCase().replace(/\s+/g, ' ');

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
