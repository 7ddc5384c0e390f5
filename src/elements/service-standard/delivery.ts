/** Actual against promised time for a service standard, compared like with like. */
import type { ServiceStandard, TimeLimit } from '../../data/validate/schemas/service-standard.js';
import { knownUnit, span, type Span } from './units.js';

/** The standard's time limit as a span (`promisedDays` from the delivery figures wins); undefined when not numeric. */
export function promisedSpan(limit: TimeLimit | undefined, override?: number): Span | undefined {
  if (override !== undefined && override > 0) return span(override, 'day');
  if (!limit || !('value' in limit)) return undefined;
  const unit = knownUnit(limit.unit);
  return unit && limit.value > 0 ? span(limit.value, unit) : undefined;
}

/** The promise in calendar days (working days converted by the 5-per-7 rule). */
export function promisedDays(limit: TimeLimit | undefined, override?: number): number | undefined {
  return promisedSpan(limit, override)?.days;
}

/** The rules a comparison used to put both sides in one unit, for the card's notes. */
export type UnitRule = 'workday' | 'month';

/**
 * Actual against promised time, like with like: when both are in working days they are
 * compared as such; otherwise both go to calendar days and the rules used are listed.
 */
export function readDelivery(s: ServiceStandard) {
  const d = s.performance?.delivery;
  const promised = promisedSpan(s.timeLimit, d?.promisedDays);
  const actual =
    d?.actualWorkingDays !== undefined
      ? span(d.actualWorkingDays, 'workday')
      : d?.actualDays !== undefined
        ? span(d.actualDays, 'day')
        : undefined;
  if (!promised || !actual) return undefined;
  const workdays = promised.unit === 'workday' && actual.unit === 'workday';
  const cmp = compareDelivery(
    workdays ? actual.value : actual.days,
    workdays ? promised.value : promised.days,
  );
  if (!cmp) return undefined;
  const rules: UnitRule[] = [];
  if (!workdays && (promised.unit === 'workday' || actual.unit === 'workday')) rules.push('workday');
  if (promised.unit === 'month') rules.push('month');
  return { cmp, actual, promised, workdays, rules, fromLimit: d?.promisedDays === undefined };
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
