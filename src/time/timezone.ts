import { DAY_MS, daysFromCivil } from './civil.js';
import { parseDateInto, type DateParts } from './dates.js';

/** The calendar everything is counted in unless a caller says otherwise (WIB). */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, f);
  }
  return f;
}

function exactOffset(ms: number, timeZone: string): number {
  const parts = format(timeZone).formatToParts(ms);
  const n: Record<string, number> = {};
  for (const p of parts) if (p.type !== 'literal') n[p.type] = Number(p.value);
  let year = n.year!;
  const era = parts.find((p) => p.type === 'era');
  if (era && era.value.startsWith('B')) year = 1 - year;
  const wall = Date.UTC(year, n.month! - 1, n.day!, n.hour!, n.minute!, n.second!);
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

const WEEK_MS = 7 * DAY_MS;

interface ZoneCache {
  /** Offset per 7-day UTC window; NaN: a transition inside, look closer. */
  weeks: Map<number, number>;
  /** Offset per UTC day inside windows with a transition; NaN: a transition that day. */
  days: Map<number, number>;
}
const zones = new Map<string, ZoneCache>();

// The offset over [start, start + span) when it is the same at both ends, else NaN. No real zone
// changes its offset twice within a week, so equal ends mean no change in between.
function steady(start: number, span: number, timeZone: string): number {
  const a = exactOffset(start, timeZone);
  return a === exactOffset(start + span - 1000, timeZone) ? a : NaN;
}

/**
 * The zone's offset from UTC in milliseconds at instant `ms`. Intl is asked twice per week
 * of data (and per day only around a daylight-saving change), so a million timestamps cost a
 * few hundred lookups, not a million.
 */
export function zoneOffset(ms: number, timeZone: string): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 0;
  let zone = zones.get(timeZone);
  if (!zone) {
    format(timeZone); // throws RangeError for an unknown zone, before anything is cached
    zones.set(timeZone, (zone = { weeks: new Map(), days: new Map() }));
  }
  const week = Math.floor(ms / WEEK_MS);
  let offset = zone.weeks.get(week);
  if (offset === undefined) zone.weeks.set(week, (offset = steady(week * WEEK_MS, WEEK_MS, timeZone)));
  if (!Number.isNaN(offset)) return offset;
  const day = Math.floor(ms / DAY_MS);
  offset = zone.days.get(day);
  if (offset === undefined) zone.days.set(day, (offset = steady(day * DAY_MS, DAY_MS, timeZone)));
  return Number.isNaN(offset) ? exactOffset(ms, timeZone) : offset;
}

/** The day number of instant `ms` on the calendar of `timeZone`. */
export function localDay(ms: number, timeZone: string): number {
  return Math.floor((ms + zoneOffset(ms, timeZone)) / DAY_MS);
}

/** The instant of a wall-clock time (given as if it were UTC) in `timeZone`. */
export function wallToInstant(wallMs: number, timeZone: string): number {
  const guess = wallMs - zoneOffset(wallMs, timeZone);
  return wallMs - zoneOffset(guess, timeZone);
}

/**
 * The instant a date value names, NaN when none: a `Date` or a timestamp with an offset as
 * it is; a wall-clock timestamp, or a date at its midnight, on the calendar of `timeZone`.
 * Text is parsed into `p`, which tells the caller which form it had.
 */
export function instantOf(value: unknown, p: DateParts, timeZone: string): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string' || !parseDateInto(value, p)) return NaN;
  if (p.kind === 'instant') return p.ms;
  if (p.kind === 'local') return wallToInstant(p.ms, timeZone);
  return p.kind === 'date' ? wallToInstant(daysFromCivil(p.y, p.m, p.d) * DAY_MS, timeZone) : NaN;
}
